// Who asks, in the authorization matrices: the people of DESIGN.md §3 "Least privilege", with the
// crew split in two because what matters is whose job it is.
import type { SessionUser } from '@kerbside/shared';
import type { Staff } from './authz-fixture.js';

export const roles = ['anonymous', 'citizen', 'agent', 'dispatcher', 'crewOwn', 'crewOther', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * The signed-in user for each role. A citizen is not signed in: they hold a case's tracking link.
 * crewOwn is a member of crew A, which holds the fixture's jobs; crewOther is a member of crew B.
 */
export function userFor(staff: Staff, role: Role): SessionUser | null {
  switch (role) {
    case 'anonymous':
    case 'citizen':
      return null;
    case 'agent':
      return staff.agent;
    case 'dispatcher':
      return staff.dispatcher;
    case 'crewOwn':
      return staff.crewUserA;
    case 'crewOther':
      return staff.crewUserB;
    case 'admin':
      return staff.admin;
  }
}

/** One row's expectation for every role, checked complete by the type. */
export type Cells<T> = Record<Role, T>;
