// Merging what the server says about a job with what this phone already shows. One pure,
// deterministic place, so the rules can be read and tested on their own (like Excalidraw's
// data/reconcile.ts). The server decides; the phone only runs ahead of it while work is unsent.
import type { JobStatus, MutationKind } from '@kerbside/shared';
import type { LocalJob } from './local-db';

/** How far along a job is. Completed and not completed are equally far: both close the visit. */
const progress: Record<JobStatus, number> = {
  assigned: 0,
  started: 1,
  completed: 2,
  not_completed: 2,
  cancelled: 3,
};

/**
 * The job to store after the server sent `server` (already owned by the person pulling).
 *
 * 1. A server state older than the stored one (lower `version`: a stale or replayed answer)
 *    never replaces it.
 * 2. With none of this person's work waiting on the job, the server's state is the job.
 * 3. With work waiting, the server's fields are taken but the status is the further along of the
 *    two, so a start or closure made offline does not vanish from the list before it is sent.
 *    Tie (same progress, e.g. completed here, not_completed there): this phone's, until its
 *    closure is answered; `settle` then puts the server's back.
 * The server's status is always kept in `serverStatus`, and a flag from an earlier removal is
 * dropped: a job the server sends is on this crew's list again.
 */
export function reconcile(local: LocalJob | undefined, server: LocalJob, hasPending: boolean): LocalJob {
  const { removedOnServer: _dropped, ...fields } = server;
  const incoming: LocalJob = { ...fields, serverStatus: server.status };
  if (!local) return incoming;
  if (server.version < local.version) return local;
  if (!hasPending) return incoming;
  return { ...incoming, status: furthest(local.status, server.status) };
}

function furthest(local: JobStatus, server: JobStatus): JobStatus {
  return progress[server] > progress[local] ? server : local;
}

/**
 * After a pull, a job with no work waiting shows the server's status again: an optimistic status
 * whose change the server refused, or applied without changing the job (a second visit), would
 * otherwise stay on the phone forever, since the server sends nothing new for it.
 * Returns null for a job the server removed once nothing of this person's is waiting on it.
 */
export function settle(job: LocalJob, hasPending: boolean): LocalJob | null {
  if (hasPending) return job;
  if (job.removedOnServer) return null;
  if (job.serverStatus && job.status !== job.serverStatus) return { ...job, status: job.serverStatus };
  return job;
}

/** The status a job shows right after the crew records a change on this phone. */
export function statusAfter(kind: MutationKind, args: unknown, current: JobStatus): JobStatus {
  if (kind === 'job.start') return current === 'assigned' ? 'started' : current;
  if (kind === 'job.complete') return (args as { outcome: 'completed' | 'not_completed' }).outcome;
  return current;
}
