import type { AppRouter } from '@kerbside/server';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // Must match the server's transformer, so Dates arrive as Dates.
        transformer: superjson,
        // The session lives in an httpOnly cookie, so every call must carry it.
        fetch: (url, init) => fetch(url, { ...init, credentials: 'include' }),
      }),
    ],
  });
}
