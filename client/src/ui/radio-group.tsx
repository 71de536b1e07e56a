import type { ReactNode } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';
import './form-extras.css';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupProps {
  /** The first radio's id, so an error summary link lands on the group. */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  /** GOV.UK puts the legend in the h1 when the question is the page's only one. */
  asPageHeading?: boolean;
}

export function RadioGroup({ id, name, legend, options, value, onChange, hint, error, asPageHeading }: RadioGroupProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className={asPageHeading ? 'fieldset__legend fieldset__legend--page' : 'fieldset__legend'}>
          {asPageHeading ? <h1>{legend}</h1> : legend}
        </legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="radios__label" htmlFor={optionId}>
                  {option.label}
                  {option.hint && (
                    <span className="radios__hint" id={`${optionId}-hint`}>
                      {option.hint}
                    </span>
                  )}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
