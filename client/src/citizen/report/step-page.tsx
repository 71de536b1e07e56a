import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorSummary, type FormError } from '../../ui/error-summary';
import { PageTitle } from '../../ui/page-title';
import { useReport } from './report-context';
import { firstIncompleteStep, nextPath, previousPath, stepPath, stepsFor, validateStep, type StepName } from './report-steps';

interface StepPageProps {
  step: StepName;
  title: string;
  children: (errorFor: (field: string) => string | undefined) => ReactNode;
  /** Work before moving on (an upload); answers more errors, or none. */
  beforeContinue?: () => Promise<FormError[]>;
  busy?: boolean;
}

/** One page of the report form: Back link, error summary, the question(s), Continue. */
export function StepPage({ step, title, children, beforeContinue, busy }: StepPageProps) {
  const { draft, category } = useReport();
  const navigate = useNavigate();
  // Came from "Change" on the check page: go back there once everything is answered (GOV.UK pattern).
  const fromCheck = (useLocation().state as { fromCheck?: boolean } | null)?.fromCheck === true;
  const [errors, setErrors] = useState<FormError[]>([]);

  // A later page opened before an earlier one was answered (a bookmark, a refresh after a change).
  const steps = stepsFor(category);
  const missing = firstIncompleteStep(draft, category);
  if (missing && steps.indexOf(missing) < steps.indexOf(step)) return <Navigate replace to={stepPath(missing)} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateStep(step, draft, category);
    const more = found.length === 0 && beforeContinue ? await beforeContinue() : [];
    const all = [...found, ...more];
    setErrors(all);
    if (all.length > 0) return;
    if (fromCheck && firstIncompleteStep(draft, category) === null) void navigate(stepPath('check'));
    else void navigate(nextPath(step, category), { state: fromCheck ? { fromCheck } : undefined });
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <Link className="back-link" to={fromCheck ? stepPath('check') : previousPath(step, category)}>
        Back
      </Link>
      <ErrorSummary errors={errors} />
      <form className="form report-form" noValidate onSubmit={(event) => void submit(event)}>
        {children(errorFor)}
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          Continue
        </button>
      </form>
    </>
  );
}
