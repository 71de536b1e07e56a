import { describe, expect, it } from 'vitest';
import { ago, dueIn, formatDateTime, fromLocalInput, toLocalInput } from './london-time';

const now = new Date('2026-07-01T10:00:00Z');

describe('London time for the console', () => {
  it('shows London wall time in summer and winter', () => {
    expect(formatDateTime(new Date('2026-07-01T16:00:00Z'))).toBe('Wed 1 Jul, 17:00');
    expect(formatDateTime(new Date('2026-12-01T17:00:00Z'))).toBe('Tue 1 Dec, 17:00');
  });

  it('round-trips a datetime-local value as London time', () => {
    expect(toLocalInput(new Date('2026-07-01T16:00:00Z'))).toBe('2026-07-01T17:00');
    expect(fromLocalInput('2026-07-01T17:00')?.toISOString()).toBe('2026-07-01T16:00:00.000Z');
    expect(fromLocalInput('2026-12-01T17:00')?.toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-13-45T99:00')).toBeNull();
  });

  it('says how long is left, or how late', () => {
    expect(dueIn(now.getTime() + 90 * 60_000, now)).toBe('in 2 h');
    expect(dueIn(now.getTime() - 5 * 60_000, now)).toBe('5 min overdue');
    expect(dueIn(now.getTime() + 3 * 86_400_000, now)).toBe('in 3 days');
    expect(ago(new Date(now.getTime() - 45 * 60_000), now)).toBe('45 min ago');
  });
});
