import type { NoticeChannel } from '@kerbside/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/trpc';

/** The development mailbox, or one channel of it; refreshed often, as the notice worker fills it. */
export function useMailbox(channel?: NoticeChannel) {
  const trpc = useTRPC();
  return useQuery(trpc.notices.mailbox.queryOptions({ channel, limit: 200 }, { staleTime: 0, refetchInterval: 10_000 }));
}
