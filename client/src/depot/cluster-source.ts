// The map's way to its clusters: a worker, started as the app starts on the console, or the main
// thread if a worker cannot start. Messages are handled in order, so a view asked after a load
// is answered from that load.
import type { ConsoleDataV1 } from '@kerbside/shared';
import type { Bbox, MapItem } from './cluster-index';
import type { clusterIndexHolder } from './cluster-index-holder';
import type { ClusterReply, ClusterRequest } from './cluster-protocol';
import type { BoardFilters } from './console-cases';

type Load = Extract<ClusterRequest, { type: 'load' }>;
type View = Extract<ClusterRequest, { type: 'view' }>;

let worker: Worker | null = null;
// The main-thread fallback is loaded only if needed, so the index's code stays out of the app bundle.
let local: Promise<ReturnType<typeof clusterIndexHolder>> | null = null;
let lastLoad: (Load & { data: ConsoleDataV1 }) | null = null;
let loadedKey: string | null = null;
let nextId = 0;
const waiting = new Map<number, { view: View; resolve: (items: MapItem[]) => void }>();

function receive(reply: ClusterReply) {
  waiting.get(reply.id)?.resolve(reply.items);
  waiting.delete(reply.id);
}

function send(request: ClusterRequest) {
  if (worker) return worker.postMessage(request);
  local ??= import('./cluster-index-holder').then((m) => m.clusterIndexHolder());
  // Callbacks on one promise run in the order they were added, so requests keep their order.
  void local.then((answer) => {
    const reply = answer(request);
    if (reply) receive(reply);
  });
}

/** A worker that failed to start: carry on in the main thread, with what it was asked. */
function fallBack() {
  worker = null;
  if (lastLoad) send(lastLoad);
  for (const { view } of waiting.values()) send(view);
}

export function startClusterWorker() {
  if (worker || local || typeof Worker === 'undefined') return;
  try {
    worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ClusterReply>) => receive(event.data));
    worker.addEventListener('error', fallBack);
  } catch {
    worker = null;
  }
}

/** (Re)builds the index for this list, these filters and this minute; a repeat is ignored. */
export function loadClusters(data: ConsoleDataV1, filters: BoardFilters, minute: number) {
  startClusterWorker();
  const key = `${data.version}|${JSON.stringify(filters)}|${minute}`;
  if (key === loadedKey) return;
  loadedKey = key;
  const sameList = lastLoad?.data.version === data.version;
  lastLoad = { type: 'load', data, filters, now: minute * 60_000 };
  // The worker keeps the list it was given; only a new version travels again.
  send(sameList ? { ...lastLoad, data: undefined } : lastLoad);
}

export function clustersInView(bbox: Bbox, zoom: number): Promise<MapItem[]> {
  const view: View = { type: 'view', id: ++nextId, bbox, zoom };
  return new Promise((resolve) => {
    waiting.set(view.id, { view, resolve });
    send(view);
  });
}
