import { describe, expect, it } from 'vitest';
import type { JobStatus } from '@kerbside/shared';
import type { LocalJob } from './local-db';
import { reconcile, settle, statusAfter } from './reconcile';

const base: LocalJob = {
  id: '00000000-0000-4000-8000-000000000001',
  ownerId: 'user-a',
  version: 3,
  status: 'assigned',
  priority: 'normal',
  dueAt: new Date('2026-12-05T17:00:00Z'),
  instructions: 'Fill and seal',
  accessNotes: '',
  lat: 51.36,
  lng: -0.19,
  address: '1 High Street, Sutton',
  service: 'highways',
  categoryName: 'Pothole',
  caseReferences: ['KS-0001'],
  description: 'Pothole',
  casePhotoIds: [],
};
const job = (status: JobStatus, version: number, extra: Partial<LocalJob> = {}): LocalJob => ({ ...base, status, version, ...extra });

describe('reconcile', () => {
  it('takes a job it has never seen as the server sent it, remembering the server status', () => {
    expect(reconcile(undefined, job('assigned', 1), false)).toEqual({ ...job('assigned', 1), serverStatus: 'assigned' });
  });

  it('never lets an older server state replace a newer one (stale or replayed answer)', () => {
    const local = job('started', 5, { serverStatus: 'started' });
    expect(reconcile(local, job('assigned', 4), false)).toBe(local);
    expect(reconcile(local, job('assigned', 4), true)).toBe(local);
  });

  it('with nothing waiting, the server is the job: even a status behind the phone', () => {
    const local = job('completed', 3, { serverStatus: 'started' });
    expect(reconcile(local, job('started', 4, { instructions: 'New' }), false)).toMatchObject({ status: 'started', instructions: 'New', version: 4 });
  });

  it('with work waiting, keeps the status the crew reached here but takes the server fields', () => {
    const local = job('completed', 3);
    const merged = reconcile(local, job('started', 4, { accessNotes: 'Gate code 1234' }), true);
    expect(merged).toMatchObject({ status: 'completed', serverStatus: 'started', accessNotes: 'Gate code 1234', version: 4 });
  });

  it('with work waiting, a server status further along wins (another crew member closed it)', () => {
    expect(reconcile(job('started', 3), job('completed', 4), true).status).toBe('completed');
  });

  it('ties on progress go to the phone while its closure is unanswered', () => {
    expect(reconcile(job('not_completed', 3), job('completed', 4), true).status).toBe('not_completed');
    expect(reconcile(job('completed', 3), job('not_completed', 3), true).status).toBe('completed');
  });

  it('same version and nothing waiting: the server copy (idempotent re-delivery)', () => {
    const local = job('started', 3, { serverStatus: 'started' });
    expect(reconcile(local, job('started', 3), false)).toEqual(local);
  });

  it('drops the removed flag when the server sends the job again (assigned back)', () => {
    const local = job('started', 3, { removedOnServer: true });
    expect(reconcile(local, job('assigned', 6), true)).not.toHaveProperty('removedOnServer');
  });

  it('is deterministic: the same inputs give the same job', () => {
    const local = job('completed', 3);
    expect(reconcile(local, job('started', 4), true)).toEqual(reconcile(local, job('started', 4), true));
  });
});

describe('settle', () => {
  it('puts the server status back once nothing is waiting (a refused or no-op change)', () => {
    expect(settle(job('completed', 3, { serverStatus: 'started' }), false)?.status).toBe('started');
  });

  it('leaves a job with work waiting as it is', () => {
    const local = job('completed', 3, { serverStatus: 'started', removedOnServer: true });
    expect(settle(local, true)).toBe(local);
  });

  it('drops a job the server removed once its work has been sent', () => {
    expect(settle(job('completed', 3, { removedOnServer: true }), false)).toBeNull();
  });

  it('leaves a settled job untouched (same object: no write)', () => {
    const local = job('started', 3, { serverStatus: 'started' });
    expect(settle(local, false)).toBe(local);
  });
});

describe('statusAfter', () => {
  it('starts only an assigned job, closes with the outcome, and a note changes nothing', () => {
    expect(statusAfter('job.start', {}, 'assigned')).toBe('started');
    expect(statusAfter('job.start', {}, 'completed')).toBe('completed');
    expect(statusAfter('job.complete', { outcome: 'not_completed' }, 'started')).toBe('not_completed');
    expect(statusAfter('job.note', {}, 'started')).toBe('started');
  });
});
