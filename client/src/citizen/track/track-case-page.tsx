import type { TrackingLink } from '@kerbside/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { useTRPC } from '../../trpc/trpc';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { AfterPhotos } from './after-photos';
import { CaseDetails } from './case-details';
import { NotFixedForm } from './not-fixed-form';
import { PublicTimeline } from './public-timeline';
import { trackFailureOf } from './track-errors';
import { ReopenedNotice, TrackFailurePage, WindowClosed } from './track-messages';
import './track.css';

/** /track/:reference?t=<token>: the link in the citizen's notice. Without a token, the look-up form. */
export function TrackCasePage() {
  const { reference = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('t');
  if (!token) return <Navigate replace to={`/track?ref=${encodeURIComponent(reference)}`} />;
  return <TrackedCase link={{ reference: reference.toUpperCase(), token }} />;
}

function TrackedCase({ link }: { link: TrackingLink }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.tracking.byToken.queryOptions(link, { staleTime: 60_000 }));
  const [justReopened, setJustReopened] = useState(false);
  if (query.isPending) return <Loading />;
  if (query.isError) return <TrackFailurePage failure={trackFailureOf(query.error)} onRetry={() => void query.refetch()} />;

  const view = query.data;
  const reopened = view.status === 'open' && view.timeline.at(-1)?.kind === 'reopened';
  return (
    <>
      <PageTitle>{`Report ${view.reference}`}</PageTitle>
      <p className="track-caption">Report {view.reference}</p>
      <h1>
        {view.categoryName}, {view.address}
      </h1>
      {reopened && <ReopenedNotice takeFocus={justReopened} />}
      <CaseDetails view={view} />
      <AfterPhotos photoIds={view.photoIds} link={link} address={view.address} />
      <h2>What has happened</h2>
      <PublicTimeline entries={view.timeline} />
      {view.notFixedUntil ? (
        <NotFixedForm link={link} until={view.notFixedUntil} onDone={() => setJustReopened(true)} />
      ) : (
        view.status === 'resolved' && <WindowClosed />
      )}
    </>
  );
}
