import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { LocalPhoto } from '../../sync';
import { useCrew } from '../shell/crew-context';

const stateWords: Record<LocalPhoto['state'], string> = {
  pending: 'waiting to send',
  uploaded: 'sent',
  rejected: 'not accepted',
};

/** The photos in this closure, from the phone's database, each with whether it has been sent. */
export function PhotoThumbs({ ids }: { ids: string[] }) {
  const { db } = useCrew();
  const photos = useLiveQuery(() => db.photos.bulkGet(ids), [db, ids]);
  const shown = (photos ?? []).filter((p): p is LocalPhoto => p !== undefined);
  if (shown.length === 0) return null;
  return (
    <ul className="photo-grid" aria-label="Photos taken">
      {shown.map((photo, index) => (
        <li key={photo.id} className="photo-grid__item">
          <Thumb photo={photo} alt={`${photo.kind === 'before' ? 'Before' : 'After'} photo ${index + 1}`} />
          <span>
            {photo.kind === 'before' ? 'Before' : 'After'}: {stateWords[photo.state]}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Thumb({ photo, alt }: { photo: LocalPhoto; alt: string }) {
  const image = useRef<HTMLImageElement>(null);
  const bytes = photo.blob ?? photo.buffer;
  // The object URL is made and freed with the effect, so StrictMode's re-run cannot free it early.
  useEffect(() => {
    if (!bytes || !image.current) return;
    const url = URL.createObjectURL(bytes instanceof Blob ? bytes : new Blob([bytes], { type: photo.type }));
    image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [bytes, photo.type]);
  if (!bytes) return <span className="photo-placeholder">{alt} (sent, not kept on this phone)</span>;
  return <img ref={image} className="photo-grid__image" alt={alt} width={photo.width} height={photo.height} />;
}
