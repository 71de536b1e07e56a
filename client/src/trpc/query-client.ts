import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';

function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const status: unknown = error.data?.httpStatus;
  return typeof status === 'number' ? status : undefined;
}

/** A refusal (4xx) will not change on retry; a dropped connection or a server fault might. */
function retryUnlessRefused(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status < 500) return false;
  return failureCount < 2;
}

// tRPC keys start with the procedure path, e.g. [['auth', 'me'], {...}].
const meKey: QueryKey = [['auth', 'me']];
const isAuthCall = (key: QueryKey | undefined) => Array.isArray(key?.[0]) && key[0][0] === 'auth';

export function createQueryClient(): QueryClient {
  // When a session ends under someone (expired, signed out elsewhere), any call answers 401.
  // Asking auth.me again lets the route guard send them to sign in instead of showing errors.
  const onError = (error: unknown, key: QueryKey | undefined) => {
    if (httpStatusOf(error) === 401 && !isAuthCall(key)) {
      void queryClient.invalidateQueries({ queryKey: meKey });
    }
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => onError(error, mutation.options.mutationKey),
    }),
    defaultOptions: {
      queries: { retry: retryUnlessRefused, staleTime: 30_000 },
    },
  });
  return queryClient;
}
