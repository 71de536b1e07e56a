// The console's open cases: decoded once from the wire's tuples, then filtered and counted in the
// browser, so a filter change is instant and costs the server nothing.
import {
  consoleCaseStatuses,
  parseConsoleCases,
  slaState,
  type ConsoleCaseStatus,
  type ConsoleDataV1,
  type Priority,
  type Service,
  type SlaState,
} from '@kerbside/shared';

export interface ConsoleCase {
  id: string;
  reference: string;
  lat: number;
  lng: number;
  categoryCode: string;
  categoryName: string;
  service: Service;
  defaultPriority: Priority;
  status: ConsoleCaseStatus;
  /** Epoch milliseconds. */
  slaDueAt: number;
  address: string;
  area: string;
  crewName: string | null;
}

// A UK postcode's outward code (SM1, CR0, SW19) at the end of an address.
const postcodeDistrict = /\b([A-Z]{1,2}\d[A-Z\d]?)(?:\s+\d[A-Z]{2})?\s*$/i;

/** The area a case is in: its postcode district, or failing that the address's last part. */
export function areaOf(address: string): string {
  const match = postcodeDistrict.exec(address.trim());
  if (match) return match[1]!.toUpperCase();
  const last = address.split(',').at(-1)?.trim();
  return last || 'Unknown';
}

/** The cases, soonest due first (the server sends them unordered: sorting here is cheaper). */
export function decodeConsoleData(data: ConsoleDataV1): ConsoleCase[] {
  const decoded = parseConsoleCases(data).map(([id, reference, lat, lng, category, status, slaDueAt, address, crew]) => {
    const cat = data.categories[category];
    return {
      id,
      reference,
      lat,
      lng,
      categoryCode: cat?.code ?? '',
      categoryName: cat?.name ?? 'Unknown category',
      service: cat?.service ?? 'highways',
      defaultPriority: cat?.defaultPriority ?? 'normal',
      status: consoleCaseStatuses[status] ?? 'open',
      slaDueAt,
      address,
      area: areaOf(address),
      crewName: data.crews[crew]?.name ?? null,
    };
  });
  return decoded.sort((a, b) => a.slaDueAt - b.slaDueAt || (a.reference < b.reference ? -1 : 1));
}

export interface BoardFilters {
  service: Service | '';
  category: string;
  status: ConsoleCaseStatus | '';
  area: string;
  sla: SlaState | '';
}

export const noFilters: BoardFilters = { service: '', category: '', status: '', area: '', sla: '' };

export const stateOf = (c: ConsoleCase, now: Date): SlaState => slaState(new Date(c.slaDueAt), now);

/** Keeps the list's order. */
export function filterCases(cases: readonly ConsoleCase[], filters: BoardFilters, now: Date): ConsoleCase[] {
  return cases.filter(
    (c) =>
      (!filters.service || c.service === filters.service) &&
      (!filters.category || c.categoryCode === filters.category) &&
      (!filters.status || c.status === filters.status) &&
      (!filters.area || c.area === filters.area) &&
      (!filters.sla || stateOf(c, now) === filters.sla),
  );
}

export type SlaCounts = Record<SlaState, number>;

export function slaCounts(cases: readonly ConsoleCase[], now: Date): SlaCounts {
  const counts: SlaCounts = { overdue: 0, due_soon: 0, on_time: 0 };
  for (const c of cases) counts[stateOf(c, now)]++;
  return counts;
}

export function areasOf(cases: readonly ConsoleCase[]): string[] {
  return [...new Set(cases.map((c) => c.area))].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
}

/** Why the chosen cases cannot share one job, or null when they can. */
export function oneJobProblem(cases: readonly ConsoleCase[]): string | null {
  if (cases.length === 0) return 'Choose at least one case';
  if (new Set(cases.map((c) => c.categoryCode)).size > 1) return 'One job serves cases of one problem: choose cases of the same category, or use "Assign selected" for a job each';
  const held = cases.find((c) => c.crewName);
  if (held) return `${held.reference} already has a job with ${held.crewName}: reassign that job from the case instead`;
  return null;
}

export function earliestDue(cases: readonly ConsoleCase[]): number {
  return Math.min(...cases.map((c) => c.slaDueAt));
}
