import { act, render, screen } from '@testing-library/react';
import { ApiError } from '@/api/api-error';
import { ErrorCode } from '@/api/contract/public-schemas';
import { language, preloadTranslations } from '@/i18n';
import { ApiErrorNotice } from './api-error-notice';

const SERVER_TEXT = 'The code is not correct (server wording).';

const refusal = (code: ApiError['code'], retryAt?: string) =>
  new ApiError({
    operationId: 'authenticate',
    status: 401,
    code,
    message: SERVER_TEXT,
    body: { code: 'OTP_INVALID', message: SERVER_TEXT, fieldErrors: [], retryAt },
  });

describe('ApiErrorNotice', () => {
  afterEach(() => act(() => language.set('en')));

  it('says what the code means in the app’s words, never the server’s', () => {
    render(<ApiErrorNotice error={refusal('OTP_INVALID')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('That code is not right.');
    expect(screen.queryByText(SERVER_TEXT)).toBeNull();
  });

  it('gives a code from a newer API general words, never a blank notice', async () => {
    const newer = ErrorCode.parse('DELIVERY_PAUSED');
    const { unmount } = render(<ApiErrorNotice error={refusal(newer)} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong' +
        'We could not finish this. Try again, and if it keeps happening, call Customer Care on 611 from your phone.',
    );
    unmount();

    await preloadTranslations('es');
    language.set('es');
    render(<ApiErrorNotice error={refusal(newer)} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /No pudimos terminar esto\. .*Atención al Cliente al 611/,
    );
  });

  it('speaks Spanish when Spanish is chosen, dates included', async () => {
    await preloadTranslations('es');
    language.set('es');
    render(<ApiErrorNotice error={refusal('RATE_LIMITED', '2026-03-02T15:30:00.000Z')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Demasiadas solicitudes. Espere un momento');
    expect(alert).toHaveTextContent(/Puede intentarlo de nuevo a partir del 2 mar 2026/);
    expect(alert).not.toHaveTextContent(SERVER_TEXT);
  });
});
