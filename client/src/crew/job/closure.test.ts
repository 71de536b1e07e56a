import { jobCompleteArgs } from '@kerbside/shared';
import { describe, expect, it } from 'vitest';
import { closureArgs, closureProblems, type ClosureFields } from './closure';
import { notCompletedReasonLabels } from './reason-labels';

const jobId = '6f1c1c55-8f35-4a3e-9a51-0d3f3f8a4b10';
const photoId = '0b7d6c1e-2d3c-4a5b-8c9d-1e2f3a4b5c6d';
const blank: ClosureFields = { outcome: null, reason: null, notes: '', photoIds: [] };

describe('closing a job', () => {
  it('asks for an outcome, and a reason when the job could not be done', () => {
    expect(closureProblems(blank).map((e) => e.message)).toEqual(['Choose whether the job was completed']);
    expect(closureProblems({ ...blank, outcome: 'not_completed' }).map((e) => e.field)).toEqual(['reason']);
    expect(closureProblems({ ...blank, outcome: 'not_completed', reason: 'other' }).map((e) => e.field)).toEqual(['notes']);
    expect(closureProblems({ ...blank, outcome: 'not_completed', reason: 'other', notes: 'Gate locked by the owner' })).toEqual([]);
    expect(closureProblems({ ...blank, outcome: 'completed' })).toEqual([]);
  });

  it('builds a change the server schema accepts, with or without a GPS fix', () => {
    const at = new Date('2026-03-04T12:00:00Z');
    const done = closureArgs(jobId, { ...blank, outcome: 'completed', reason: 'unsafe', notes: '  Filled  ', photoIds: [photoId] }, { lat: 51.36, lng: -0.19, accuracyM: 12 }, at);
    expect(done).toMatchObject({ outcome: 'completed', reason: null, notes: 'Filled', lat: 51.36, accuracyM: 12 });
    expect(jobCompleteArgs.safeParse(done).success).toBe(true);
    const notDone = closureArgs(jobId, { ...blank, outcome: 'not_completed', reason: 'no_access' }, null, at);
    expect(notDone).toMatchObject({ reason: 'no_access', lat: null, lng: null, accuracyM: null });
    expect(jobCompleteArgs.safeParse(notDone).success).toBe(true);
  });

  it('has a label for every shared reason', () => {
    expect(Object.keys(notCompletedReasonLabels)).toEqual(['no_access', 'not_found', 'needs_specialist', 'unsafe', 'already_fixed', 'other']);
  });
});
