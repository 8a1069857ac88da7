// With VITE_API_BASE_URL set (the API on another origin), every call goes there.
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import type { env } from '@/config/env';
import { callApi } from './client';

vi.mock('@/config/env', async (importOriginal) => {
  const actual: { env: typeof env } = await importOriginal();
  return { env: { ...actual.env, VITE_API_BASE_URL: 'https://api.carrier.example' } };
});

it('sends every call to VITE_API_BASE_URL', async () => {
  const urls: string[] = [];
  server.use(
    http.get('*/v1/auth-methods', ({ request }) => {
      urls.push(request.url);
      return HttpResponse.json({ methods: [{ type: 'password' }] });
    }),
  );
  await callApi('getAuthMethods');
  expect(urls).toEqual(['https://api.carrier.example/v1/auth-methods']);
});
