import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ConsoleCrew, JobStatus } from '@kerbside/shared';
import { useTRPC } from '../trpc/trpc';
import { Loading } from '../ui/loading';
import type { ConsoleCase } from './console-cases';
import { CreateJobDialog } from './create-job-dialog';
import { CancelJobDialog, ReassignJobDialog } from './job-action-dialogs';
import { priorityLabels } from './job-fields';
import { formatDateTime } from './london-time';
import { TimelineList } from './timeline-list';

export const jobStatusLabels: Record<JobStatus, string> = {
  assigned: 'Assigned',
  started: 'Started',
  completed: 'Completed',
  not_completed: 'Could not complete',
  cancelled: 'Cancelled',
};

export const caseStatusLabels = { open: 'Open', in_progress: 'In progress', resolved: 'Resolved', closed: 'Closed' } as const;

type Action = { kind: 'create' } | { kind: 'reassign' | 'cancel'; jobId: string } | null;

interface CasePanelProps {
  caseId: string;
  /** The case as the console holds it, when it is open; needed to raise a job. */
  openCase: ConsoleCase | undefined;
  crews: readonly ConsoleCrew[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** One case: its details, its jobs with what a manager can do to them, and its timeline. */
export function CasePanel({ caseId, openCase, crews, onClose, onDone }: CasePanelProps) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.dispatch.case.queryOptions({ caseId }));
  const [action, setAction] = useState<Action>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the case they just chose.
  useEffect(() => {
    heading.current?.focus();
  }, [caseId]);

  const c = detail.data;
  const done = (message: string) => {
    setAction(null);
    onDone(message);
  };
  const live = c?.jobs.filter((j) => j.status === 'assigned' || j.status === 'started' || j.status === 'not_completed') ?? [];
  const chosen = action && action.kind !== 'create' ? c?.jobs.find((j) => j.id === action.jobId) : undefined;

  return (
    <section className="case-panel" aria-labelledby="case-panel-title">
      <div className="case-panel__header">
        <h2 id="case-panel-title" tabIndex={-1} ref={heading}>
          Case {c?.reference ?? ''}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close case details
        </button>
      </div>
      {!c ? (
        <Loading>Loading the case…</Loading>
      ) : (
        <>
          <dl className="summary-list">
            <dt>Problem</dt>
            <dd>{c.categoryName}</dd>
            <dt>Status</dt>
            <dd>{caseStatusLabels[c.status]}</dd>
            <dt>Address</dt>
            <dd>{c.address}</dd>
            <dt>Due</dt>
            <dd>{formatDateTime(c.slaDueAt)}</dd>
            <dt>Report</dt>
            <dd>{c.description}</dd>
          </dl>
          <h3>Jobs</h3>
          {c.jobs.length === 0 && <p>No job yet.</p>}
          <ul className="job-list">
            {c.jobs.map((j) => (
              <li key={j.id} className="job-list__item">
                <p>
                  <strong>{jobStatusLabels[j.status]}</strong> — {j.crewName ?? 'no crew'}, {priorityLabels[j.priority].toLowerCase()} priority, due {formatDateTime(j.dueAt)}
                </p>
                {j.instructions && <p>Instructions: {j.instructions}</p>}
                {live.includes(j) && (
                  <div className="button-group">
                    <button type="button" className="button button--secondary" onClick={() => setAction({ kind: 'reassign', jobId: j.id })}>
                      Reassign job
                    </button>
                    <button type="button" className="button button--warning" onClick={() => setAction({ kind: 'cancel', jobId: j.id })}>
                      Cancel job
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {openCase && live.length === 0 && (
            <button type="button" className="button" onClick={() => setAction({ kind: 'create' })}>
              Create a job for this case
            </button>
          )}
          <h3>Timeline</h3>
          <TimelineList entries={c.timeline} />
        </>
      )}
      {action?.kind === 'create' && openCase && <CreateJobDialog cases={[openCase]} crews={crews} onClose={() => setAction(null)} onDone={done} />}
      {action?.kind === 'reassign' && chosen && c && (
        <ReassignJobDialog job={chosen} reference={c.reference} crews={crews} service={c.service} onClose={() => setAction(null)} onDone={done} />
      )}
      {action?.kind === 'cancel' && chosen && c && <CancelJobDialog job={chosen} reference={c.reference} onClose={() => setAction(null)} onDone={done} />}
    </section>
  );
}
