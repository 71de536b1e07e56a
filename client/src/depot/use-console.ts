import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTRPC } from '../trpc/trpc';
import { decodeConsoleData } from './console-cases';
import { arrivedPrefetchedConsole, takePrefetchedConsole } from './console-prefetch';

/** How often the console asks whether anything changed; the 10,000-case list reloads only when it did. */
export const pulseMs = 15_000;

/** Refreshes every dispatch view after the manager changes something. */
export function useRefreshDispatch() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.dispatch.pathKey() });
}

// tRPC keys start with the procedure path: [['dispatch', 'pulse'], …].
const isPulse = (key: readonly unknown[]) => Array.isArray(key[0]) && key[0][1] === 'pulse';

/** The open cases, kept fresh as crews work without the manager reloading. */
export function useConsoleCases() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listOptions = trpc.dispatch.console.queryOptions(undefined, { staleTime: Infinity, refetchOnWindowFocus: false });
  const list = useQuery({
    ...listOptions,
    queryFn: async (context) => (await takePrefetchedConsole()?.catch(() => null)) ?? listOptions.queryFn!(context),
    // Already arrived: the first render has the list, with no render in between.
    initialData: arrivedPrefetchedConsole,
  });
  const pulse = useQuery(
    trpc.dispatch.pulse.queryOptions(undefined, {
      enabled: list.isSuccess,
      staleTime: 0,
      refetchInterval: pulseMs,
      refetchOnWindowFocus: true,
    }),
  );
  const stale = Boolean(pulse.data && list.data && pulse.data.version !== list.data.version);
  useEffect(() => {
    if (!stale) return;
    // The case being looked at may have changed too (a crew closed it), so refresh all of dispatch.
    void queryClient.invalidateQueries({ queryKey: trpc.dispatch.pathKey(), predicate: (q) => !isPulse(q.queryKey) });
  }, [stale, pulse.data?.version, queryClient, trpc]);

  const cases = useMemo(() => (list.data ? decodeConsoleData(list.data) : []), [list.data]);
  return {
    raw: list.data,
    cases,
    crews: list.data?.crews ?? [],
    categories: list.data?.categories ?? [],
    exceptions: pulse.data?.exceptions,
    isPending: list.isPending,
    isError: list.isError,
    refetch: list.refetch,
  };
}

/** How many closures wait for review, for the views' navigation; polled like the console. */
export function useExceptionCount(): number | undefined {
  const trpc = useTRPC();
  return useQuery(trpc.dispatch.pulse.queryOptions(undefined, { refetchInterval: pulseMs, refetchOnWindowFocus: true, staleTime: 0 })).data?.exceptions;
}
