import type { AppRouter } from '@kerbside/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** `useTRPC()` gives typed query and mutation options for every procedure on the server. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
