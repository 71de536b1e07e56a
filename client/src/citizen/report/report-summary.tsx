import type { Category } from '@kerbside/shared';
import { Link } from 'react-router';
import type { ReportDraft } from './report-draft';
import { stepPath, type StepName } from './report-steps';

const preferenceLabels = { email: 'E-mail', sms: 'Text message', letter: 'Letter', none: 'Do not contact me' } as const;

interface Row {
  key: string;
  value: string;
  step: StepName;
  /** Completes "Change …" for screen readers. */
  change: string;
}

function rowsOf(draft: ReportDraft, category: Category): Row[] {
  const rows: Row[] = [
    { key: 'Problem', value: category.name, step: 'category', change: 'the problem' },
    { key: 'Location', value: draft.location?.label ?? '', step: 'location', change: 'the location' },
    ...category.questions.map((q) => ({ key: q.label, value: draft.answers[q.id] || 'Not answered', step: 'questions' as const, change: `your answer to ${q.label}` })),
    { key: 'Description', value: draft.description, step: 'description', change: 'the description' },
    { key: 'Photo', value: draft.photo?.name ?? 'No photo', step: 'description', change: 'the photo' },
  ];
  if (draft.anonymous && category.allowAnonymous) {
    return [...rows, { key: 'Your details', value: 'Reported without your details', step: 'contact', change: 'your details' }];
  }
  const optional = (text: string) => text.trim() || 'Not given';
  return [
    ...rows,
    { key: 'Name', value: draft.name, step: 'contact', change: 'your name' },
    { key: 'E-mail address', value: optional(draft.email), step: 'contact', change: 'your e-mail address' },
    { key: 'Mobile phone number', value: optional(draft.phone), step: 'contact', change: 'your phone number' },
    { key: 'Postal address', value: optional(draft.postalAddress), step: 'contact', change: 'your postal address' },
    { key: 'How we will contact you', value: preferenceLabels[draft.contactPreference ?? 'none'], step: 'contact', change: 'how we contact you' },
  ];
}

/** GOV.UK summary list. Everything is rendered as text: what people typed is never HTML. */
export function ReportSummary({ draft, category }: { draft: ReportDraft; category: Category }) {
  return (
    <dl className="summary-list">
      {rowsOf(draft, category).map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          <dd className="summary-list__actions">
            <Link to={stepPath(row.step)} state={{ fromCheck: true }}>
              Change<span className="visually-hidden"> {row.change}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
