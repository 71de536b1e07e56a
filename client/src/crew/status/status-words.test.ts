import { describe, expect, it } from 'vitest';
import { adviceFor, lastSyncedText, othersWaitingText, waitingText } from './status-words';
import { storageIsLow } from './storage-health';

describe('status bar words', () => {
  it('counts what is waiting, or says all is sent', () => {
    expect(waitingText(3, 2)).toBe('3 changes and 2 photos waiting');
    expect(waitingText(1, 0)).toBe('1 change and 0 photos waiting');
    expect(waitingText(0, 1)).toBe('0 changes and 1 photo waiting');
    expect(waitingText(0, 0)).toBe('All changes sent');
  });

  it('gives the last sync as a clock time, with the day when not today', () => {
    const now = new Date(2026, 2, 4, 15, 0);
    expect(lastSyncedText(new Date(2026, 2, 4, 14, 32), now)).toBe('Last synced 14:32');
    expect(lastSyncedText(new Date(2026, 2, 3, 9, 5), now)).toBe('Last synced 09:05 yesterday');
    expect(lastSyncedText(new Date(2026, 2, 1, 9, 5), now)).toBe('Last synced 09:05 on Sun 1 Mar');
    expect(lastSyncedText(null, now)).toBe('Not synced yet');
  });

  it('names whose work is waiting for them on a shared phone', () => {
    expect(othersWaitingText({ userId: 'u', userName: 'Tom Bradley', changes: 2, photos: 0 })).toBe(
      '2 changes from Tom Bradley are waiting for Tom to sign in again',
    );
    expect(othersWaitingText({ userId: 'u', userName: 'Ann Lee', changes: 1, photos: 3 })).toBe(
      '1 change and 3 photos from Ann Lee are waiting for Ann to sign in again',
    );
    expect(othersWaitingText({ userId: 'u', userName: 'Sam', changes: 0, photos: 1 })).toBe('1 photo from Sam is waiting for Sam to sign in again');
  });

  it('tells the crew what to do about a refusal', () => {
    expect(adviceFor({ what: 'change', code: 'conflict' })).toMatch(/^Ask the depot/);
    expect(adviceFor({ what: 'photo', code: null })).toMatch(/Take the photo again/);
  });
});

describe('storage warning', () => {
  const mb = 1024 * 1024;
  it('warns under 200 MB or under a tenth free', () => {
    expect(storageIsLow({ usage: 900 * mb, quota: 1000 * mb })).toBe(true);
    expect(storageIsLow({ usage: 10_000 * mb, quota: 10_150 * mb })).toBe(true);
    expect(storageIsLow({ usage: 100 * mb, quota: 10_000 * mb })).toBe(false);
    expect(storageIsLow({ usage: 0, quota: 0 })).toBe(false);
    expect(storageIsLow({})).toBe(false);
  });
});
