import type { Category } from '@kerbside/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/trpc';
import type { Point } from '../ui/location-pin-map';
import { formatWhen, statusLabels } from './labels';

interface DuplicateListProps {
  category: Category;
  location: Point;
  onAttach: (caseId: string) => void;
  pending: boolean;
  error?: string | undefined;
}

/** Open cases that may be the same problem, so the caller joins the existing case instead of opening another. */
export function DuplicateList({ category, location, onAttach, pending, error }: DuplicateListProps) {
  const trpc = useTRPC();
  const found = useQuery(trpc.intake.duplicates.queryOptions({ categoryId: category.id, lat: location.lat, lng: location.lng }));
  return (
    <section className="duplicates" aria-labelledby="duplicates-heading" id="duplicates" tabIndex={-1}>
      <h2 id="duplicates-heading">Possible duplicates</h2>
      {error && <p className="field__error">{error}</p>}
      <p role="status">
        {found.isPending
          ? 'Looking for open cases nearby…'
          : found.data?.length
            ? `${found.data.length === 1 ? '1 open case' : `${found.data.length} open cases`} of ${category.name.toLowerCase()} within ${category.duplicateRadiusM} m. If the caller is reporting one of these, attach the report to it.`
            : `No open cases of ${category.name.toLowerCase()} within ${category.duplicateRadiusM} m.`}
      </p>
      {found.data && found.data.length > 0 && (
        <ul className="duplicate-list">
          {found.data.map((d) => (
            <li key={d.id} className="duplicate">
              {d.photoId ? <img className="duplicate__photo" src={`/api/photos/${d.photoId}`} alt={`Photo reported with ${d.reference}`} width={160} height={120} loading="lazy" /> : <div className="duplicate__photo duplicate__photo--none">No photo</div>}
              <div>
                <h3 className="duplicate__title">{d.reference}</h3>
                <p className="duplicate__meta">
                  <span className={`status status--${d.status}`}>{statusLabels[d.status]}</span> · {d.distanceM} m away · {d.reporterCount === 1 ? '1 reporter' : `${d.reporterCount} reporters`} · reported {formatWhen(d.reportedAt)}
                </p>
                <p className="duplicate__address">{d.address}</p>
                <p className="duplicate__description">{d.description}</p>
                <button type="button" className="button" aria-disabled={pending || undefined} onClick={() => onAttach(d.id)}>
                  Attach to {d.reference}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
