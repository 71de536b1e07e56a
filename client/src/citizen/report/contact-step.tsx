import type { ContactPreference } from '@kerbside/shared';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';
import { useReport } from './report-context';
import { StepPage } from './step-page';

const preferences: { value: ContactPreference; label: string; hint?: string }[] = [
  { value: 'email', label: 'E-mail' },
  { value: 'sms', label: 'Text message', hint: 'To the mobile phone number above' },
  { value: 'letter', label: 'Letter', hint: 'To the postal address above' },
  { value: 'none', label: 'Do not contact me', hint: 'You can still follow your report with its tracking link' },
];

export function ContactStep() {
  const { draft, update, category } = useReport();
  const mayBeAnonymous = category?.allowAnonymous ?? false;
  const anonymous = mayBeAnonymous && draft.anonymous;
  return (
    <StepPage step="contact" title="Your contact details">
      {(errorFor) => (
        <>
          <h1>Your contact details</h1>
          <p>We use these to tell you when the problem is fixed, and to contact you if we need to know more.</p>
          {mayBeAnonymous && (
            <div className="field checkbox">
              <input id="anonymous" type="checkbox" className="checkbox__input" checked={draft.anonymous} onChange={(e) => update({ anonymous: e.target.checked })} aria-describedby="anonymous-hint" />
              <label htmlFor="anonymous" className="checkbox__label">
                Report without giving my details
              </label>
              <p className="field__hint checkbox__hint" id="anonymous-hint">
                We will not be able to tell you when it is fixed.
              </p>
            </div>
          )}
          {!anonymous && (
            <>
              <TextField id="name" label="Full name" autoComplete="name" value={draft.name} onChange={(e) => update({ name: e.target.value })} error={errorFor('name')} />
              <TextField id="email" type="email" label="E-mail address" autoComplete="email" spellCheck={false} value={draft.email} onChange={(e) => update({ email: e.target.value })} error={errorFor('email')} />
              <TextField id="phone" type="tel" label="Mobile phone number (optional)" autoComplete="tel" value={draft.phone} onChange={(e) => update({ phone: e.target.value })} error={errorFor('phone')} />
              <TextareaField id="postalAddress" label="Postal address (optional)" rows={3} autoComplete="street-address" value={draft.postalAddress} onChange={(e) => update({ postalAddress: e.target.value })} error={errorFor('postalAddress')} />
              <RadioGroup
                id="contactPreference"
                name="contactPreference"
                legend="How do you want to hear back?"
                options={preferences}
                value={draft.contactPreference}
                onChange={(value) => update({ contactPreference: value as ContactPreference })}
                error={errorFor('contactPreference')}
              />
            </>
          )}
          {/* Honeypot: off screen and out of the tab order, so only a robot fills it in. */}
          <div className="report-form__trap" aria-hidden="true">
            <label htmlFor="website">Leave this empty</label>
            <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" value={draft.website} onChange={(e) => update({ website: e.target.value })} />
          </div>
        </>
      )}
    </StepPage>
  );
}
