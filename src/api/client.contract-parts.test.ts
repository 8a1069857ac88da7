// The client loads the contract in parts, each with the first call that needs it: the first
// page's call must not pull in the sign-in calls' part, nor any sign-in call the signed-in part
// (check:budget measures the chunks; this checks the client asks for the right one).
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { callApi } from './client';
import { clearSession, setSession } from './session';
import { sessionFixture } from './testing/fixtures';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('./contract/sign-in-operations', async (importOriginal) => {
  loaded.add('sign-in');
  return importOriginal();
});
vi.mock('./contract/operations', async (importOriginal) => {
  loaded.add('signed-in');
  return importOriginal();
});

afterEach(() => clearSession());

it('loads each part of the contract with the first call that needs it, and no sooner', async () => {
  server.use(
    http.post('*/v1/auth/generateotp', () =>
      HttpResponse.json(
        {
          channel: 'sms',
          expiresAt: '2030-01-01T00:10:00.000Z',
          resendAvailableAt: '2030-01-01T00:00:30.000Z',
        },
        { status: 202 },
      ),
    ),
  );
  await callApi('getAuthMethods');
  expect([...loaded]).toEqual([]);

  await callApi('generateOtp', { body: { identifier: '2015550101', channel: 'sms' } });
  expect([...loaded]).toEqual(['sign-in']);

  setSession(sessionFixture());
  await callApi('getOffers').catch(() => undefined);
  expect([...loaded]).toEqual(['sign-in', 'signed-in']);
});
