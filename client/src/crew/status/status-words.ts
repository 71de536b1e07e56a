// The status bar's sentences, kept apart from the components so each can be read and tested.
import type { OthersUnsent, RejectedWork } from '../../sync';
import { clockTime, dayWord } from '../jobs/job-words';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 changes and 2 photos waiting", or "All changes sent" when nothing is left on the phone. */
export function waitingText(changes: number, photos: number): string {
  if (changes === 0 && photos === 0) return 'All changes sent';
  return `${count(changes, 'change', 'changes')} and ${count(photos, 'photo', 'photos')} waiting`;
}

/** "Last synced 14:32", with the day when it was not today. */
export function lastSyncedText(at: Date | null, now: Date): string {
  if (!at) return 'Not synced yet';
  const day = dayWord(at, now);
  if (day === 'today') return `Last synced ${clockTime(at)}`;
  return `Last synced ${clockTime(at)} ${day === 'yesterday' ? day : `on ${day}`}`;
}

/** "2 changes from Tom Bradley are waiting for Tom to sign in again". */
export function othersWaitingText({ userName, changes, photos }: OthersUnsent): string {
  const parts = [changes > 0 && count(changes, 'change', 'changes'), photos > 0 && count(photos, 'photo', 'photos')].filter(Boolean);
  const verb = changes + photos === 1 ? 'is' : 'are';
  const firstName = userName.split(/\s+/)[0] || userName;
  return `${parts.join(' and ')} from ${userName} ${verb} waiting for ${firstName} to sign in again`;
}

/** What the crew can do about a change or photo the server refused, by the server's code. */
export function adviceFor(item: Pick<RejectedWork, 'what' | 'code'>): string {
  if (item.what === 'photo') return 'Take the photo again if the job still needs it.';
  switch (item.code) {
    case 'conflict':
      return 'Ask the depot: the job was changed while you worked on it. Your work has been kept for them to see.';
    case 'forbidden':
      return 'Ask the depot: this job is no longer your crew’s.';
    case 'not_found':
      return 'Ask the depot: this job no longer exists.';
    default:
      return 'Ask the depot, and tell them what it says above.';
  }
}

/** For the sign-out question: "You have 2 changes and 1 photo not sent yet." */
export function unsentSentence(changes: number, photos: number): string {
  return `You have ${count(changes, 'change', 'changes')} and ${count(photos, 'photo', 'photos')} not sent yet.`;
}
