// The SLA clock: when a case is due, and how close it is. Pure functions, no date library.
//
// London time is handled through "wall" numbers: milliseconds since 1970 as if the London
// wall clock were UTC. Adding days or minutes to a wall number moves the wall clock, so a
// day is always 24 wall hours whatever the clocks did; only converting back to a real
// instant needs the offset, which Intl.DateTimeFormat tells us.
import type { SlaUnit } from './enums.js';

export type WorkingCalendar = {
  /** 'YYYY-MM-DD' London dates with no working time. */
  bankHolidays: ReadonlySet<string>;
  /** Local start of a working day, 'HH:MM'; default '08:00'. */
  dayStart?: string;
  /** Local end of a working day, 'HH:MM'; default '17:00'. */
  dayEnd?: string;
  /** IANA time zone of the council; default 'Europe/London'. */
  timeZone?: string;
};

export type SlaState = 'on_time' | 'due_soon' | 'overdue';

export type LondonParts = {
  date: string; // 'YYYY-MM-DD'
  time: string; // 'HH:MM'
  weekday: number; // 0 = Sunday … 6 = Saturday
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LONDON = 'Europe/London';
// A calendar with no working day for a year is a data mistake, not a long SLA.
const MAX_IDLE_DAYS = 366;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23 so midnight reads 00, not 24.
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local minus UTC, in ms, at the given instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = Number(p.value);
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  const wallSecond = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wallSecond - wholeSecond;
}

function toWall(instant: Date, timeZone: string): number {
  const t = instant.getTime();
  return t + offsetAt(t, timeZone);
}

function fromWall(wall: number, timeZone: string): Date {
  // The offsets either side of any clock change within a day of this wall time.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const readings = [before, after].map((o) => wall - o).filter((t) => t + offsetAt(t, timeZone) === wall);
  // Clocks went back, so the wall time happened twice: take the first.
  if (readings.length > 0) return new Date(Math.min(...readings));
  // Clocks went forward, so the wall time never happened: move on by the gap (01:30 → 02:30).
  return new Date(wall - before);
}

const isoDate = (wall: number) => new Date(wall).toISOString().slice(0, 10);

/** A Date's London date, time and weekday. */
export function londonParts(instant: Date, timeZone = LONDON): LondonParts {
  const wall = new Date(toWall(instant, timeZone));
  return { date: isoDate(wall.getTime()), time: wall.toISOString().slice(11, 16), weekday: wall.getUTCDay() };
}

/** The instant a London wall clock shows `date` ('YYYY-MM-DD') at `time` ('HH:MM'). */
export function londonToUtc(date: string, time: string, timeZone = LONDON): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) throw new RangeError(`Not a date and time: ${date} ${time}`);
  return fromWall(wall, timeZone);
}

function clockMs(text: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) throw new RangeError(`Not a time of day: ${text}`);
  return Number(match[1]) * HOUR + Number(match[2]) * MINUTE;
}

type Resolved = { holidays: ReadonlySet<string>; start: number; end: number; timeZone: string };

function resolve(calendar: WorkingCalendar): Resolved {
  const start = clockMs(calendar.dayStart ?? '08:00');
  const end = clockMs(calendar.dayEnd ?? '17:00');
  if (start >= end) throw new RangeError('A working day must end after it starts');
  return { holidays: calendar.bankHolidays, start, end, timeZone: calendar.timeZone ?? LONDON };
}

/** `day` is the wall number of a local midnight. */
function isWorkingDay(day: number, cal: Resolved): boolean {
  const weekday = new Date(day).getUTCDay();
  return weekday >= 1 && weekday <= 5 && !cal.holidays.has(isoDate(day));
}

function addWorkingTime(reportedAt: Date, ms: number, cal: Resolved): Date {
  const reported = toWall(reportedAt, cal.timeZone);
  let idle = 0;
  for (let day = Math.floor(reported / DAY) * DAY; idle <= MAX_IDLE_DAYS; day += DAY) {
    if (!isWorkingDay(day, cal)) {
      idle++;
      continue;
    }
    idle = 0;
    // Only the report day can start part-way through; later days start at dayStart.
    const from = Math.max(reported, day + cal.start);
    const to = day + cal.end;
    if (from >= to) continue;
    // `<=` so a target that uses up the day ends at dayEnd, not next morning.
    if (ms <= to - from) return fromWall(from + ms, cal.timeZone);
    ms -= to - from;
  }
  throw new RangeError('The working calendar has no working days');
}

function endOfWorkingDay(reportedAt: Date, count: number, cal: Resolved): Date {
  // The report day is day 0 whatever the time; count working days after it.
  let day = Math.floor(toWall(reportedAt, cal.timeZone) / DAY) * DAY;
  let counted = 0;
  let idle = 0;
  while (counted < count || !isWorkingDay(day, cal)) {
    day += DAY;
    if (isWorkingDay(day, cal)) {
      counted++;
      idle = 0;
    } else if (++idle > MAX_IDLE_DAYS) {
      throw new RangeError('The working calendar has no working days');
    }
  }
  return fromWall(day + cal.end, cal.timeZone);
}

/** When a case reported at `reportedAt` is due, given its category's SLA target. */
export function computeSlaDue(reportedAt: Date, amount: number, unit: SlaUnit, calendar: WorkingCalendar): Date {
  if (Number.isNaN(reportedAt.getTime())) throw new RangeError('Invalid report time');
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Invalid SLA amount: ${amount}`);
  if ((unit === 'days' || unit === 'working_days') && !Number.isInteger(amount)) {
    throw new RangeError(`SLA ${unit} must be a whole number: ${amount}`);
  }
  const cal = resolve(calendar);
  switch (unit) {
    case 'hours':
      return new Date(reportedAt.getTime() + amount * HOUR);
    case 'days':
      // Same wall-clock time N days on, so it doesn't drift an hour across a clock change.
      return fromWall(toWall(reportedAt, cal.timeZone) + amount * DAY, cal.timeZone);
    case 'working_hours':
      return addWorkingTime(reportedAt, amount * HOUR, cal);
    case 'working_days':
      return endOfWorkingDay(reportedAt, amount, cal);
  }
}

/** Due exactly now still counts as due soon; overdue starts the millisecond after. */
export function slaState(dueAt: Date, now: Date, dueSoonMs = 4 * HOUR): SlaState {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= dueSoonMs ? 'due_soon' : 'on_time';
}
