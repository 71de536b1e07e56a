import type { Category } from '@kerbside/shared';
import { TextField } from '../ui/text-field';
import { TextareaField } from '../ui/textarea-field';
import { newCaller, type LogCaseValues } from './log-case-values';

interface CallerFieldsProps {
  values: LogCaseValues;
  change: (update: Partial<LogCaseValues>) => void;
  errorFor: (field: string) => string | undefined;
  category: Category | undefined;
}

/** Who is calling: someone found by search, or new details typed in (or nobody, where allowed). */
export function CallerFields({ values, change, errorFor, category }: CallerFieldsProps) {
  const { caller } = values;
  if (caller.kind === 'known') {
    return (
      <div className="field" id="caller-name" tabIndex={-1}>
        <h2>Caller</h2>
        <p>
          <strong>{caller.name}</strong> ·{' '}
          <button type="button" className="link-button" onClick={() => change({ caller: newCaller })}>
            Change caller
          </button>
        </p>
      </div>
    );
  }
  const set = (field: 'name' | 'phone' | 'email' | 'postalAddress') => (event: { target: { value: string } }) =>
    change({ caller: { ...caller, [field]: event.target.value } });
  const mayBeAnonymous = category?.allowAnonymous ?? false;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">
        <h2>Caller</h2>
      </legend>
      {mayBeAnonymous && (
        <div className="field checkbox">
          <input id="anonymous" type="checkbox" className="checkbox__input" checked={values.anonymous} onChange={(e) => change({ anonymous: e.target.checked })} />
          <label htmlFor="anonymous" className="checkbox__label">
            The caller does not want to give their details
          </label>
        </div>
      )}
      {!(mayBeAnonymous && values.anonymous) && (
        <>
          <TextField id="caller-name" label="Full name" autoComplete="off" value={caller.name} onChange={set('name')} error={errorFor('caller-name')} />
          <TextField id="caller-phone" type="tel" label="Phone number" autoComplete="off" value={caller.phone} onChange={set('phone')} error={errorFor('caller-phone')} />
          <TextField id="caller-email" type="email" label="E-mail address" autoComplete="off" value={caller.email} onChange={set('email')} error={errorFor('caller-email')} />
          <TextareaField id="caller-postalAddress" label="Postal address" rows={3} value={caller.postalAddress} onChange={set('postalAddress')} error={errorFor('caller-postalAddress')} />
        </>
      )}
    </fieldset>
  );
}
