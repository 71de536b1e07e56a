import { formatLongDate, type TrackingLink } from '@kerbside/shared';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../ui/error-summary';
import { TextareaField } from '../../ui/textarea-field';
import { notFixedFieldId, useNotFixed } from './use-not-fixed';

/** "It's not fixed": open for 14 days after the case was resolved. */
export function NotFixedForm({ link, until, onDone }: { link: TrackingLink; until: Date; onDone: () => void }) {
  const { submit, errors, pending } = useNotFixed(link, onDone);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) submit(event.currentTarget);
  };
  return (
    <section aria-labelledby="not-fixed-title">
      <h2 id="not-fixed-title">Is the problem still there?</h2>
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextareaField
          id={notFixedFieldId}
          name="text"
          label="Tell us what is still wrong"
          hint={`We will reopen your report and look at it again. You can do this until ${formatLongDate(until)}.`}
          error={errors.find((e) => e.field === notFixedFieldId)?.message}
        />
        <button type="submit" className="button button--warning" aria-disabled={pending || undefined}>
          Tell us it is not fixed
        </button>
      </form>
    </section>
  );
}
