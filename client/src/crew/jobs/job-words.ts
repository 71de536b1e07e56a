// How a job's fields read to a crew member. Times are the phone's local time, which is the
// council's: crews work where they live.
import type { JobStatus, Priority, Service } from '@kerbside/shared';

export const priorityLabels: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High priority',
  normal: 'Normal priority',
  low: 'Low priority',
};

export const jobStatusLabels: Record<JobStatus, string> = {
  assigned: 'Not started',
  started: 'Started',
  completed: 'Completed',
  not_completed: 'Could not complete',
  cancelled: 'Cancelled',
};

export const serviceLabels: Record<Service, string> = {
  highways: 'Highways',
  waste: 'Waste',
};

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "14:32", 24-hour, as on a UK phone. */
export function clockTime(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

function daysApart(at: Date, now: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(at) - day(now)) / 86_400_000);
}

/** "today", "tomorrow", "yesterday" or "Tue 3 Mar". */
export function dayWord(at: Date, now: Date): string {
  const apart = daysApart(at, now);
  if (apart === 0) return 'today';
  if (apart === 1) return 'tomorrow';
  if (apart === -1) return 'yesterday';
  return `${weekdays[at.getDay()]} ${at.getDate()} ${months[at.getMonth()]}`;
}

/** "today 16:00", "Tue 10 Mar 09:00". */
export function dueWhen(dueAt: Date, now: Date): string {
  return `${dayWord(dueAt, now)} ${clockTime(dueAt)}`;
}

export function dueText(dueAt: Date, overdue: boolean, now: Date): string {
  return overdue ? `Overdue: was due ${dueWhen(dueAt, now)}` : `Due ${dueWhen(dueAt, now)}`;
}
