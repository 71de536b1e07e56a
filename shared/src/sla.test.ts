import { describe, expect, it } from 'vitest';
import { englandAndWalesBankHolidays } from './bank-holidays.js';
import type { SlaUnit } from './enums.js';
import { computeSlaDue, londonParts, londonToUtc, slaState, type WorkingCalendar } from './sla.js';

// 2026: BST starts Sunday 29 March (01:00 GMT → 02:00 BST), ends Sunday 25 October (02:00 BST → 01:00 GMT).
const calendar: WorkingCalendar = { bankHolidays: new Set(englandAndWalesBankHolidays.map((h) => h.date)) };

const due = (reportedAt: string, amount: number, unit: SlaUnit, cal = calendar) =>
  computeSlaDue(new Date(reportedAt), amount, unit, cal).toISOString();

describe('London time helpers', () => {
  it('reads London parts either side of the clocks going forward', () => {
    expect(londonParts(new Date('2026-03-29T00:59:00Z'))).toEqual({ date: '2026-03-29', time: '00:59', weekday: 0 });
    expect(londonParts(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '02:00', weekday: 0 });
  });

  it('reads London parts either side of the clocks going back', () => {
    expect(londonParts(new Date('2026-10-25T00:30:00Z')).time).toBe('01:30');
    expect(londonParts(new Date('2026-10-25T01:30:00Z')).time).toBe('01:30');
  });

  it('reads the London date, not the UTC date, late on a summer evening', () => {
    expect(londonParts(new Date('2026-06-30T23:30:00Z'))).toEqual({ date: '2026-07-01', time: '00:30', weekday: 3 });
  });

  it('converts London wall time to UTC in winter and summer', () => {
    expect(londonToUtc('2026-01-15', '12:00').toISOString()).toBe('2026-01-15T12:00:00.000Z');
    expect(londonToUtc('2026-07-01', '12:00').toISOString()).toBe('2026-07-01T11:00:00.000Z');
  });

  it('moves a time in the spring gap forward by the gap', () => {
    // 01:30 never happens on 29 March 2026; it becomes 02:30 BST.
    expect(londonToUtc('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of the two 01:30s when the clocks go back', () => {
    expect(londonToUtc('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('computeSlaDue: hours and days', () => {
  it('adds plain hours', () => {
    expect(due('2026-01-14T10:15:00Z', 5, 'hours')).toBe('2026-01-14T15:15:00.000Z');
  });

  it('counts hours as elapsed time across the BST start', () => {
    expect(due('2026-03-28T12:00:00Z', 24, 'hours')).toBe('2026-03-29T12:00:00.000Z');
  });

  it('keeps the London time for days across the BST start', () => {
    // Friday 10:00 GMT → Sunday 10:00 BST.
    expect(due('2026-03-27T10:00:00Z', 2, 'days')).toBe('2026-03-29T09:00:00.000Z');
  });

  it('keeps the London time for days across the BST end', () => {
    // Friday 10:00 BST → Sunday 10:00 GMT.
    expect(due('2026-10-23T09:00:00Z', 2, 'days')).toBe('2026-10-25T10:00:00.000Z');
  });

  it('moves a day that lands in the spring gap forward', () => {
    // Saturday 01:30 GMT + 1 day → 01:30 does not exist → 02:30 BST.
    expect(due('2026-03-28T01:30:00Z', 1, 'days')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first 01:30 when a day lands in the autumn overlap', () => {
    expect(due('2026-10-24T00:30:00Z', 1, 'days')).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('computeSlaDue: working hours', () => {
  it('counts within one working day', () => {
    expect(due('2026-01-14T09:00:00Z', 4, 'working_hours')).toBe('2026-01-14T13:00:00.000Z');
  });

  it('carries over the evening into the next morning', () => {
    // Wednesday 15:00: 2 h to 17:00, 2 h from 08:00 Thursday.
    expect(due('2026-01-14T15:00:00Z', 4, 'working_hours')).toBe('2026-01-15T10:00:00.000Z');
  });

  it('starts an evening report at the next working start', () => {
    expect(due('2026-01-14T20:00:00Z', 2, 'working_hours')).toBe('2026-01-15T10:00:00.000Z');
  });

  it('starts an early-morning report at that day’s working start', () => {
    expect(due('2026-01-14T06:30:00Z', 1, 'working_hours')).toBe('2026-01-14T09:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 16:00: 1 h on Friday, 2 h on Monday.
    expect(due('2026-01-16T16:00:00Z', 3, 'working_hours')).toBe('2026-01-19T10:00:00.000Z');
  });

  it('starts a Sunday report on Monday and ends a full day at 17:00, not next morning', () => {
    expect(due('2026-01-18T11:00:00Z', 9, 'working_hours')).toBe('2026-01-19T17:00:00.000Z');
    expect(due('2026-01-18T11:00:00Z', 10, 'working_hours')).toBe('2026-01-20T09:00:00.000Z');
  });

  it('handles part hours', () => {
    expect(due('2026-01-14T16:45:00Z', 0.5, 'working_hours')).toBe('2026-01-15T08:15:00.000Z');
  });

  it('skips Christmas Day, the weekend and the Boxing Day substitute (Mon 28 Dec 2026)', () => {
    // Thursday 24 Dec 15:00: 2 h that day, then nothing until Tuesday 29 Dec.
    expect(due('2026-12-24T15:00:00Z', 4, 'working_hours')).toBe('2026-12-29T10:00:00.000Z');
  });

  it('skips Good Friday and Easter Monday 2026', () => {
    // Thursday 2 April 16:00 BST: 1 h, then Tuesday 7 April 08:00–09:00 BST.
    expect(due('2026-04-02T15:00:00Z', 2, 'working_hours')).toBe('2026-04-07T08:00:00.000Z');
  });

  it('counts local working hours across the BST start weekend', () => {
    // Friday 27 March 16:00 GMT: 1 h, then Monday 30 March 08:00–10:00 BST.
    expect(due('2026-03-27T16:00:00Z', 3, 'working_hours')).toBe('2026-03-30T09:00:00.000Z');
  });

  it('counts local working hours across the BST end weekend', () => {
    // Friday 23 October 16:00 BST: 1 h, then Monday 26 October 08:00–10:00 GMT.
    expect(due('2026-10-23T15:00:00Z', 3, 'working_hours')).toBe('2026-10-26T10:00:00.000Z');
  });

  it('uses London working hours in summer', () => {
    expect(due('2026-07-15T07:00:00Z', 9, 'working_hours')).toBe('2026-07-15T16:00:00.000Z');
  });

  it('uses the calendar’s own hours and holidays', () => {
    const plain: WorkingCalendar = { bankHolidays: new Set(), dayStart: '09:00', dayEnd: '17:30' };
    // Thursday 24 Dec 17:00: 30 min that day, 30 min from 09:00 on Christmas Day (not a holiday here).
    expect(due('2026-12-24T17:00:00Z', 1, 'working_hours', plain)).toBe('2026-12-25T09:30:00.000Z');
  });
});

describe('computeSlaDue: working days', () => {
  it('ends at 17:00 on the Nth working day after the report day, over a weekend', () => {
    // Friday 15:00 + 2 working days → Tuesday 17:00.
    expect(due('2026-01-16T15:00:00Z', 2, 'working_days')).toBe('2026-01-20T17:00:00.000Z');
  });

  it('ends at 17:00 London time in summer', () => {
    expect(due('2026-06-12T14:00:00Z', 2, 'working_days')).toBe('2026-06-16T16:00:00.000Z');
  });

  it('counts a Sunday report from Monday', () => {
    expect(due('2026-01-18T11:00:00Z', 1, 'working_days')).toBe('2026-01-19T17:00:00.000Z');
    expect(due('2026-01-18T11:00:00Z', 2, 'working_days')).toBe('2026-01-20T17:00:00.000Z');
  });

  it('skips Easter 2026', () => {
    // Thursday 2 April: Fri 3 and Mon 6 are holidays → Tue 7 (1), Wed 8 (2), 17:00 BST.
    expect(due('2026-04-02T09:00:00Z', 2, 'working_days')).toBe('2026-04-08T16:00:00.000Z');
  });

  it('counts a report on Good Friday from the Tuesday after Easter', () => {
    expect(due('2026-04-03T10:00:00Z', 1, 'working_days')).toBe('2026-04-07T16:00:00.000Z');
  });

  it('skips both Christmas substitute days in 2027', () => {
    // Friday 24 Dec 2027: Mon 27 and Tue 28 are substitutes → Wednesday 29 Dec.
    expect(due('2027-12-24T10:00:00Z', 1, 'working_days')).toBe('2027-12-29T17:00:00.000Z');
  });

  it('ends in BST when the report was in GMT', () => {
    expect(due('2026-03-27T10:00:00Z', 1, 'working_days')).toBe('2026-03-30T16:00:00.000Z');
  });

  it('treats zero working days as the end of the report day', () => {
    expect(due('2026-01-14T10:00:00Z', 0, 'working_days')).toBe('2026-01-14T17:00:00.000Z');
  });
});

describe('computeSlaDue: bad input', () => {
  it('rejects negative amounts, part days and impossible calendars', () => {
    expect(() => due('2026-01-14T10:00:00Z', -1, 'hours')).toThrow(RangeError);
    expect(() => due('2026-01-14T10:00:00Z', 1.5, 'working_days')).toThrow(RangeError);
    expect(() => due('2026-01-14T10:00:00Z', 1, 'working_hours', { ...calendar, dayStart: '18:00' })).toThrow(
      RangeError,
    );
    expect(() => due('2026-01-14T10:00:00Z', 1, 'working_hours', { ...calendar, dayEnd: '5pm' })).toThrow(RangeError);
  });
});

describe('slaState', () => {
  const dueAt = new Date('2026-01-14T17:00:00Z');
  const at = (msBeforeDue: number) => new Date(dueAt.getTime() - msBeforeDue);
  const hour = 3_600_000;

  it('is on time until four hours before', () => {
    expect(slaState(dueAt, at(4 * hour + 1))).toBe('on_time');
  });

  it('is due soon from four hours before up to the due time itself', () => {
    expect(slaState(dueAt, at(4 * hour))).toBe('due_soon');
    expect(slaState(dueAt, at(0))).toBe('due_soon');
  });

  it('is overdue from the millisecond after', () => {
    expect(slaState(dueAt, at(-1))).toBe('overdue');
  });

  it('takes a custom due-soon window', () => {
    expect(slaState(dueAt, at(2 * hour), hour)).toBe('on_time');
    expect(slaState(dueAt, at(hour), hour)).toBe('due_soon');
  });
});

describe('englandAndWalesBankHolidays', () => {
  const dates = englandAndWalesBankHolidays.map((h) => h.date);

  it('has eight holidays a year for 2025–2028, all on weekdays, in order', () => {
    for (const year of ['2025', '2026', '2027', '2028']) {
      expect(dates.filter((d) => d.startsWith(year))).toHaveLength(8);
    }
    for (const d of dates) expect([1, 2, 3, 4, 5]).toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
    expect([...dates].sort()).toEqual(dates);
  });

  it('has the right Easters and substitute days', () => {
    const expected = [
      ['2025-04-18', '2025-04-21'],
      ['2026-04-03', '2026-04-06'],
      ['2027-03-26', '2027-03-29'],
      ['2028-04-14', '2028-04-17'],
    ].flat();
    expect(dates).toEqual(expect.arrayContaining([...expected, '2026-12-28', '2027-12-27', '2027-12-28', '2028-01-03']));
  });
});
