import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import type { Role } from '@kerbside/shared';
import type { Context } from './context.js';
import { DomainError, trpcCodeOf } from './errors.js';

interface Issue {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  message: string;
}

/** Field name → first message, from a zod (or any Standard Schema) validation failure. */
function fieldErrorsOf(cause: unknown): Record<string, string> | undefined {
  const issues = (cause as { issues?: Issue[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const name = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.') || 'input';
    fields[name] ??= issue.message;
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  isDev: false,
  // Dates stay Dates across the wire, for both sides.
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors = error.code === 'BAD_REQUEST' ? fieldErrorsOf(error.cause) : undefined;
    let message = shape.message;
    if (fieldErrors) {
      message = Object.entries(fieldErrors)
        .map(([field, text]) => `${field}: ${text}`)
        .join('; ');
    } else if (error.code === 'INTERNAL_SERVER_ERROR') {
      message = 'Something went wrong on our side. Please try again.';
    }
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, fieldErrors } };
  },
});

/** Domain errors become tRPC errors here, and only here. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeOf[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure for signed-in staff with one of `roles`; admin may do everything. */
export function staffProcedure(...roles: Role[]) {
  return signedInProcedure.use(({ ctx, next }) => {
    if (ctx.user.role !== 'admin' && !roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role does not allow this' });
    }
    return next();
  });
}

/** A crew member's device: the role and a crew to act for. */
export const crewProcedure = signedInProcedure.use(({ ctx, next }) => {
  const { crewId } = ctx.user;
  if (ctx.user.role !== 'crew' || !crewId) throw new TRPCError({ code: 'FORBIDDEN', message: 'Only crew members sync jobs' });
  return next({ ctx: { ...ctx, crew: { userId: ctx.user.id, userName: ctx.user.name, crewId } } });
});
