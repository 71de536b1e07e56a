import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../../ui/error-summary';
import { PageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';
import { lookupFieldIds, useTrackLookup } from './use-track-lookup';
import './track.css';

/** /track: find a report by its reference and the e-mail address or phone number given with it. */
export function TrackLookupPage() {
  const [params] = useSearchParams();
  const { submit, errors, pending } = useTrackLookup();
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) submit(event.currentTarget);
  };

  return (
    <>
      <PageTitle>{errors.length > 0 ? 'Error: Track your report' : 'Track your report'}</PageTitle>
      <ErrorSummary errors={errors} />
      <h1>Track your report</h1>
      <p>See what has happened to a problem you reported, and tell us if it is not fixed.</p>
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextField
          id={lookupFieldIds.reference}
          name="reference"
          label="Reference"
          hint="It starts with KS, for example KS-2026-000123. You will find it in the message we sent you."
          defaultValue={params.get('ref') ?? ''}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          className="field__input--reference"
          error={errorFor(lookupFieldIds.reference)}
        />
        <TextField
          id={lookupFieldIds.contact}
          name="contact"
          label="E-mail address or phone number"
          hint="The one you gave us when you reported the problem."
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
          error={errorFor(lookupFieldIds.contact)}
        />
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          Find my report
        </button>
      </form>
    </>
  );
}
