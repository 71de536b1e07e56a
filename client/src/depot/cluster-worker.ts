// Builds and asks the map's cluster index off the main thread: for 10,000 cases the build takes
// tens of milliseconds, which the board spends drawing instead.
import type { ClusterRequest } from './cluster-protocol';
import { clusterIndexHolder } from './cluster-index-holder';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = clusterIndexHolder();

scope.addEventListener('message', (event: MessageEvent<ClusterRequest>) => {
  const reply = answer(event.data);
  if (reply) scope.postMessage(reply);
});
