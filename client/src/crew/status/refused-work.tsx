import { dismissRejected, type RejectedWork } from '../../sync';
import { useCrew } from '../shell/crew-context';
import { adviceFor } from './status-words';

/** Changes and photos the server refused: its reason in words, what to do, and a way to clear it. */
export function RefusedWork({ items }: { items: RejectedWork[] }) {
  const { db } = useCrew();
  if (items.length === 0) return null;
  return (
    <section className="refused" aria-label="Not accepted by the council">
      <p className="refused__title">Not accepted by the council</p>
      <ul className="refused__list">
        {items.map((item) => (
          <li key={item.id} className="refused__item">
            <p className="refused__summary">{item.summary}</p>
            {item.reason && <p>The council’s system said: {item.reason}</p>}
            <p>{adviceFor(item)}</p>
            <button type="button" className="button button--secondary" onClick={() => void dismissRejected(db, item.id)}>
              Dismiss<span className="visually-hidden">: {item.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
