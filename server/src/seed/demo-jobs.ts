// The demo's jobs as plain values: every case past 'open' has a job, worked by the crew of its
// service at the nearer depot. Pure and deterministic, like the case plan.
import type { JobStatus } from '@kerbside/shared';
import { accessNotes } from './demo-people.js';
import { demoCrews, demoDepots } from './demo-places.js';
import type { PlannedCase } from './demo-plan.js';
import { demoSeed } from './demo-plan.js';
import { seededRandom, type Random } from './random.js';

export interface PlannedJob {
  /** The cases the job serves: a first report and any later reports of the same problem. */
  cases: PlannedCase[];
  crew: string;
  status: Extract<JobStatus, 'assigned' | 'started' | 'completed'>;
  accessNotes: string;
  notes: string;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** When the depot closed a resolved case. */
  closedAt: Date | null;
}

/** Every crew's phone should have work to show, so each crew's first few open jobs stay 'assigned'. */
export const assignedPerCrewAtLeast = 5;
const rebalanceAt = 5;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const completionNotes = [
  'Done, area left clean and safe.',
  'Completed, photos taken.',
  'Sorted. Spoke to the resident on site.',
  'All done.',
  'Finished, signed off by the supervisor.',
];

export function planDemoJobs(cases: PlannedCase[], now: Date): PlannedJob[] {
  const random = seededRandom(demoSeed + 1);
  const groups = new Map<PlannedCase, PlannedCase[]>();
  for (const c of cases) {
    if (c.status === 'open') continue;
    const first = c.sameProblemAs ?? c;
    groups.set(first, [...(groups.get(first) ?? []), c]);
  }
  const assigned = new Map<string, number>();
  const inHand = new Map<string, number>();
  const jobs = [...groups.values()].map((group) => {
    const done = group[0]!.status === 'resolved' || group[0]!.status === 'closed';
    const crew = crewFor(group[0]!, done ? null : inHand);
    const keepAssigned = (assigned.get(crew) ?? 0) < assignedPerCrewAtLeast;
    const status = done ? 'completed' : keepAssigned || random.chance(0.7) ? 'assigned' : 'started';
    if (status === 'assigned') assigned.set(crew, (assigned.get(crew) ?? 0) + 1);
    if (!done) inHand.set(crew, (inHand.get(crew) ?? 0) + 1);
    const lastReport = Math.max(...group.map((c) => c.reportedAt.getTime()));
    return {
      cases: group,
      crew,
      status,
      accessNotes: random.chance(0.25) ? random.pick(accessNotes) : '',
      notes: random.pick(completionNotes),
      ...jobTimes(random, lastReport, now.getTime(), status, group[0]!.status === 'closed'),
    } satisfies PlannedJob;
  });
  return jobs.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * The crew of the case's service at the nearer depot, as a depot manager would choose, unless
 * that crew already has `rebalanceAt` more jobs in hand than the other: then the other crew.
 */
function crewFor(c: PlannedCase, inHand: Map<string, number> | null): string {
  const distance = (d: { lat: number; lng: number }) => Math.hypot(d.lat - c.lat, (d.lng - c.lng) * 0.62);
  const [nearer, further] = demoCrews
    .filter((crew) => crew.service === c.category.service)
    .map((crew) => ({ name: crew.name, distance: distance(demoDepots.find((d) => d.name === crew.depot)!) }))
    .sort((a, b) => a.distance - b.distance);
  const load = (name: string) => inHand?.get(name) ?? 0;
  return inHand && load(nearer!.name) - load(further!.name) >= rebalanceAt ? further!.name : nearer!.name;
}

/** Each step a while after the one before, in working hours where that still lies before `now`. */
function jobTimes(random: Random, reported: number, now: number, status: PlannedJob['status'], closed: boolean) {
  const after = (from: number, upTo: number) => workingHours(random, from + Math.min((now - from) * 0.4, upTo), now);
  const createdAt = after(reported, random.between(0.5, 20) * HOUR);
  const startedAt = status === 'assigned' ? null : after(createdAt, random.between(1, 60) * HOUR);
  const completedAt = status === 'completed' ? after(startedAt!, random.between(20, 120) * MINUTE) : null;
  const closedAt = closed ? after(completedAt!, random.between(4, 60) * HOUR) : null;
  const date = (t: number | null) => (t === null ? null : new Date(t));
  return { createdAt: new Date(createdAt), startedAt: date(startedAt), completedAt: date(completedAt), closedAt: date(closedAt) };
}

/** Moves a time outside 07:00–16:00 UTC to the next morning, unless that would pass `now`. */
function workingHours(random: Random, at: number, now: number): number {
  const time = new Date(at);
  const hour = time.getUTCHours();
  if (hour >= 7 && hour < 16) return at;
  const day = Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate() + (hour >= 16 ? 1 : 0));
  const moved = day + 7 * HOUR + random.between(0, 90) * MINUTE;
  return moved < now ? moved : at;
}
