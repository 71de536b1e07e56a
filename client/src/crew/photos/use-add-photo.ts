import { useState } from 'react';
import { savePhoto } from '../../sync';
import { useCrew } from '../shell/crew-context';
import { downscalePhoto } from './downscale';

export type PhotoKind = 'before' | 'after';

/** A photo from the camera: made smaller here, stored on the phone, then named in the draft. */
export function useAddPhoto(jobId: string, onSaved: (photoId: string) => Promise<void>) {
  const { db, user } = useCrew();
  const [busy, setBusy] = useState<PhotoKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  const add = async (kind: PhotoKind, file: File) => {
    setBusy(kind);
    setError(null);
    try {
      const { blob, width, height } = await downscalePhoto(file).catch(() => {
        throw new Error('This photo could not be read. Take it again.');
      });
      const photo = await savePhoto(db, { userId: user.id, jobId, kind, bytes: blob, width, height });
      await onSaved(photo.id);
    } catch (failure) {
      const unreadable = failure instanceof Error && failure.message.startsWith('This photo could not be read');
      setError(unreadable ? failure.message : 'The photo could not be kept on this phone. It may be out of space: free some and try again.');
    } finally {
      setBusy(null);
    }
  };
  return { add, busy, error };
}
