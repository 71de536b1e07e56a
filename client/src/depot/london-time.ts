// Times as a depot manager in the council reads them: London time, whatever the computer's zone.
import { londonParts, londonToUtc } from '@kerbside/shared';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const timeOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export const formatDateTime = (at: Date | number) => dateTime.format(at);
export const formatTime = (at: Date | number) => timeOnly.format(at);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function span(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < 2 * DAY) return `${Math.round(ms / HOUR)} h`;
  return `${Math.round(ms / DAY)} days`;
}

/** "in 3 h", "2 days overdue". */
export function dueIn(dueAt: number, now: Date): string {
  const left = dueAt - now.getTime();
  return left < 0 ? `${span(-left)} overdue` : `in ${span(left)}`;
}

/** "12 min ago". */
export function ago(at: Date, now: Date): string {
  return `${span(Math.max(0, now.getTime() - at.getTime()))} ago`;
}

/** The value a datetime-local input shows for `at`, in London time. */
export function toLocalInput(at: Date | number): string {
  const parts = londonParts(new Date(at));
  return `${parts.date}T${parts.time}`;
}

/** The instant a datetime-local input's London wall time names, or null when it is not one. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!match) return null;
  try {
    return londonToUtc(match[1]!, match[2]!);
  } catch {
    return null;
  }
}
