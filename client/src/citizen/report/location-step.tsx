import { LocationFinder } from '../../ui/location-finder';
import { useReport } from './report-context';
import { StepPage } from './step-page';

/** Sutton town centre: where the map opens before anything is chosen. */
const boroughCentre = { lat: 51.3618, lng: -0.1945 };

export function LocationStep() {
  const { draft, update } = useReport();
  return (
    <StepPage step="location" title="Where is the problem?">
      {(errorFor) => (
        <>
          <h1>Where is the problem?</h1>
          <p className="field__hint">Search for the street or postcode, use your location if you are there now, or select the place on the map.</p>
          <LocationFinder
            id="location"
            searchLabel="Postcode or street name"
            value={draft.location ?? null}
            onChange={(location) => update({ location })}
            error={errorFor('location')}
            offerMyLocation
            home={boroughCentre}
          />
        </>
      )}
    </StepPage>
  );
}
