import { useMutation } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTRPC } from '../../trpc/trpc';
import { PageTitle } from '../../ui/page-title';
import { formErrorsFromServer } from '../../ui/server-errors';
import { useReport } from './report-context';
import { completeDraft } from './report-draft';
import { firstIncompleteStep, previousPath, stepOfField, stepPath, toReportInput, type StepName } from './report-steps';
import { ReportSummary } from './report-summary';

interface SendError {
  message: string;
  step?: StepName;
}

export function CheckAnswersPage() {
  const { draft, category, formToken, renewFormToken } = useReport();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<SendError[]>([]);
  const send = useMutation(
    trpc.intake.reportOnline.mutationOptions({
      onSuccess: (receipt) => {
        completeDraft(sessionStorage, receipt);
        void navigate(stepPath('sent'), { replace: true });
      },
      onError: (error) => {
        const found = formErrorsFromServer(error).map((e) => ({ message: e.message, step: e.field ? stepOfField(e.field) : undefined }));
        setErrors(found);
        // Only an expired form needs a new token; one sent too fast just needs another moment.
        if (error instanceof TRPCClientError && error.data?.httpStatus === 409) renewFormToken();
      },
    }),
  );

  const missing = firstIncompleteStep(draft, category);
  if (missing || !category) return <Navigate replace to={stepPath(missing ?? 'category')} />;

  const submit = () => {
    if (send.isPending) return;
    if (!formToken) return setErrors([{ message: 'The form is still loading. Wait a moment, then send your report.' }]);
    send.mutate(toReportInput(draft, category, formToken));
  };

  const title = 'Check your answers before sending your report';
  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <Link className="back-link" to={previousPath('check', category)}>
        Back
      </Link>
      <SendErrors errors={errors} />
      <h1>{title}</h1>
      <ReportSummary draft={draft} category={category} />
      <h2>Now send your report</h2>
      <p>By sending this report you confirm that, to the best of your knowledge, the details you are providing are correct.</p>
      <form noValidate onSubmit={(event) => (event.preventDefault(), submit())}>
        <button type="submit" className="button" aria-disabled={send.isPending || undefined}>
          Send report
        </button>
      </form>
      {send.isPending && <p role="status">Sending your report…</p>}
    </>
  );
}

/** The error summary, linking each problem to the page that asked the question. */
function SendErrors({ errors }: { errors: SendError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="send-error-title" tabIndex={-1} ref={summary}>
      <h2 className="error-summary__title" id="send-error-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.message}>{e.step ? <Link to={stepPath(e.step)}>{e.message}</Link> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}
