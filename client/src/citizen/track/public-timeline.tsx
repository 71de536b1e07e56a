import { formatLongDate, type PublicTimelineEntry } from '@kerbside/shared';

/** What has happened, oldest first. The citizen's own words are shown as plain text, never as HTML. */
export function PublicTimeline({ entries }: { entries: readonly PublicTimelineEntry[] }) {
  return (
    <ol className="track-timeline">
      {entries.map((entry, index) => (
        <li className="track-timeline__item" key={`${entry.at.toISOString()}-${index}`}>
          <p className="track-timeline__summary">{entry.summary}</p>
          <p className="track-timeline__date">
            <time dateTime={entry.at.toISOString()}>{formatLongDate(entry.at)}</time>
          </p>
          {entry.text && (
            <blockquote className="track-timeline__words">
              <p>{entry.text}</p>
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
