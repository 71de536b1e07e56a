// A SyncTransport straight onto the real server: tRPC procedures through `callerFor` (no HTTP),
// and photos through the real `PUT /api/photos/:id` route with the app's own photo uploader.
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { TRPCError } from '@trpc/server';
import { createPhotoUploader, failureFromStatus, type SyncTransport } from '../transport';
import type { Crew, World } from './server-world';

/** What the server did, as seen from its side of the wire (before any fault loses the answer). */
export interface ServerLog {
  /** Each mutation's first application, in the order the server applied them. */
  applied: { id: string; seq: number }[];
}

export function serverTransport(world: World, crew: Crew, log: ServerLog): SyncTransport {
  const caller = () => world.crewCaller(crew);
  return {
    pull: (cursor, deviceId) => viaTrpc(() => caller().sync.pull({ cursor, deviceId })),
    async push(deviceId, mutations) {
      // A copy, as a real request would be: nothing the server does can alias the phone's objects.
      const answer = await viaTrpc(() => caller().sync.push({ deviceId, mutations: structuredClone(mutations) }));
      const seqOf = new Map(mutations.map((m) => [m.id, m.seq]));
      for (const r of answer.results) if (r.status === 'applied') log.applied.push({ id: r.id, seq: seqOf.get(r.id)! });
      return answer;
    },
    uploadPhoto: createPhotoUploader(world.injectFetch(crew.cookie)),
  };
}

/** tRPC errors become what the HTTP transport would have made of the same status. */
async function viaTrpc<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if ((error as Error)?.name !== 'TRPCError') throw error;
    const trpcError = error as TRPCError;
    throw failureFromStatus(getHTTPStatusCodeFromError(trpcError), trpcError.message, trpcError.code);
  }
}
