import { maxDescriptionLength, type AgentChannel, type Category, type CategoryQuestion, type ContactPreference } from '@kerbside/shared';
import { LocationFinder } from '../ui/location-finder';
import { RadioGroup } from '../ui/radio-group';
import { TextField } from '../ui/text-field';
import { TextareaField } from '../ui/textarea-field';
import { AttachmentsField } from './attachments-field';
import { agentChannelOptions, preferenceLabels } from './labels';
import type { LogCaseValues } from './log-case-values';

interface CaseFieldsProps {
  values: LogCaseValues;
  change: (update: Partial<LogCaseValues>) => void;
  errorFor: (field: string) => string | undefined;
  categories: Category[];
  category: Category | undefined;
}

const boroughCentre = { lat: 51.3618, lng: -0.1945 };
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function QuestionField({ question, value, onChange, error }: { question: CategoryQuestion; value: string; onChange: (answer: string) => void; error?: string | undefined }) {
  const id = `answers-${question.id}`;
  const label = question.required ? question.label : `${question.label} (optional)`;
  if (question.kind === 'text') return <TextField id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} />;
  const options = question.kind === 'yes_no' ? yesNo : (question.choices ?? []).map((c) => ({ value: c, label: c }));
  return <RadioGroup id={id} name={id} legend={label} options={options} value={value || undefined} onChange={onChange} error={error} />;
}

/** What the caller reports: how they got in touch, what, where, in their words, and how to reply. */
export function CaseFields({ values, change, errorFor, categories, category }: CaseFieldsProps) {
  const preferences = (Object.keys(preferenceLabels) as ContactPreference[]).map((value) => ({ value, label: preferenceLabels[value] }));
  return (
    <>
      <RadioGroup id="channel" name="channel" legend="How did they get in touch?" options={agentChannelOptions} value={values.channel} onChange={(v) => change({ channel: v as AgentChannel })} error={errorFor('channel')} />
      <div className={errorFor('categoryId') ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor="categoryId">
          Category
        </label>
        {errorFor('categoryId') && (
          <p className="field__error" id="categoryId-error">
            <span className="visually-hidden">Error: </span>
            {errorFor('categoryId')}
          </p>
        )}
        <select id="categoryId" className="field__input" value={values.categoryId ?? ''} onChange={(e) => change({ categoryId: e.target.value || undefined })} aria-describedby={errorFor('categoryId') ? 'categoryId-error' : undefined}>
          <option value="">Choose a category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {category?.questions.map((q) => (
        <QuestionField key={q.id} question={q} value={values.answers[q.id] ?? ''} onChange={(answer) => change({ answers: { ...values.answers, [q.id]: answer } })} error={errorFor(`answers-${q.id}`)} />
      ))}
      <h2>Where is the problem?</h2>
      <LocationFinder id="location" searchLabel="Address or street" value={values.location} onChange={(location) => change({ location })} error={errorFor('location')} home={boroughCentre} />
      <TextareaField id="description" label="Description" hint={`In the caller's words. Up to ${maxDescriptionLength.toLocaleString('en-GB')} characters.`} value={values.description} onChange={(e) => change({ description: e.target.value })} error={errorFor('description')} />
      <AttachmentsField value={values.attachments} onChange={(attachments) => change({ attachments })} error={errorFor('attachmentIds')} />
      {!(values.anonymous && category?.allowAnonymous) && (
        <RadioGroup id="contactPreference" name="contactPreference" legend="How do they want to hear back?" options={preferences} value={values.contactPreference} onChange={(v) => change({ contactPreference: v as ContactPreference })} error={errorFor('contactPreference')} />
      )}
    </>
  );
}
