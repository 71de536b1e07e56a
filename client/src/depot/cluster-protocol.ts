// Messages between the map and the worker that holds its cluster index.
import type { ConsoleDataV1 } from '@kerbside/shared';
import type { Bbox, MapItem } from './cluster-index';
import type { BoardFilters } from './console-cases';

export type ClusterRequest =
  /** `data` is left out when the worker already holds that version of the list. */
  | { type: 'load'; data?: ConsoleDataV1; filters: BoardFilters; now: number }
  | { type: 'view'; id: number; bbox: Bbox; zoom: number };

export interface ClusterReply {
  id: number;
  items: MapItem[];
}
