/** The client against the shared mock backend, unchanged: the two honour the same contract. */
import { ApiError } from './api-error';
import { callApi } from './client';
import { clearSession, getSession, setSession } from './session';

afterEach(() => {
  clearSession();
  sessionStorage.clear();
});

describe('callApi against the mock backend', () => {
  it('signs in, then reads the account and the offers with the bearer token', async () => {
    const methods = await callApi('getAuthMethods');
    expect(methods.methods.length).toBeGreaterThan(0);

    await expect(callApi('getCustomers')).rejects.toMatchObject({ status: 401 });

    setSession(
      await callApi('authenticate', {
        body: { method: 'password', identifier: '(201) 555-0101', password: 'Checkout-Demo-1' },
      }),
    );
    const session = getSession();
    expect(session).not.toBeNull();

    const { customers } = await callApi('getCustomers', {
      query: { customerId: session?.customerId },
    });
    expect(customers.map((customer) => customer.id)).toContain(session?.customerId);
    const offers = await callApi('getOffers');
    expect(offers.plans.length).toBeGreaterThan(0);
  });

  it('answers a wrong code with a contract error the client reads', async () => {
    const error: unknown = await callApi('authenticate', {
      body: { method: 'otp', identifier: '(201) 555-0101', code: '000000' },
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'OTP_INVALID' });
  });
});
