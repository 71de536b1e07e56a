import { z } from 'zod';
import { roles } from './enums.js';

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter an e-mail address like name@council.gov.uk').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

export const sessionUser = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  crewId: z.string().uuid().nullable(),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** How long a session lasts: a crew's working week, a staff member's working day. */
export const sessionLifetimeMs = {
  crew: 5 * 24 * 60 * 60 * 1000,
  staff: 10 * 60 * 60 * 1000,
} as const;
