/**
 * Test aid: a backend newer than the app. The mock backend answers as usual, then the answer is
 * changed as a newer version of the API might send it (a step, a decision or a code the app
 * does not know), so that a test shows what the customer gets.
 */
import { getResponse, http, HttpResponse, type JsonBodyType } from 'msw';
import { operations, type HttpMethod, type OperationId } from '@/api/contract/operations';
import { handlers, toMswPath } from '@/mocks/handlers';
import { server } from '@/mocks/node';

const routes: Record<HttpMethod, typeof http.get> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
};

/** From now on (or for the next call only, with `once`), successful answers of the operation pass through `change`. */
export function changeAnswers(
  operationId: OperationId,
  change: (body: Record<string, unknown>) => JsonBodyType,
  { once = false } = {},
): void {
  const { method, path } = operations[operationId];
  server.use(
    routes[method](
      toMswPath(path),
      async ({ request }) => {
        const answer = await getResponse(handlers, request);
        if (!answer?.ok || answer.status === 204) return answer;
        const body = (await answer.json()) as Record<string, unknown>;
        return HttpResponse.json(change(body), { status: answer.status });
      },
      { once },
    ),
  );
}
