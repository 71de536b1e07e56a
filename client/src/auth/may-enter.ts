import type { Role } from '@kerbside/shared';

/** Admin may go anywhere; everyone else only where their role is allowed. */
export function mayEnter(role: Role, allow: readonly Role[]): boolean {
  return role === 'admin' || allow.includes(role);
}
