import { describe, expect, it } from 'vitest';
import { bankHolidayInput, isCrewQuiet, isWorkingTime, parseConsoleCases } from './dispatch.js';

const calendar = { bankHolidays: new Set(['2026-12-25']) };
const at = (iso: string) => new Date(iso);

describe('working time and quiet crews', () => {
  it('counts Monday to Friday, 08:00 to 17:00 London time, not bank holidays', () => {
    expect(isWorkingTime(at('2026-12-01T08:00:00Z'), calendar)).toBe(true);
    expect(isWorkingTime(at('2026-12-01T07:59:00Z'), calendar)).toBe(false);
    expect(isWorkingTime(at('2026-12-01T17:00:00Z'), calendar)).toBe(false);
    expect(isWorkingTime(at('2026-12-05T10:00:00Z'), calendar)).toBe(false); // Saturday
    expect(isWorkingTime(at('2026-12-25T10:00:00Z'), calendar)).toBe(false);
    // 07:30 UTC is 08:30 in British Summer Time.
    expect(isWorkingTime(at('2026-07-01T07:30:00Z'), calendar)).toBe(true);
  });

  it('calls a crew quiet after more than 30 minutes without a sync, only in working time', () => {
    const now = at('2026-12-01T10:00:00Z');
    expect(isCrewQuiet(at('2026-12-01T09:30:00Z'), now, calendar)).toBe(false);
    expect(isCrewQuiet(at('2026-12-01T09:29:59Z'), now, calendar)).toBe(true);
    expect(isCrewQuiet(null, now, calendar)).toBe(true);
    expect(isCrewQuiet(null, at('2026-12-05T10:00:00Z'), calendar)).toBe(false);
  });
});

describe('dispatch wire helpers', () => {
  it('parses the console list text', () => {
    expect(parseConsoleCases({ cases: '[["a","KS-1",51.3,-0.1,0,0,1,"x",-1]]' })).toEqual([['a', 'KS-1', 51.3, -0.1, 0, 0, 1, 'x', -1]]);
  });

  it('accepts only real dates for bank holidays', () => {
    expect(bankHolidayInput.safeParse({ date: '2027-06-07', name: 'Coronation' }).success).toBe(true);
    expect(bankHolidayInput.safeParse({ date: '2027-02-29', name: 'No such day' }).success).toBe(false);
    expect(bankHolidayInput.safeParse({ date: '7 June', name: 'Wrong form' }).success).toBe(false);
  });
});
