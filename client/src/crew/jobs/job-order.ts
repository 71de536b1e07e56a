// The order a crew works in: most urgent first, then whatever is due soonest.
import type { JobStatus, Priority } from '@kerbside/shared';
import type { LocalJob } from '../../sync';

const priorityRank: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** Still to be worked: not closed on this phone and not taken away by the depot. */
export function isOpen(job: Pick<LocalJob, 'status' | 'removedOnServer'>): boolean {
  return !job.removedOnServer && (job.status === 'assigned' || job.status === 'started');
}

export function isOverdue(job: Pick<LocalJob, 'status' | 'removedOnServer' | 'dueAt'>, now: Date): boolean {
  return isOpen(job) && job.dueAt.getTime() < now.getTime();
}

type Sortable = Pick<LocalJob, 'priority' | 'dueAt' | 'address'>;

export function byPriorityThenDue(a: Sortable, b: Sortable): number {
  return (
    priorityRank[a.priority] - priorityRank[b.priority] ||
    a.dueAt.getTime() - b.dueAt.getTime() ||
    a.address.localeCompare(b.address, 'en-GB')
  );
}

export interface CrewJobLists {
  open: LocalJob[];
  /** Closed on this phone (or cancelled) but still held here, e.g. until the closure is sent. */
  finished: LocalJob[];
}

export function splitJobs(jobs: readonly LocalJob[]): CrewJobLists {
  const open = jobs.filter((j) => isOpen(j)).sort(byPriorityThenDue);
  const finished = jobs.filter((j) => !isOpen(j)).sort(byPriorityThenDue);
  return { open, finished };
}

/** The status to show: a job the depot took away reads as cancelled whatever it was. */
export function shownStatus(job: Pick<LocalJob, 'status' | 'removedOnServer'>): JobStatus {
  return job.removedOnServer ? 'cancelled' : job.status;
}
