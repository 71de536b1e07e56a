import type { Role } from '@kerbside/shared';

/** Where each role starts; also the path each role's routes are mounted under. */
export const homeOf = {
  crew: '/crew',
  dispatcher: '/depot',
  agent: '/contact',
  admin: '/admin',
} as const satisfies Record<Role, string>;
