import { formatShortDate, noticeChannelLabels, noticeChannels, type NoticeChannel } from '@kerbside/shared';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '../ui/load-error';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { mailboxBase } from './mailbox-paths';
import { useMailbox } from './use-mailbox';
import './mailbox.css';

const isChannel = (value: string | null): value is NoticeChannel => noticeChannels.includes(value as NoticeChannel);

/** Notices kept instead of sent: the development default, and letters waiting to be printed. */
export function MailboxPage() {
  const [params] = useSearchParams();
  const wanted = params.get('channel');
  const channel = isChannel(wanted) ? wanted : undefined;
  const mail = useMailbox(channel);

  return (
    <>
      <PageTitle>Mailbox and letters</PageTitle>
      <h1>Mailbox and letters</h1>
      <p>
        Notices to citizens that were kept here instead of being sent: every channel while no e-mail or text message service is set up, and letters
        until they are printed. <Link to={`${mailboxBase}/letters`}>Print the letters</Link>.
      </p>
      <nav aria-label="Show messages by channel">
        <ul className="mailbox-filters">
          <li>{channel ? <Link to={mailboxBase}>All</Link> : <strong aria-current="page">All</strong>}</li>
          {noticeChannels.map((c) => (
            <li key={c}>{channel === c ? <strong aria-current="page">{noticeChannelLabels[c]}</strong> : <Link to={`${mailboxBase}?channel=${c}`}>{noticeChannelLabels[c]}</Link>}</li>
          ))}
        </ul>
      </nav>
      {mail.isError ? (
        <LoadError onRetry={() => void mail.refetch()} />
      ) : !mail.data ? (
        <Loading />
      ) : mail.data.length === 0 ? (
        <p>There are no messages.</p>
      ) : (
        <ol className="mailbox-list">
          {mail.data.map((entry) => (
            <li className="mailbox-item" key={entry.id} data-notice-id={entry.noticeId ?? undefined}>
              <h2 className="mailbox-item__subject">{entry.subject}</h2>
              <dl className="mailbox-item__meta">
                <dt>To</dt>
                <dd>{entry.recipient}</dd>
                <dt>By</dt>
                <dd>{noticeChannelLabels[entry.channel]}</dd>
                <dt>Case</dt>
                <dd>{entry.caseReference ?? 'None'}</dd>
                <dt>Kept on</dt>
                <dd>{formatShortDate(entry.createdAt)}</dd>
              </dl>
              <pre className="mailbox-item__body">{entry.body}</pre>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
