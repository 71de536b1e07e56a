import type { TextareaHTMLAttributes } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';
import './form-extras.css';

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** GOV.UK puts the label in the h1 when the field is the page's only question. */
  asPageHeading?: boolean;
}

/** A labelled textarea with hint and error tied to it. No maxLength: people may paste, then trim. */
export function TextareaField({ id, label, hint, error, asPageHeading, className, ...textarea }: TextareaFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  const labelElement = (
    <label className="field__label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {asPageHeading ? <h1 className="field__heading">{labelElement}</h1> : labelElement}
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        rows={6}
        className={['field__input field__textarea', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
    </div>
  );
}
