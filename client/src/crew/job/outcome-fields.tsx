import { notCompletedReasons, type NotCompletedReason } from '@kerbside/shared';
import type { ClosureDraft } from '../../sync';
import type { DraftPatch } from './use-closure-draft';
import { notCompletedReasonLabels } from './reason-labels';

interface OutcomeFieldsProps {
  outcome: ClosureDraft['outcome'];
  reason: ClosureDraft['reason'];
  errorFor: (field: string) => string | undefined;
  onChange: (patch: DraftPatch) => void;
}

const isReason = (value: string): value is NotCompletedReason => (notCompletedReasons as readonly string[]).includes(value);

/** Done, or not done and why. The reason list appears only when it applies. */
export function OutcomeFields({ outcome, reason, errorFor, onChange }: OutcomeFieldsProps) {
  const outcomeError = errorFor('outcome-completed');
  const reasonError = errorFor('reason');
  return (
    <>
      <fieldset className={outcomeError ? 'field field--error crew-fieldset' : 'field crew-fieldset'} role="radiogroup" aria-labelledby="outcome-legend">
        <legend id="outcome-legend" className="field__label">
          Outcome
        </legend>
        {outcomeError && <p className="field__error">{outcomeError}</p>}
        <label className="crew-choice">
          <input type="radio" id="outcome-completed" name="outcome" checked={outcome === 'completed'} onChange={() => onChange(() => ({ outcome: 'completed' }))} />
          Completed
        </label>
        <label className="crew-choice">
          <input type="radio" name="outcome" checked={outcome === 'not_completed'} onChange={() => onChange(() => ({ outcome: 'not_completed' }))} />
          Could not complete
        </label>
      </fieldset>
      {outcome === 'not_completed' && (
        <div className={reasonError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor="reason">
            Reason
          </label>
          {reasonError && (
            <p className="field__error" id="reason-error">
              {reasonError}
            </p>
          )}
          <select
            id="reason"
            className="field__input"
            value={reason ?? ''}
            aria-describedby={reasonError ? 'reason-error' : undefined}
            onChange={(event) => {
              const value = event.target.value;
              onChange(() => ({ reason: isReason(value) ? value : null }));
            }}
          >
            <option value="">Choose a reason</option>
            {notCompletedReasons.map((r) => (
              <option key={r} value={r}>
                {notCompletedReasonLabels[r]}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
