import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import { CircleMarker, MapContainer, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import './form-extras.css';
import { useTileUrl } from './use-tile-url';

export interface Point {
  lat: number;
  lng: number;
}

interface LocationPinMapProps {
  /** Where the map opens when there is no pin yet. */
  home: Point;
  pin: Point | null;
  onPin: (point: Point) => void;
  /** Describes the map for screen readers; the search beside it does the same job without a mouse. */
  label: string;
}

function ClickToPin({ onPin }: { onPin: (point: Point) => void }) {
  useMapEvents({ click: (event) => onPin({ lat: event.latlng.lat, lng: event.latlng.lng }) });
  return null;
}

/** Keeps the pin in view when it was placed by search or "use my location". */
function FollowPin({ pin }: { pin: Point | null }) {
  const map = useMap();
  useEffect(() => {
    if (pin) map.setView([pin.lat, pin.lng], Math.max(map.getZoom(), 17));
  }, [map, pin]);
  return null;
}

/** A map to drop a pin on. An extra for pointer users: every form that has it also has an address search. */
export function LocationPinMap({ home, pin, onPin, label }: LocationPinMapProps) {
  const tileUrl = useTileUrl();
  if (!tileUrl) return null;
  return (
    <div className="pin-map" role="region" aria-label={label}>
      <MapContainer center={[home.lat, home.lng]} zoom={14} style={{ height: '100%' }} scrollWheelZoom={false}>
        <TileLayer url={tileUrl} attribution={tileUrl.includes('openstreetmap') ? '&copy; OpenStreetMap contributors' : ''} />
        <ClickToPin onPin={onPin} />
        <FollowPin pin={pin} />
        {pin && <CircleMarker center={[pin.lat, pin.lng]} radius={10} pathOptions={{ color: '#d4351c', weight: 3, fillOpacity: 0.6 }} />}
      </MapContainer>
    </div>
  );
}
