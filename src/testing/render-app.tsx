import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { createQueryClient } from '@/api/query-client';
import { returnToUnfinishedStep } from '@/app/return-to-unfinished-step';
import { createRoutes } from '@/app/router';

/** Renders the real app (routes, loaders, guards) at a URL, over the msw/node mock backend. */
export function renderApp(url: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  returnToUnfinishedStep(queryClient, router);
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}
