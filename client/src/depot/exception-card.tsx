import { exceptionKindLabels, type ExceptionV1, type NotCompletedReason } from '@kerbside/shared';
import { caseStatusLabels, jobStatusLabels } from './case-panel';
import { formatDateTime } from './london-time';

const reasonLabels: Record<NotCompletedReason, string> = {
  no_access: 'No access',
  not_found: 'Could not find the problem',
  needs_specialist: 'Needs a specialist',
  unsafe: 'Unsafe to work',
  already_fixed: 'Already fixed',
  other: 'Other',
};

export type ReviewChoice = 'accept' | 'reassign' | 'close';

interface ExceptionCardProps {
  exception: ExceptionV1;
  busy: boolean;
  onChoose: (choice: ReviewChoice) => void;
}

function Evidence({ e }: { e: ExceptionV1 }) {
  const outcome = e.outcome === 'completed' ? 'Completed' : `Could not complete: ${reasonLabels[e.reason as NotCompletedReason] ?? e.reason ?? 'no reason given'}`;
  return (
    <dl className="summary-list">
      <dt>Crew</dt>
      <dd>
        {e.crewName} ({e.memberName})
      </dd>
      <dt>Outcome</dt>
      <dd>{outcome}</dd>
      <dt>Notes</dt>
      <dd>{e.notes || 'None'}</dd>
      <dt>Location</dt>
      <dd>{e.lat !== null && e.lng !== null ? `${e.lat.toFixed(5)}, ${e.lng.toFixed(5)}${e.accuracyM !== null ? ` (to within ${Math.round(e.accuracyM)} m)` : ''}` : 'Not recorded'}</dd>
      <dt>On the phone at</dt>
      <dd>
        <time dateTime={e.deviceAt.toISOString()}>{formatDateTime(e.deviceAt)}</time>
      </dd>
      <dt>Reached the server at</dt>
      <dd>
        <time dateTime={e.receivedAt.toISOString()}>{formatDateTime(e.receivedAt)}</time>
      </dd>
      <dt>The job now</dt>
      <dd>
        {jobStatusLabels[e.job.status]}
        {e.job.crewName ? `, with ${e.job.crewName}` : ''}
      </dd>
      {e.conflictReason && (
        <>
          <dt>Why it needs review</dt>
          <dd>{e.conflictReason}</dd>
        </>
      )}
    </dl>
  );
}

/** One closure to review: what happened, the crew's evidence, and the manager's choices. */
export function ExceptionCard({ exception: e, busy, onChoose }: ExceptionCardProps) {
  const references = e.cases.map((c) => c.reference).join(', ');
  const titleId = `exception-${e.completionId}`;
  return (
    <article className="exception-card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {references}: {exceptionKindLabels[e.kind]}
      </h2>
      <ul className="exception-card__cases">
        {e.cases.map((c) => (
          <li key={c.id}>
            {c.reference} — {c.categoryName}, {c.address} ({caseStatusLabels[c.status as keyof typeof caseStatusLabels] ?? c.status})
          </li>
        ))}
      </ul>
      <Evidence e={e} />
      {e.photoIds.length > 0 && (
        <ul className="photo-strip" aria-label={`Photos from ${e.crewName}`}>
          {e.photoIds.map((id, i) => (
            <li key={id}>
              <a href={`/api/photos/${id}`} target="_blank" rel="noreferrer">
                <img src={`/api/photos/${id}`} alt={`Photo ${i + 1} of ${e.photoIds.length} from ${e.crewName} (opens full size)`} width={160} height={120} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {e.photoIds.length === 0 && <p>No photos.</p>}
      {e.missingPhotos > 0 && <p>{e.missingPhotos} more {e.missingPhotos === 1 ? 'photo has' : 'photos have'} not reached the server yet.</p>}
      <div className="button-group">
        {e.outcome === 'completed' && (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && onChoose('accept')}>
            Accept and resolve case
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => onChoose('reassign')}>
          Reassign
        </button>
        <button type="button" className="button button--warning" onClick={() => onChoose('close')}>
          Close with no further action
        </button>
      </div>
    </article>
  );
}
