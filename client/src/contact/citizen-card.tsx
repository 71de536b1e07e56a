import type { CitizenMatch } from '@kerbside/shared';
import { Link } from 'react-router';
import { CitizenCaseItem } from './citizen-case-item';
import { channelLabel, formatWhen, preferenceLabels } from './labels';

/** Everything about one citizen an agent needs mid-call: details, cases, past contacts. */
export function CitizenCard({ citizen }: { citizen: CitizenMatch }) {
  const headingId = `citizen-${citizen.id}`;
  return (
    <section className="citizen-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{citizen.name}</h3>
      <dl className="facts">
        <dt>Phone</dt>
        <dd>{citizen.phone ?? 'Not given'}</dd>
        <dt>E-mail</dt>
        <dd>{citizen.email ?? 'Not given'}</dd>
        <dt>Address</dt>
        <dd>{citizen.postalAddress ?? 'Not given'}</dd>
        <dt>Hears back by</dt>
        <dd>{preferenceLabels[citizen.contactPreference]}</dd>
      </dl>
      <p>
        <Link to={`new?citizen=${citizen.id}`} className="button">
          Log a new case for {citizen.name}
        </Link>
      </p>
      <h4>
        {citizen.cases.length === 1 ? '1 case' : `${citizen.cases.length} cases`}
      </h4>
      {citizen.cases.length > 0 && (
        <ul className="case-list" aria-label={`Cases for ${citizen.name}`}>
          {citizen.cases.map((item) => (
            <CitizenCaseItem key={item.id} item={item} citizenId={citizen.id} />
          ))}
        </ul>
      )}
      {citizen.contacts.length > 0 && (
        <details className="contacts">
          <summary>
            All contacts ({citizen.contacts.length})<span className="visually-hidden"> from {citizen.name}</span>
          </summary>
          <ul>
            {citizen.contacts.map((contact, index) => (
              <li key={`${contact.caseId}-${index}`}>
                <time dateTime={contact.at.toISOString()}>{formatWhen(contact.at)}</time> · {channelLabel(contact.channel) ?? 'Contact'} · {contact.reference}: {contact.summary}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
