import type { CategoryQuestion } from '@kerbside/shared';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { useReport } from './report-context';
import { answerFieldId } from './report-steps';
import { StepPage } from './step-page';

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function Question({ question, value, onChange, error }: { question: CategoryQuestion; value: string; onChange: (v: string) => void; error?: string | undefined }) {
  const id = answerFieldId(question.id);
  const label = question.required ? question.label : `${question.label} (optional)`;
  if (question.kind === 'text') {
    return <TextField id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} />;
  }
  const options = question.kind === 'yes_no' ? yesNo : (question.choices ?? []).map((c) => ({ value: c, label: c }));
  return <RadioGroup id={id} name={id} legend={label} options={options} value={value || undefined} onChange={onChange} error={error} />;
}

export function QuestionsStep() {
  const { draft, update, category } = useReport();
  const title = `About the ${category?.name.toLowerCase() ?? 'problem'}`;
  return (
    <StepPage step="questions" title={title}>
      {(errorFor) => (
        <>
          <h1>{title}</h1>
          {(category?.questions ?? []).map((q) => (
            <Question
              key={q.id}
              question={q}
              value={draft.answers[q.id] ?? ''}
              onChange={(answer) => update({ answers: { ...draft.answers, [q.id]: answer } })}
              error={errorFor(answerFieldId(q.id))}
            />
          ))}
        </>
      )}
    </StepPage>
  );
}
