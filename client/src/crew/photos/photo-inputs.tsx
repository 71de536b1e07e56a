import type { ChangeEvent } from 'react';
import { maxClosurePhotos } from '../job/closure';
import { PhotoThumbs } from './photo-thumbs';
import { useAddPhoto, type PhotoKind } from './use-add-photo';

const labels: Record<PhotoKind, string> = { before: 'Add a before photo', after: 'Add an after photo' };

interface PhotoInputsProps {
  jobId: string;
  photoIds: string[];
  onSaved: (photoId: string) => Promise<void>;
}

/** Two camera buttons. Each opens the rear camera on a phone (a file picker elsewhere). */
export function PhotoInputs({ jobId, photoIds, onSaved }: PhotoInputsProps) {
  const { add, busy, error } = useAddPhoto(jobId, onSaved);
  const full = photoIds.length >= maxClosurePhotos;
  const pick = (kind: PhotoKind) => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same photo may be chosen again after a failure
    if (file) void add(kind, file);
  };

  return (
    <div className="field">
      <h3>Photos</h3>
      <div className="crew-actions">
        {(['before', 'after'] as const).map((kind) => (
          <div key={kind} className="photo-input">
            <input
              id={`photo-${kind}`}
              className="photo-input__file"
              type="file"
              accept="image/*"
              capture="environment"
              disabled={full || busy !== null}
              onChange={pick(kind)}
            />
            <label className="button button--secondary photo-input__label" htmlFor={`photo-${kind}`}>
              {labels[kind]}
            </label>
          </div>
        ))}
      </div>
      <p aria-live="polite" className="photo-input__progress">
        {busy ? `Keeping the ${busy} photo on this phone…` : ''}
      </p>
      {error && <p className="field__error">{error}</p>}
      {full && <p>A job can be closed with up to {maxClosurePhotos} photos.</p>}
      <PhotoThumbs ids={photoIds} />
    </div>
  );
}
