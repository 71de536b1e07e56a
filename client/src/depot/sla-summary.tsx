import type { SlaState } from '@kerbside/shared';
import { slaStateGlyphs, slaStateLabels } from './cluster-style';
import type { SlaCounts } from './console-cases';

const order: SlaState[] = ['overdue', 'due_soon', 'on_time'];

/** The SLA position at a glance; each count filters the board and map to that state. */
export function SlaSummary({ counts, total, onShow }: { counts: SlaCounts; total: number; onShow: (state: SlaState) => void }) {
  return (
    <section className="sla-summary" aria-labelledby="sla-summary-title">
      <h2 id="sla-summary-title" className="visually-hidden">
        SLA position
      </h2>
      <ul className="sla-summary__list">
        {order.map((state) => (
          <li key={state}>
            <button type="button" className={`sla-summary__item sla-tag--${state}`} onClick={() => onShow(state)}>
              <span className="sla-summary__count">{counts[state].toLocaleString('en-GB')}</span>{' '}
              <span aria-hidden="true">{slaStateGlyphs[state]} </span>
              {slaStateLabels[state].toLowerCase()}
            </button>
          </li>
        ))}
        <li className="sla-summary__total">
          <span className="sla-summary__count">{total.toLocaleString('en-GB')}</span> open cases
        </li>
      </ul>
    </section>
  );
}

/** What each marker shape means, beside the map. */
export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Map key">
      {order.map((state) => (
        <li key={state}>
          <span className={`case-marker case-marker--${state} map-legend__marker`} aria-hidden="true">
            <span className="case-marker__mark">{slaStateGlyphs[state]}</span>
          </span>
          {slaStateLabels[state]}
        </li>
      ))}
      <li>
        <span className="cluster-marker cluster-marker--on_time map-legend__marker" aria-hidden="true">
          <span className="cluster-marker__count">12</span>
        </span>
        A group of cases, coloured by its worst
      </li>
    </ul>
  );
}
