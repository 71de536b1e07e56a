import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../ui/load-error';
import { PageTitle } from '../../ui/page-title';
import type { TrackFailure } from './track-errors';

/** Why a tracking link showed nothing. A wrong link and a missing report read the same, on purpose. */
export function TrackFailurePage({ failure, onRetry }: { failure: TrackFailure; onRetry: () => void }) {
  if (failure === 'unreachable') return <LoadError onRetry={onRetry} />;
  if (failure === 'rate_limited') {
    return (
      <>
        <PageTitle>Too many tries</PageTitle>
        <h1>Too many tries</h1>
        <p>Wait 10 minutes, then try again.</p>
      </>
    );
  }
  return (
    <>
      <PageTitle>Report not found</PageTitle>
      <h1>We could not find a report with those details</h1>
      <p>The link may be incomplete. Check it against the message we sent you.</p>
      <p>
        You can also <Link to="/track">find your report with its reference and your e-mail address or phone number</Link>.
      </p>
    </>
  );
}

/** Confirms "it's not fixed" was heard; takes focus when it has just replaced the form. */
export function ReopenedNotice({ takeFocus }: { takeFocus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div className="track-notice" role="status" tabIndex={-1} ref={ref}>
      <h2 className="track-notice__title">We have reopened your report</h2>
      <p>Thank you for telling us. Your report is back with the depot, and we will look at the problem again.</p>
    </div>
  );
}

export function WindowClosed() {
  return (
    <p>
      It is more than 14 days since we closed this report. If the problem is back, <Link to="/report">report it again</Link>.
    </p>
  );
}
