import type { CaseEventKind } from '@kerbside/shared';
import { formatDateTime } from './london-time';

const kindLabels: Record<CaseEventKind, string> = {
  contact: 'Reported',
  note: 'Note',
  status_changed: 'Status changed',
  job_created: 'Job created',
  job_assigned: 'Job assigned',
  job_cancelled: 'Job cancelled',
  job_started: 'Crew on site',
  job_completed: 'Job completed',
  job_not_completed: 'Job not completed',
  notice_queued: 'Notice queued',
  notice_attempt: 'Notice attempt',
  notice_sent: 'Notice sent',
  notice_failed: 'Notice failed',
  reporter_added: 'Reporter added',
  reopened: 'Reopened',
};

interface TimelineEntry {
  id: number;
  kind: CaseEventKind;
  actorName: string;
  at: Date;
  payload: Record<string, unknown>;
}

/** The one line of detail worth showing for an entry. */
function detailOf(payload: Record<string, unknown>): string {
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
  const parts = [text('crewName') && `to ${text('crewName')}`, text('summary'), text('text'), text('reason') && `Reason: ${text('reason')}`, text('notes') && `Notes: ${text('notes')}`];
  return parts.filter(Boolean).join(' · ');
}

/** Newest first, so what just happened is at the top. */
export function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol className="timeline" reversed>
      {[...entries].reverse().map((e) => (
        <li key={e.id} className="timeline__entry">
          <p className="timeline__what">
            <strong>{kindLabels[e.kind]}</strong> — {e.actorName}, <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
          </p>
          {detailOf(e.payload) && <p className="timeline__detail">{detailOf(e.payload)}</p>}
        </li>
      ))}
    </ol>
  );
}
