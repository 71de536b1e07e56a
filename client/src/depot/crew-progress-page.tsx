import { useQuery } from '@tanstack/react-query';
import { crewProgressStates, type CrewProgressV1 } from '@kerbside/shared';
import { useTRPC } from '../trpc/trpc';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { jobStatusLabels } from './case-panel';
import { DepotNav } from './depot-nav';
import { priorityLabels } from './job-fields';
import { ago, formatDateTime, formatTime } from './london-time';
import { useNow } from '../ui/use-now';
import { pulseMs, useExceptionCount } from './use-console';
import './depot.css';

function LastSync({ crew, now }: { crew: CrewProgressV1; now: Date }) {
  if (!crew.lastSyncAt) return <p>No phone has synced yet.</p>;
  return (
    <p>
      Last synced at <time dateTime={crew.lastSyncAt.toISOString()}>{formatTime(crew.lastSyncAt)}</time> ({ago(crew.lastSyncAt, now)})
    </p>
  );
}

function CrewCard({ crew, now }: { crew: CrewProgressV1; now: Date }) {
  const titleId = `crew-${crew.id}`;
  return (
    <section className={crew.quiet ? 'crew-card crew-card--quiet' : 'crew-card'} aria-labelledby={titleId}>
      <h2 id={titleId}>
        {crew.name}
        {crew.quiet && <span className="quiet-tag"> Quiet</span>}
      </h2>
      <p className="crew-card__depot">{crew.depotName}</p>
      <LastSync crew={crew} now={now} />
      {crew.quiet && <p className="crew-card__warning">No sync for over 30 minutes in working hours. Check the crew is all right and their phone has signal.</p>}
      <ul className="crew-card__counts">
        {crewProgressStates.map((s) => (
          <li key={s}>
            <span className="crew-card__count">{crew.counts[s]}</span> {jobStatusLabels[s].toLowerCase()}
          </li>
        ))}
      </ul>
      {crew.jobs.length === 0 ? (
        <p>No jobs today.</p>
      ) : (
        <table className="board__table">
          <caption className="visually-hidden">Today's jobs for {crew.name}</caption>
          <thead>
            <tr>
              <th scope="col">Cases</th>
              <th scope="col">Address</th>
              <th scope="col">State</th>
              <th scope="col">Priority</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {crew.jobs.map((j) => (
              <tr key={j.id}>
                <th scope="row">{j.caseReferences.join(', ')}</th>
                <td>{j.address}</td>
                <td>{jobStatusLabels[j.status]}</td>
                <td>{priorityLabels[j.priority]}</td>
                <td>{formatDateTime(j.dueAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Each crew's day, refreshed as their phones sync, so a manager notices a crew gone quiet. */
export function CrewProgressPage() {
  const trpc = useTRPC();
  const now = useNow();
  const crews = useQuery(trpc.dispatch.crewProgress.queryOptions(undefined, { refetchInterval: pulseMs, refetchOnWindowFocus: true, staleTime: 0 }));
  const quiet = crews.data?.filter((c) => c.quiet) ?? [];
  return (
    <div className="dispatch-console">
      <PageTitle>Crew progress</PageTitle>
      <h1>Crew progress</h1>
      <DepotNav exceptions={useExceptionCount()} />
      {!crews.data ? (
        <Loading>Loading crews…</Loading>
      ) : (
        <>
          <p role="status">{quiet.length === 0 ? 'Every crew has synced recently.' : `${quiet.map((c) => c.name).join(', ')} ${quiet.length === 1 ? 'has' : 'have'} gone quiet.`}</p>
          <div className="crew-grid">
            {crews.data.map((crew) => (
              <CrewCard key={crew.id} crew={crew} now={now} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
