import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTRPC } from '../trpc/trpc';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { DepotNav } from './depot-nav';
import { ExceptionCard, type ReviewChoice } from './exception-card';
import { CloseReviewDialog, ReassignReviewDialog } from './review-dialogs';
import { errorsFromServer } from './server-errors';
import { pulseMs, useRefreshDispatch } from './use-console';
import './depot.css';

/** Closures the server kept as evidence instead of applying, and jobs crews could not complete. */
export function ExceptionsPage() {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const list = useQuery(trpc.dispatch.exceptions.queryOptions(undefined, { refetchInterval: pulseMs, refetchOnWindowFocus: true, staleTime: 0 }));
  // The crew list for reassigning comes with the console's data.
  const crews = useQuery(trpc.dispatch.crewProgress.queryOptions(undefined, { staleTime: 60_000 })).data ?? [];
  const accept = useMutation(trpc.dispatch.accept.mutationOptions());
  const [open, setOpen] = useState<{ completionId: string; choice: Exclude<ReviewChoice, 'accept'> } | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  // The card that was acted on is gone once reviewed; focus moves to the message saying what happened.
  const status = useRef<HTMLParagraphElement>(null);
  const announce = (text: string) => {
    setMessage(text);
    requestAnimationFrame(() => status.current?.focus());
  };

  const choose = (completionId: string, references: string) => (choice: ReviewChoice) => {
    if (choice !== 'accept') return setOpen({ completionId, choice });
    setFailure('');
    accept.mutate(
      { completionId },
      {
        onSuccess: async () => {
          await refresh();
          announce(`Accepted: ${references} resolved.`);
        },
        onError: (error) => setFailure(errorsFromServer(error)[0]?.message ?? 'That did not work'),
      },
    );
  };
  const done = (text: string) => {
    setOpen(null);
    announce(text);
  };
  const chosen = open && list.data?.find((e) => e.completionId === open.completionId);
  const count = list.data?.length;

  return (
    <div className="dispatch-console">
      <PageTitle>Conflicts and exceptions</PageTitle>
      <h1>Conflicts and exceptions</h1>
      <DepotNav exceptions={count} />
      <p role="status" className="console-message" tabIndex={-1} ref={status}>
        {message}
      </p>
      {failure && (
        <p role="alert" className="console-message console-message--error">
          {failure}
        </p>
      )}
      {!list.data ? (
        <Loading>Loading closures to review…</Loading>
      ) : list.data.length === 0 ? (
        <p>Nothing to review. Closures that arrive for cancelled or reassigned jobs, second visits and jobs a crew could not complete will appear here.</p>
      ) : (
        <>
          <p>
            {count} {count === 1 ? 'closure needs' : 'closures need'} a decision, oldest first.
          </p>
          {list.data.map((e) => (
            <ExceptionCard key={e.completionId} exception={e} busy={accept.isPending} onChoose={choose(e.completionId, e.cases.map((c) => c.reference).join(', '))} />
          ))}
        </>
      )}
      {chosen && open?.choice === 'reassign' && <ReassignReviewDialog exception={chosen} crews={crews} onClose={() => setOpen(null)} onDone={done} />}
      {chosen && open?.choice === 'close' && <CloseReviewDialog exception={chosen} onClose={() => setOpen(null)} onDone={done} />}
    </div>
  );
}
