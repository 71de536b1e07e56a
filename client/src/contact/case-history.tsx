import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/trpc';
import { channelLabel, eventKindLabels, formatWhen } from './labels';

const textOf = (payload: Record<string, unknown>, key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : null);

/** A case's whole timeline, oldest first. Every text is rendered as text, never as HTML. */
export function CaseHistory({ caseId, reference }: { caseId: string; reference: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.cases.get.queryOptions({ caseId }));
  if (detail.isError) return <p className="field__error">The history of {reference} could not be loaded.</p>;
  if (!detail.data) return <p role="status">Loading the history of {reference}…</p>;
  return (
    <ol className="timeline" aria-label={`History of ${reference}`}>
      {detail.data.timeline.map((event) => {
        const summary = textOf(event.payload, 'summary') ?? textOf(event.payload, 'text');
        const description = textOf(event.payload, 'description');
        const channel = channelLabel(event.channel);
        return (
          <li key={event.id} className="timeline__entry">
            <p className="timeline__meta">
              <time dateTime={event.at.toISOString()}>{formatWhen(event.at)}</time> · {eventKindLabels[event.kind]}
              {channel ? ` · ${channel}` : ''} · {event.actorName}
              {event.public ? '' : ' · internal'}
            </p>
            {summary && <p className="timeline__text">{summary}</p>}
            {description && <p className="timeline__text timeline__quote">{description}</p>}
          </li>
        );
      })}
    </ol>
  );
}
