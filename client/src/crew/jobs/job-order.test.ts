import { describe, expect, it } from 'vitest';
import type { LocalJob } from '../../sync';
import { isOverdue, splitJobs } from './job-order';
import { dayWord, dueText } from './job-words';

const now = new Date(2026, 2, 4, 12, 0);

function job(over: Partial<LocalJob>): LocalJob {
  return {
    id: over.address ?? 'x',
    ownerId: 'u1',
    version: 1,
    status: 'assigned',
    priority: 'normal',
    dueAt: new Date(2026, 2, 4, 16, 0),
    instructions: '',
    accessNotes: '',
    lat: 51.36,
    lng: -0.19,
    address: '1 High Street',
    service: 'highways',
    categoryName: 'Pothole',
    caseReferences: [],
    description: '',
    casePhotoIds: [],
    ...over,
  };
}

describe('crew job order', () => {
  it('puts the more urgent first, then the sooner due', () => {
    const { open } = splitJobs([
      job({ address: 'low soon', priority: 'low', dueAt: new Date(2026, 2, 4, 9) }),
      job({ address: 'normal late', dueAt: new Date(2026, 2, 5, 9) }),
      job({ address: 'urgent', priority: 'urgent', dueAt: new Date(2026, 2, 6, 9) }),
      job({ address: 'normal soon', dueAt: new Date(2026, 2, 4, 13) }),
    ]);
    expect(open.map((j) => j.address)).toEqual(['urgent', 'normal soon', 'normal late', 'low soon']);
  });

  it('moves closed and cancelled jobs out of the open list', () => {
    const lists = splitJobs([
      job({ address: 'a' }),
      job({ address: 'b', status: 'completed' }),
      job({ address: 'c', status: 'started', removedOnServer: true }),
    ]);
    expect(lists.open.map((j) => j.address)).toEqual(['a']);
    expect(lists.finished.map((j) => j.address)).toEqual(['b', 'c']);
  });

  it('calls an open job past its due time overdue, and a closed one never', () => {
    const late = new Date(2026, 2, 4, 11, 59);
    expect(isOverdue(job({ dueAt: late }), now)).toBe(true);
    expect(isOverdue(job({ dueAt: late, status: 'started' }), now)).toBe(true);
    expect(isOverdue(job({ dueAt: late, status: 'completed' }), now)).toBe(false);
    expect(isOverdue(job({ dueAt: new Date(2026, 2, 4, 12, 1) }), now)).toBe(false);
  });
});

describe('due time in words', () => {
  it('names nearby days and gives a date otherwise', () => {
    expect(dayWord(new Date(2026, 2, 4, 23, 59), now)).toBe('today');
    expect(dayWord(new Date(2026, 2, 5, 0, 1), now)).toBe('tomorrow');
    expect(dayWord(new Date(2026, 2, 3, 8), now)).toBe('yesterday');
    expect(dayWord(new Date(2026, 2, 10, 8), now)).toBe('Tue 10 Mar');
  });

  it('says overdue in words, not only colour', () => {
    expect(dueText(new Date(2026, 2, 3, 16, 5), true, now)).toBe('Overdue: was due yesterday 16:05');
    expect(dueText(new Date(2026, 2, 4, 16, 0), false, now)).toBe('Due today 16:00');
  });
});
