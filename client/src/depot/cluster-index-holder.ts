// The cluster index and the list it was built from, and the answers to the map's questions. The
// worker runs this; the main thread runs it too when a worker cannot be started.
import type { ConsoleDataV1 } from '@kerbside/shared';
import { buildClusterIndex, itemsInView, type ClusterIndex } from './cluster-index';
import type { ClusterReply, ClusterRequest } from './cluster-protocol';
import { decodeConsoleData, filterCases, type ConsoleCase } from './console-cases';

export function clusterIndexHolder() {
  let list: { data: ConsoleDataV1; cases: ConsoleCase[] } | null = null;
  let index: ClusterIndex | null = null;
  return (request: ClusterRequest): ClusterReply | null => {
    if (request.type === 'load') {
      if (request.data && request.data.version !== list?.data.version) list = { data: request.data, cases: decodeConsoleData(request.data) };
      const now = new Date(request.now);
      index = list ? buildClusterIndex(filterCases(list.cases, request.filters, now), now) : null;
      return null;
    }
    return { id: request.id, items: index ? itemsInView(index, request.bbox, request.zoom) : [] };
  };
}
