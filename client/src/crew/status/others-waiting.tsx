import type { OthersUnsent } from '../../sync';
import { othersWaitingText } from './status-words';

/** A shared phone: another person's unsent work is kept for them, and never sent as this person's. */
export function OthersWaiting({ others }: { others: OthersUnsent[] }) {
  if (others.length === 0) return null;
  return (
    <ul className="sync-bar__others">
      {others.map((other) => (
        <li key={other.userId}>{othersWaitingText(other)}. It stays on this phone and is not sent as yours.</li>
      ))}
    </ul>
  );
}
