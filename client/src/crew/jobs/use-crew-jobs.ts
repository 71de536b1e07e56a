import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalJob } from '../../sync';
import { useCrew } from '../shell/crew-context';
import { splitJobs, type CrewJobLists } from './job-order';

/** This person's jobs, straight from the phone's database; undefined until the first read. */
export function useCrewJobs(): CrewJobLists | undefined {
  const { db, user } = useCrew();
  return useLiveQuery(async () => splitJobs(await db.jobs.where('ownerId').equals(user.id).toArray()), [db, user.id]);
}

/** One job, if it is this person's; null when it is not on this phone, undefined while reading. */
export function useCrewJob(jobId: string): LocalJob | null | undefined {
  const { db, user } = useCrew();
  return useLiveQuery(async () => {
    const job = await db.jobs.get(jobId);
    return job?.ownerId === user.id ? job : null;
  }, [db, user.id, jobId]);
}
