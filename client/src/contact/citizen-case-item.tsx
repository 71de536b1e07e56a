import type { CitizenCase } from '@kerbside/shared';
import { channelLabels } from '@kerbside/shared';
import { useState } from 'react';
import { CaseHistory } from './case-history';
import { formatWhen, statusLabels } from './labels';
import { LogContactForm } from './log-contact-form';

/** One of a citizen's cases: the facts, and its history or a new contact on demand. */
export function CitizenCaseItem({ item, citizenId }: { item: CitizenCase; citizenId: string }) {
  const [open, setOpen] = useState<'history' | 'contact' | null>(null);
  const [saved, setSaved] = useState(false);
  const panelId = `case-panel-${item.id}`;
  const toggle = (panel: 'history' | 'contact') => {
    setSaved(false);
    setOpen((current) => (current === panel ? null : panel));
  };
  return (
    <li className="case-item">
      <h4 className="case-item__title">
        {item.reference} <span className="case-item__category">{item.categoryName}</span>
      </h4>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span className={`status status--${item.status}`}>{statusLabels[item.status]}</span>
        </dd>
        <dt>Reported</dt>
        <dd>
          {formatWhen(item.reportedAt)} by {channelLabels[item.channel].toLowerCase()}
        </dd>
        <dt>{item.resolvedAt ? 'Resolved' : 'Due'}</dt>
        <dd>{formatWhen(item.resolvedAt ?? item.slaDueAt)}</dd>
        <dt>Where</dt>
        <dd>{item.address}</dd>
      </dl>
      <div className="button-group">
        <button type="button" className="button button--secondary" aria-expanded={open === 'history'} aria-controls={panelId} onClick={() => toggle('history')}>
          {open === 'history' ? 'Hide history' : 'Show history'}
          <span className="visually-hidden"> of {item.reference}</span>
        </button>
        <button type="button" className="button button--secondary" aria-expanded={open === 'contact'} aria-controls={panelId} onClick={() => toggle('contact')}>
          Log a contact<span className="visually-hidden"> on {item.reference}</span>
        </button>
      </div>
      <div id={panelId}>
        {open === 'history' && <CaseHistory caseId={item.id} reference={item.reference} />}
        {open === 'contact' && (
          <LogContactForm
            caseId={item.id}
            reference={item.reference}
            citizenId={citizenId}
            onDone={() => {
              setSaved(true);
              setOpen('history');
            }}
          />
        )}
        {saved && <p role="status">Contact saved on {item.reference}.</p>}
      </div>
    </li>
  );
}
