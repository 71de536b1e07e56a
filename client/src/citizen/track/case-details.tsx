import { formatLongDate, publicStatusLabels, type CaseStatus, type PublicCaseView } from '@kerbside/shared';

/** GOV.UK tag: the status in words and colour (words carry it; colour only helps). */
export function StatusTag({ status }: { status: CaseStatus }) {
  return <strong className={`tag tag--${status}`}>{publicStatusLabels[status]}</strong>;
}

export function CaseDetails({ view }: { view: PublicCaseView }) {
  const rows: [string, string][] = [
    ['Reference', view.reference],
    ['Problem', view.categoryName],
    ['Where', view.address],
    ['Reported', formatLongDate(view.reportedAt)],
  ];
  if (view.resolvedAt) rows.push(['Resolved', formatLongDate(view.resolvedAt)]);
  return (
    <dl className="track-summary">
      <div className="track-summary__row">
        <dt className="track-summary__key">Status</dt>
        <dd className="track-summary__value">
          <StatusTag status={view.status} />
        </dd>
      </div>
      {rows.map(([key, value]) => (
        <div className="track-summary__row" key={key}>
          <dt className="track-summary__key">{key}</dt>
          <dd className="track-summary__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
