// The demo's cases as plain values, before anything touches the database. Pure and deterministic:
// the same `now` gives the same plan. What is reported, where, how and by whom does not depend on
// `now` at all; only the times do.
import type { CaseStatus, Channel, ContactPreference } from '@kerbside/shared';
import { demoCategories, type DemoCategory, type DemoReport } from './demo-categories.js';
import { demoRepeatCitizen, dramaPhone, firstNames, surnames } from './demo-people.js';
import { demoStreets, formatAddress, type DemoStreet } from './demo-places.js';
import { seededRandom, type Random } from './random.js';

export interface PlannedCitizen {
  name: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  contactPreference: ContactPreference;
}

export interface PlannedCase {
  category: DemoCategory;
  channel: Channel;
  report: DemoReport;
  lat: number;
  lng: number;
  address: string;
  reportedAt: Date;
  status: CaseStatus;
  /** Shared by object identity when one resident reported several cases; null when anonymous. */
  citizen: PlannedCitizen | null;
  /** Someone else reported the same problem first; this case joins that case's job. */
  sameProblemAs?: PlannedCase;
}

export const demoSeed = 20_260_401;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const channelWeights: [Channel, number][] = [
  ['phone', 32],
  ['web', 26],
  ['email', 12],
  ['open311', 12],
  ['letter', 10],
  ['in_person', 8],
];
/** Channels an agent logs in office hours on weekdays; the web and Open311 arrive at any time. */
const officeChannels: readonly Channel[] = ['phone', 'in_person', 'letter', 'email'];

/** Older cases are more likely to be finished: [max age in days, weights for each status]. */
const statusByAge: [number, Record<CaseStatus, number>][] = [
  [1, { open: 60, in_progress: 40, resolved: 0, closed: 0 }],
  [3, { open: 30, in_progress: 50, resolved: 20, closed: 0 }],
  [7, { open: 15, in_progress: 40, resolved: 40, closed: 5 }],
  [14, { open: 8, in_progress: 25, resolved: 45, closed: 22 }],
  [Infinity, { open: 4, in_progress: 12, resolved: 44, closed: 40 }],
];

export function planDemoCases(now: Date, count: number): PlannedCase[] {
  const random = seededRandom(demoSeed);
  const people = citizenMaker(random);
  const planned = repeatCitizenCases(now);
  const reportedOnce: PlannedCitizen[] = [];
  while (planned.length < count) {
    const earlier = planned[random.int(0, planned.length - 1)]!;
    if (planned.length > 10 && random.chance(0.05) && !earlier.sameProblemAs) {
      const channel = random.pick(['web', 'open311'] as const);
      planned.push(reportedAgain(random, earlier, channel, people.make(channel), now));
      continue;
    }
    const plan = randomCase(random, now);
    const returning = reportedOnce.length > 0 && random.chance(0.1);
    const anonymous = plan.category.allowAnonymous && plan.channel !== 'letter' && random.chance(0.3);
    if (returning) {
      // A resident's second report; nobody but Margaret reports three times.
      plan.citizen = reportedOnce.splice(random.int(0, reportedOnce.length - 1), 1)[0]!;
    } else if (!anonymous) {
      plan.citizen = people.make(plan.channel, plan.address);
      reportedOnce.push(plan.citizen);
    }
    planned.push(plan);
  }
  return planned.sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
}

function randomCase(random: Random, now: Date): PlannedCase {
  const category = random.weighted(demoCategories, (c) => c.weight);
  const street = random.pick(demoStreets);
  const channel = random.weighted(channelWeights, ([, w]) => w)[0];
  const daysAgo = Math.floor(30 * random.next() ** 1.3);
  const office = officeChannels.includes(channel);
  const minuteOfDay = office ? random.int(7 * 60 + 30, 16 * 60 + 30) : random.int(6 * 60, 22 * 60);
  const houseNumber = category.code === 'WS-MISSED-BIN' || random.chance(0.85) ? random.int(1, 180) : null;
  return {
    category,
    channel,
    report: random.pick(category.reports),
    ...near(random, street, 0.0012),
    address: formatAddress(houseNumber, street),
    reportedAt: reportTime(now, daysAgo, minuteOfDay, office),
    status: statusFor(random, daysAgo),
    citizen: null,
  };
}

/** A second report of the same problem a few hours later, a few metres away. */
function reportedAgain(random: Random, first: PlannedCase, channel: Channel, citizen: PlannedCitizen, now: Date): PlannedCase {
  const later = Math.min(random.between(2, 30) * HOUR, (now.getTime() - first.reportedAt.getTime()) / 2);
  return {
    ...first,
    channel,
    report: random.pick(first.category.reports),
    lat: first.lat + random.between(-0.0002, 0.0002),
    lng: first.lng + random.between(-0.0002, 0.0002),
    reportedAt: new Date(first.reportedAt.getTime() + later),
    citizen,
    sameProblemAs: first,
  };
}

/** Margaret Okafor's three cases: a missed bin and a pothole on her road, then fly-tipping round the corner. */
function repeatCitizenCases(now: Date): PlannedCase[] {
  const home = demoStreets.find((s) => s.street === 'Mulgrave Road')!;
  const corner = demoStreets.find((s) => s.street === 'Grove Road')!;
  const margaret: PlannedCitizen = {
    ...demoRepeatCitizen,
    postalAddress: formatAddress(42, home),
    contactPreference: 'sms',
  };
  const byCode = (code: string) => demoCategories.find((c) => c.code === code)!;
  const plan = (code: string, street: DemoStreet, n: number | null, daysAgo: number, status: CaseStatus, report: number) => ({
    category: byCode(code),
    channel: 'phone' as const,
    report: byCode(code).reports[report]!,
    lat: street.lat,
    lng: street.lng,
    address: formatAddress(n, street),
    reportedAt: reportTime(now, daysAgo, 9 * 60 + 40, true),
    status,
    citizen: margaret,
  });
  return [
    plan('WS-MISSED-BIN', home, 42, 24, 'closed', 1),
    plan('HW-POTHOLE', home, 30, 11, 'resolved', 0),
    plan('WS-FLYTIP', corner, null, 2, 'in_progress', 1),
  ];
}

function near(random: Random, street: DemoStreet, spread: number) {
  return {
    lat: street.lat + random.between(-spread, spread),
    lng: street.lng + random.between(-spread, spread) * 1.5,
  };
}

function statusFor(random: Random, daysAgo: number): CaseStatus {
  const weights = statusByAge.find(([maxAge]) => daysAgo < maxAge)![1];
  return random.weighted(Object.keys(weights) as CaseStatus[], (s) => weights[s]);
}

/** `daysAgo` days before `now` at a UTC time of day, moved earlier past weekends and the last 20 minutes. */
function reportTime(now: Date, daysAgo: number, minuteOfDay: number, weekdaysOnly: boolean): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const latest = now.getTime() - 20 * MINUTE;
  for (let d = daysAgo; ; d++) {
    const day = midnight - d * DAY;
    const weekday = new Date(day).getUTCDay();
    const at = day + minuteOfDay * MINUTE;
    if (at <= latest && !(weekdaysOnly && (weekday === 0 || weekday === 6))) return new Date(at);
  }
}

/** New residents with unique names and phone numbers and contact details that fit how they got in touch. */
function citizenMaker(random: Random) {
  const usedNames = new Set<string>([demoRepeatCitizen.name]);
  let phones = 100; // 07700 900077 is Margaret's; everyone else counts up from 900100.
  return {
    make(channel: Channel, address?: string): PlannedCitizen {
      let name = `${random.pick(firstNames)} ${random.pick(surnames)}`;
      while (usedNames.has(name)) name = `${random.pick(firstNames)} ${random.pick(surnames)}`;
      usedNames.add(name);
      const hasEmail = ['email', 'web', 'open311'].includes(channel) || random.chance(0.5);
      const hasPhone = channel === 'phone' || random.chance(0.5);
      const email = hasEmail ? `${name.toLowerCase().replace(/[^a-z ]/g, '').replace(' ', '.')}@example.com` : null;
      const phone = hasPhone ? dramaPhone(phones++) : null;
      const postalAddress = channel === 'letter' || (!email && !phone) || random.chance(0.3) ? (address ?? null) : null;
      return { name, email, phone, postalAddress, contactPreference: preference(random, channel, email, phone, postalAddress) };
    },
  };
}

function preference(random: Random, channel: Channel, email: string | null, phone: string | null, post: string | null): ContactPreference {
  if (channel === 'letter' && post) return 'letter';
  if (random.chance(0.1)) return 'none';
  if (email && phone) return random.chance(0.6) ? 'email' : 'sms';
  if (email) return 'email';
  if (phone) return 'sms';
  return post ? 'letter' : 'none';
}
