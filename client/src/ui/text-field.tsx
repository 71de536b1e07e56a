import type { InputHTMLAttributes } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled input with its hint and error message tied to it for screen readers, GOV.UK style. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        {...input}
        id={id}
        className={['field__input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
