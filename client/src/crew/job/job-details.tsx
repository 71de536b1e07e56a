import type { LocalJob } from '../../sync';
import { isOverdue, shownStatus } from '../jobs/job-order';
import { dueText, dueWhen, jobStatusLabels, priorityLabels, serviceLabels } from '../jobs/job-words';
import { useNow } from '../../ui/use-now';

/** What the crew needs to do the job. The phone holds nothing about the citizen who reported it. */
export function JobDetails({ job }: { job: LocalJob }) {
  const now = useNow();
  const overdue = isOverdue(job, now);
  const rows: [string, string][] = [
    ['Category', `${job.categoryName} (${serviceLabels[job.service]})`],
    ['Priority', priorityLabels[job.priority]],
    ['Due', overdue ? dueText(job.dueAt, true, now) : dueWhen(job.dueAt, now)],
    ['Status', jobStatusLabels[shownStatus(job)]],
    [job.caseReferences.length === 1 ? 'Case' : 'Cases', job.caseReferences.join(', ')],
    ['Description', job.description],
    ['Instructions', job.instructions],
    ['Access notes', job.accessNotes],
  ];
  return (
    <dl className="job-details">
      {rows
        .filter(([, value]) => value.trim() !== '')
        .map(([term, value]) => (
          <div key={term} className={term === 'Due' && overdue ? 'job-details__row job-details__row--overdue' : 'job-details__row'}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
