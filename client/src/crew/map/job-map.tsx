import 'leaflet/dist/leaflet.css';
import './map.css';
import { latLngBounds } from 'leaflet';
import { useState } from 'react';
import { Circle, CircleMarker, MapContainer, TileLayer } from 'react-leaflet';
import type { LocalJob } from '../../sync';
import { JobList } from '../jobs/job-list';
import { useNow } from '../../ui/use-now';
import { JobPins } from './job-pins';
import { useOwnPosition, type OwnPosition } from './use-own-position';
import { useTileUrl } from './use-tile-url';

const osmAttribution = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const you = { color: '#ffffff', weight: 3, fillColor: '#1d70b8', fillOpacity: 1 };

/** The crew's open jobs as pins numbered in list order and, if allowed, where the crew member is. */
export default function JobMap({ jobs }: { jobs: LocalJob[] }) {
  const tileUrl = useTileUrl();
  const position = useOwnPosition();
  const now = useNow();
  const [sameSpot, setSameSpot] = useState<LocalJob[]>([]);
  if (!tileUrl) return <p>The map is not set up on this phone yet. Open this page once when you have signal.</p>;
  if (jobs.length === 0) return <p>You have no jobs to show on the map.</p>;

  return (
    <div className="job-map">
      <MapContainer className="job-map__map" bounds={latLngBounds(jobs.map((j) => [j.lat, j.lng]))} boundsOptions={{ padding: [40, 40], maxZoom: 16 }}>
        <TileLayer url={tileUrl} attribution={tileUrl.includes('openstreetmap') ? osmAttribution : ''} />
        <JobPins jobs={jobs} now={now} onSameSpot={setSameSpot} />
        {position.state === 'shown' && (
          <>
            {position.fix.accuracyM < 1000 && <Circle center={[position.fix.lat, position.fix.lng]} radius={position.fix.accuracyM} interactive={false} />}
            <CircleMarker center={[position.fix.lat, position.fix.lng]} radius={9} interactive={false} pathOptions={you} />
          </>
        )}
      </MapContainer>
      <p className="job-map__note">
        Pins are numbered in the order of your list. Square red pins are overdue. {positionWords(position)}
      </p>
      {sameSpot.length > 0 && (
        <section aria-labelledby="same-spot-title">
          <h2 id="same-spot-title">Jobs at the same place</h2>
          <JobList jobs={sameSpot} now={now} label="Jobs at the same place" />
        </section>
      )}
    </div>
  );
}

function positionWords(position: OwnPosition): string {
  if (position.state === 'shown') return 'The blue dot is you.';
  if (position.state === 'waiting') return 'Finding where you are…';
  return 'Your position is not shown: location is off or not allowed for Kerbside.';
}
