import { ErrorSummary } from '../../ui/error-summary';
import { PhotoInputs } from '../photos/photo-inputs';
import { maxNotesLength } from './closure';
import { OutcomeFields } from './outcome-fields';
import { useCloseJob } from './use-close-job';
import { useClosureDraft } from './use-closure-draft';

interface ClosureFormProps {
  job: { id: string; address: string };
  onClosed: () => void;
}

/** Photos, notes and the outcome; every change is kept on the phone as a draft until "Close job". */
export function ClosureForm({ job, onClosed }: ClosureFormProps) {
  const { draft, change, saved, saveFailed } = useClosureDraft(job.id);
  const { close, errors, closing } = useCloseJob(job, draft, saved, onClosed);
  if (!draft) return <p>Opening your notes for this job…</p>;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const notesError = errorFor('notes');

  return (
    <form
      className="form crew-form"
      noValidate
      aria-labelledby="closure-title"
      onSubmit={(event) => {
        event.preventDefault();
        void close();
      }}
    >
      <h2 id="closure-title" tabIndex={-1}>
        Close the job
      </h2>
      <ErrorSummary errors={errors} />
      <PhotoInputs jobId={job.id} photoIds={draft.photoIds} onSaved={(id) => change((d) => ({ photoIds: [...d.photoIds, id] }))} />
      <div className={notesError ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor="notes">
          Notes
        </label>
        {notesError && (
          <p className="field__error" id="notes-error">
            {notesError}
          </p>
        )}
        {/* Uncontrolled: typing is never held up by the database; each keystroke is saved behind it. */}
        <textarea
          id="notes"
          className="field__input crew-notes"
          rows={5}
          maxLength={maxNotesLength}
          defaultValue={draft.notes}
          aria-describedby={notesError ? 'notes-error' : undefined}
          onChange={(event) => {
            const notes = event.target.value;
            void change(() => ({ notes }));
          }}
        />
      </div>
      <OutcomeFields outcome={draft.outcome} reason={draft.reason} errorFor={errorFor} onChange={(patch) => void change(patch)} />
      {saveFailed && <p className="field__error">This phone could not save your last change. It may be out of space.</p>}
      <p aria-live="polite">{closing ? 'Closing the job and noting where you are…' : ''}</p>
      <button type="submit" className="button" aria-disabled={closing || undefined}>
        Close job
      </button>
    </form>
  );
}
