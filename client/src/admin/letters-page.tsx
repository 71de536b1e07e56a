import { formatLongDate } from '@kerbside/shared';
import { Link } from 'react-router';
import { LoadError } from '../ui/load-error';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { mailboxBase } from './mailbox-paths';
import { useMailbox } from './use-mailbox';
import './mailbox.css';

/** An address as typed ("12 High Street, Sutton, SM1 1AA") set out a line at a time. */
const addressLines = (address: string) =>
  address
    .split(/\n|,/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Letters to citizens without GOV.UK Notify: one per printed page, the address placed for a window envelope. */
export function LettersPage() {
  const letters = useMailbox('letter');
  if (letters.isError) return <LoadError onRetry={() => void letters.refetch()} />;
  if (!letters.data) return <Loading />;
  return (
    <div className="letters">
      <PageTitle>Letters to print</PageTitle>
      <div className="letters__screen-only">
        <Link className="back-link" to={mailboxBase}>
          Back to the mailbox
        </Link>
        <h1>Letters to print</h1>
        <p>{letters.data.length === 1 ? 'There is 1 letter.' : `There are ${letters.data.length} letters.`} Each prints on its own page.</p>
        {letters.data.length > 0 && (
          <button type="button" className="button" onClick={() => window.print()}>
            Print the letters
          </button>
        )}
      </div>
      {letters.data.map((letter) => (
        <article className="letter" key={letter.id} aria-label={`Letter about ${letter.caseReference ?? 'a report'}`}>
          <address className="letter__address">
            {addressLines(letter.recipient).map((line, i) => (
              <span className="letter__address-line" key={i}>
                {line}
              </span>
            ))}
          </address>
          <p className="letter__date">{formatLongDate(letter.createdAt)}</p>
          <h2 className="letter__subject">{letter.subject}</h2>
          <p className="letter__body">{letter.body}</p>
        </article>
      ))}
    </div>
  );
}
