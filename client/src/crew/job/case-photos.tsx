import { useState } from 'react';

/** The report's own photos, from the server (or the service worker's copy). Without either, say so. */
export function CasePhotos({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="case-photos-title">
      <h2 id="case-photos-title">Photos from the report</h2>
      <ul className="photo-grid">
        {ids.map((id, index) => (
          <li key={id} className="photo-grid__item">
            <CasePhoto id={id} alt={`Photo ${index + 1} from the report`} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CasePhoto({ id, alt }: { id: string; alt: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) return <span className="photo-placeholder">{alt} cannot be shown now. It will show when the phone has signal.</span>;
  return <img className="photo-grid__image" src={`/api/photos/${encodeURIComponent(id)}`} alt={alt} onError={() => setFailed(true)} />;
}
