import { Link } from 'react-router';
import type { LocalJob } from '../../sync';
import { crewPaths } from '../crew-paths';
import { isOverdue, shownStatus } from './job-order';
import { dueText, jobStatusLabels, priorityLabels } from './job-words';
import './jobs.css';

/** Each job is one link whose name starts with its address, the way a crew finds it. */
export function JobList({ jobs, now, label }: { jobs: LocalJob[]; now: Date; label: string }) {
  return (
    <ul className="crew-job-list" aria-label={label}>
      {jobs.map((job) => (
        <li key={job.id}>
          <JobCard job={job} now={now} />
        </li>
      ))}
    </ul>
  );
}

function JobCard({ job, now }: { job: LocalJob; now: Date }) {
  const overdue = isOverdue(job, now);
  const status = shownStatus(job);
  return (
    <Link className={overdue ? 'job-card job-card--overdue' : 'job-card'} to={crewPaths.job(job.id)}>
      <span className="job-card__address">{job.address}</span>
      <span className="job-card__line">
        {job.categoryName}
        {job.priority === 'urgent' || job.priority === 'high' ? ` · ${priorityLabels[job.priority]}` : ''}
      </span>
      <span className={overdue ? 'job-card__due job-card__due--overdue' : 'job-card__due'}>{dueText(job.dueAt, overdue, now)}</span>
      {status !== 'assigned' && <span className="job-card__status">{jobStatusLabels[status]}</span>}
    </Link>
  );
}
