import { maxDescriptionLength } from '@kerbside/shared';
import { useRef, useState } from 'react';
import type { FormError } from '../../ui/error-summary';
import { TextareaField } from '../../ui/textarea-field';
import { checkFile, uploadAttachment } from '../../ui/upload-attachment';
import { useReport } from './report-context';
import { StepPage } from './step-page';

export function DescriptionStep() {
  const { draft, update } = useReport();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);

  // The photo goes up when they continue, so choosing and changing their mind costs nothing.
  const uploadChosenPhoto = async (): Promise<FormError[]> => {
    const file = fileInput.current?.files?.[0];
    if (!file) return [];
    const problem = checkFile(file, false);
    if (problem) return [{ field: 'photo', message: problem }];
    setUploading(true);
    try {
      const uploaded = await uploadAttachment(file);
      update({ photo: { id: uploaded.id, name: file.name } });
      return [];
    } catch (error) {
      return [{ field: 'photo', message: (error as Error).message }];
    } finally {
      setUploading(false);
    }
  };

  return (
    <StepPage step="description" title="Describe the problem" beforeContinue={uploadChosenPhoto} busy={uploading}>
      {(errorFor) => (
        <>
          <TextareaField
            id="description"
            name="description"
            label="Describe the problem"
            asPageHeading
            hint={`Say what the problem is and exactly where, for example "outside number 12, by the bus stop". Up to ${maxDescriptionLength.toLocaleString('en-GB')} characters.`}
            value={draft.description}
            onChange={(e) => update({ description: e.target.value })}
            error={errorFor('description')}
          />
          <div className={errorFor('photo') ? 'field field--error' : 'field'}>
            <label className="field__label" htmlFor="photo">
              Add a photo (optional)
            </label>
            <p className="field__hint" id="photo-hint">
              {draft.photo ? `You added ${draft.photo.name}. Choose another to replace it.` : 'A JPEG, PNG, WebP or HEIC photo, smaller than 15 MB.'}
            </p>
            {errorFor('photo') && (
              <p className="field__error" id="photo-error">
                <span className="visually-hidden">Error: </span>
                {errorFor('photo')}
              </p>
            )}
            <input
              ref={fileInput}
              id="photo"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/heic,.heic"
              className="file-input"
              aria-describedby={errorFor('photo') ? 'photo-hint photo-error' : 'photo-hint'}
            />
            {draft.photo && (
              <button type="button" className="button button--secondary" onClick={() => update({ photo: undefined })}>
                Remove {draft.photo.name}
              </button>
            )}
          </div>
          {uploading && <p role="status">Uploading your photo…</p>}
        </>
      )}
    </StepPage>
  );
}
