// Every tRPC procedure against every role, with the answer each must get (DESIGN.md §3 "Least
// privilege"). authz.test.ts calls every cell; a procedure without a row fails it too.
//
// Most rows follow one of four patterns, spelled out by the helpers below; a row that departs from
// its pattern says so with a spread, e.g. `{ ...staffOnly('agent'), dispatcher: 'ok' }`.
import { minFormFillMs, mutationKinds, type MutationResult, type PushResultV1 } from '@kerbside/shared';
import type { Clock } from '../clock.js';
import { testPassword, type callerFor } from '../testing/index.js';
import type { AuthzFixture } from './authz-fixture.js';
import type { Cells, Role } from './authz-roles.js';

/**
 * What a call gets: success, or the tRPC error code of its refusal. `rejected` is a sync.push that
 * answers 200 but refuses every item with code `forbidden`.
 */
export type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'rejected';

export interface CellTools {
  clock: Clock & { advance(ms: number): void };
  /** The role's caller in the cell's own transaction, for rows that need an earlier call (a form token). */
  caller: ReturnType<typeof callerFor>;
}

export interface MatrixRow {
  input: (fx: AuthzFixture, role: Role, tools: CellTools) => unknown;
  expect: Cells<Outcome>;
  /** How a successful answer reads, when a 200 can still be a refusal. */
  judge?: (result: unknown) => string;
}

// ── The patterns ─────────────────────────────────────────────────────────────

/** Anyone, signed in or not. */
export const everyone = (): Cells<Outcome> => ({
  anonymous: 'ok',
  citizen: 'ok',
  agent: 'ok',
  dispatcher: 'ok',
  crewOwn: 'ok',
  crewOther: 'ok',
  admin: 'ok',
});

/** Office staff with one of `allowed` roles, and admin; never a crew, never the public. */
export const staffOnly = (...allowed: ('agent' | 'dispatcher')[]): Cells<Outcome> => ({
  anonymous: 'UNAUTHORIZED',
  citizen: 'UNAUTHORIZED',
  agent: allowed.includes('agent') ? 'ok' : 'FORBIDDEN',
  dispatcher: allowed.includes('dispatcher') ? 'ok' : 'FORBIDDEN',
  crewOwn: 'FORBIDDEN',
  crewOther: 'FORBIDDEN',
  admin: 'ok',
});

/** A crew member's device; `crewOther` is how the other crew's device fares with crew A's job. */
export const crewDevice = (crewOther: Outcome): Cells<Outcome> => ({
  anonymous: 'UNAUTHORIZED',
  citizen: 'UNAUTHORIZED',
  agent: 'FORBIDDEN',
  dispatcher: 'FORBIDDEN',
  crewOwn: 'ok',
  crewOther,
  admin: 'FORBIDDEN',
});

/** The citizen's tracking link: the right token finds the case; anyone else's guess finds nothing. */
export const trackingLink = (): Cells<Outcome> => ({
  anonymous: 'NOT_FOUND',
  citizen: 'ok',
  agent: 'NOT_FOUND',
  dispatcher: 'NOT_FOUND',
  crewOwn: 'NOT_FOUND',
  crewOther: 'NOT_FOUND',
  admin: 'NOT_FOUND',
});

// ── Inputs that several rows share ───────────────────────────────────────────

const wrongToken = 'a-guessed-token-that-is-not-this-cases';
const link = (fx: AuthzFixture, role: Role) => ({ reference: fx.closed.reference, token: role === 'citizen' ? fx.closed.token : wrongToken });
const newCaller = { kind: 'new' as const, name: 'Dee Caller', email: 'dee@example.com', contactPreference: 'email' as const };
const highStreet = { lat: 51.364, lng: -0.1925, address: '12 High Street, Sutton SM1' };

/** One of each kind of device change, all on crew A's live job. */
function crewChanges(fx: AuthzFixture) {
  const deviceAt = new Date('2026-12-01T09:45:00Z');
  const jobId = fx.live.jobId;
  const args = {
    'job.start': { jobId, deviceAt },
    'job.note': { jobId, text: 'Cones out', deviceAt },
    'job.complete': { jobId, outcome: 'completed', reason: null, notes: 'Done', photoIds: [], lat: 51.36, lng: -0.19, accuracyM: 5, deviceAt },
  } satisfies Record<(typeof mutationKinds)[number], unknown>;
  return mutationKinds.map((kind, seq) => ({ id: crypto.randomUUID(), seq, kind, args: args[kind], createdAt: deviceAt }));
}

/** `ok` when every change applied; `rejected` when every one was refused as another crew's. */
function judgePush(result: unknown): string {
  const items: MutationResult[] = (result as PushResultV1).results;
  if (items.length !== mutationKinds.length) return `${items.length} results for ${mutationKinds.length} changes`;
  if (items.every((r) => r.status === 'applied')) return 'ok';
  if (items.every((r) => r.status === 'rejected' && r.code === 'forbidden')) return 'rejected';
  return `mixed: ${items.map((r) => (r.status === 'rejected' ? `rejected(${r.code})` : r.status)).join(', ')}`;
}

// ── The matrix ───────────────────────────────────────────────────────────────

export const authzMatrix: Record<string, MatrixRow> = {
  'auth.me': { input: () => undefined, expect: everyone() },
  'auth.signIn': { input: (fx) => ({ email: fx.staff.agent.email, password: testPassword }), expect: everyone() },
  'auth.signOut': { input: () => undefined, expect: everyone() },

  'cases.list': { input: () => ({}), expect: staffOnly('agent', 'dispatcher') },
  'cases.get': { input: (fx) => ({ caseId: fx.live.caseId }), expect: staffOnly('agent', 'dispatcher') },
  'cases.addNote': { input: (fx) => ({ caseId: fx.live.caseId, text: 'Called back' }), expect: staffOnly('agent', 'dispatcher') },

  'categories.list': { input: () => undefined, expect: everyone() },

  'dispatch.console': { input: () => undefined, expect: staffOnly('dispatcher') },
  'dispatch.pulse': { input: () => undefined, expect: staffOnly('dispatcher') },
  'dispatch.search': { input: (fx) => ({ q: fx.live.reference }), expect: staffOnly('dispatcher') },
  'dispatch.case': { input: (fx) => ({ caseId: fx.live.caseId }), expect: staffOnly('dispatcher') },
  'dispatch.crewProgress': { input: () => undefined, expect: staffOnly('dispatcher') },
  'dispatch.exceptions': { input: () => undefined, expect: staffOnly('dispatcher') },
  'dispatch.accept': { input: (fx) => ({ completionId: fx.conflictCompletionId }), expect: staffOnly('dispatcher') },
  'dispatch.reassign': {
    input: (fx) => ({ completionId: fx.conflictCompletionId, crewId: fx.staff.crewA.id }),
    expect: staffOnly('dispatcher'),
  },
  'dispatch.close': { input: (fx) => ({ completionId: fx.conflictCompletionId, reason: 'Done by the utility' }), expect: staffOnly('dispatcher') },
  'dispatch.bankHolidays.list': { input: () => undefined, expect: staffOnly('dispatcher') },
  'dispatch.bankHolidays.add': { input: () => ({ date: '2027-06-08', name: 'Another holiday' }), expect: staffOnly('dispatcher') },
  'dispatch.bankHolidays.remove': { input: (fx) => ({ date: fx.bankHoliday }), expect: staffOnly('dispatcher') },

  'intake.searchCitizens': { input: (fx) => ({ q: fx.live.reporters[0]!.name }), expect: staffOnly('agent') },
  'intake.citizen': { input: (fx) => ({ citizenId: fx.live.reporters[0]!.id }), expect: staffOnly('agent') },
  'intake.searchAddresses': { input: () => ({ q: 'High Street' }), expect: everyone() },
  'intake.nearestAddress': { input: () => ({ lat: highStreet.lat, lng: highStreet.lng }), expect: everyone() },
  'intake.duplicates': { input: (fx) => ({ categoryId: fx.categoryId, lat: 51.36, lng: -0.19 }), expect: staffOnly('agent', 'dispatcher') },
  'intake.logCase': {
    input: (fx) => ({ caller: newCaller, channel: 'phone', categoryId: fx.categoryId, location: highStreet, description: 'Pothole by the bus stop' }),
    expect: staffOnly('agent'),
  },
  'intake.attachToCase': { input: (fx) => ({ caseId: fx.live.caseId, caller: newCaller, channel: 'phone' }), expect: staffOnly('agent') },
  'intake.logContact': { input: (fx) => ({ caseId: fx.live.caseId, channel: 'phone', summary: 'Chasing it up' }), expect: staffOnly('agent') },
  'intake.startReport': { input: () => undefined, expect: everyone() },
  'intake.reportOnline': {
    input: async (fx, _role, { clock, caller }) => {
      const { formToken } = await caller.intake.startReport();
      clock.advance(minFormFillMs + 1000);
      const citizen = { name: 'Eve Online', email: 'eve@example.com', contactPreference: 'email' };
      return { categoryId: fx.categoryId, location: highStreet, description: 'Deep pothole', citizen, formToken };
    },
    expect: everyone(),
  },

  'jobs.create': {
    input: (fx) => ({ caseIds: [fx.unassignedCaseId], crewId: fx.staff.crewA.id, priority: 'normal', dueAt: new Date('2026-12-08T10:00:00Z'), instructions: '' }),
    expect: staffOnly('dispatcher'),
  },
  'jobs.assignMany': { input: (fx) => ({ caseIds: [fx.unassignedCaseId], crewId: fx.staff.crewA.id }), expect: staffOnly('dispatcher') },
  'jobs.reassign': { input: (fx) => ({ jobId: fx.live.jobId, crewId: fx.staff.crewB.id }), expect: staffOnly('dispatcher') },
  'jobs.cancel': { input: (fx) => ({ jobId: fx.live.jobId, reason: 'Reported twice' }), expect: staffOnly('dispatcher') },

  'notices.mailbox': { input: () => ({}), expect: staffOnly('dispatcher') },

  // crewOther pulls too, and gets only its own crew's jobs: authz.test.ts checks what is in it.
  'sync.pull': { input: () => ({ cursor: null, deviceId: 'authz-device-1' }), expect: crewDevice('ok') },
  'sync.push': { input: (fx) => ({ deviceId: 'authz-device-1', mutations: crewChanges(fx) }), expect: crewDevice('rejected'), judge: judgePush },

  'tracking.byToken': { input: (fx, role) => link(fx, role), expect: trackingLink() },
  'tracking.lookup': {
    input: (fx, role) => ({ reference: fx.closed.reference, contact: role === 'citizen' ? fx.closed.contact : 'someone.else@example.com' }),
    expect: trackingLink(),
  },
  'tracking.notFixed': { input: (fx, role) => ({ ...link(fx, role), text: 'Still a hole' }), expect: trackingLink() },
};
