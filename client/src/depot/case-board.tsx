import { useEffect, useRef, useState } from 'react';
import { caseStatusLabels } from './case-panel';
import { slaStateGlyphs, slaStateLabels } from './cluster-style';
import { stateOf, type ConsoleCase } from './console-cases';
import { dueIn, formatDateTime } from './london-time';

/** Rows drawn at a time: 10,000 rows would make the page slow to draw and to tab through. */
export const boardPageSize = 50;

interface CaseBoardProps {
  cases: readonly ConsoleCase[];
  now: Date;
  selected: ReadonlySet<string>;
  activeId: string | null;
  onToggle: (id: string) => void;
  onToggleShown: (ids: string[], select: boolean) => void;
  onOpen: (id: string) => void;
}

export function CaseBoard({ cases, now, selected, activeId, onToggle, onToggleShown, onOpen }: CaseBoardProps) {
  const [limit, setLimit] = useState(boardPageSize);
  const shown = cases.slice(0, limit);
  const allShownSelected = shown.length > 0 && shown.every((c) => selected.has(c.id));
  const activeRow = useRef<HTMLTableRowElement>(null);

  // A case chosen on the map is brought into view on the board.
  // Braces matter: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    void activeRow.current?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  if (cases.length === 0) return <p className="board__empty">No open cases match these filters.</p>;
  return (
    <div className="board">
      <table className="board__table">
        <caption className="visually-hidden">Open cases, soonest due first</caption>
        <thead>
          <tr>
            <th scope="col" className="board__check">
              <input
                type="checkbox"
                aria-label="Select all cases shown"
                checked={allShownSelected}
                onChange={() => onToggleShown(shown.map((c) => c.id), !allShownSelected)}
              />
            </th>
            <th scope="col">Case</th>
            <th scope="col">Problem</th>
            <th scope="col">Address</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => {
            const state = stateOf(c, now);
            const active = c.id === activeId;
            return (
              <tr key={c.id} className={active ? 'board__row board__row--active' : 'board__row'} aria-current={active || undefined} ref={active ? activeRow : undefined}>
                <td className="board__check">
                  <input type="checkbox" aria-label={`Select ${c.reference}`} checked={selected.has(c.id)} onChange={() => onToggle(c.id)} />
                </td>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                    {c.reference}
                  </button>
                </th>
                <td>{c.categoryName}</td>
                <td>{c.address}</td>
                <td>{c.crewName ? `${caseStatusLabels[c.status]} (${c.crewName})` : caseStatusLabels[c.status]}</td>
                <td>
                  <span className={`sla-tag sla-tag--${state}`}>
                    <span aria-hidden="true">{slaStateGlyphs[state]} </span>
                    {slaStateLabels[state]}
                  </span>{' '}
                  {formatDateTime(c.slaDueAt)} <span className="board__due-in">({dueIn(c.slaDueAt, now)})</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="board__count" aria-live="polite">
        Showing {shown.length.toLocaleString('en-GB')} of {cases.length.toLocaleString('en-GB')} cases
      </p>
      {limit < cases.length && (
        <button type="button" className="button button--secondary" onClick={() => setLimit(limit + boardPageSize)}>
          Show {Math.min(boardPageSize, cases.length - limit)} more cases
        </button>
      )}
    </div>
  );
}
