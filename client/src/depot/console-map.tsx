// Loaded lazily (React.lazy), so Leaflet's code and styles never hold up the board.
import 'leaflet/dist/leaflet.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { ConsoleDataV1 } from '@kerbside/shared';
import { boundsOf, clusterMinZoom } from './cluster-index';
import { ClusterLayer } from './cluster-layer';
import type { BoardFilters, ConsoleCase } from './console-cases';

export interface ConsoleMapProps {
  data: ConsoleDataV1 | undefined;
  /** Every open case, decoded: the first view frames them all. */
  cases: readonly ConsoleCase[];
  filters: BoardFilters;
  now: Date;
  activeId: string | null;
  onSelect: (caseId: string) => void;
}

const sutton: [number, number] = [51.362, -0.19];

function useTileUrl() {
  return useQuery({
    queryKey: ['api', 'config'],
    queryFn: async () => {
      const response = await fetch('/api/config', { credentials: 'include' });
      if (!response.ok) throw new Error(`config answered ${response.status}`);
      return (await response.json()) as { tileUrl: string };
    },
    staleTime: Infinity,
  }).data?.tileUrl;
}

/** Frames every case the first time they arrive; after that the view is the manager's. */
function FitToCasesOnce({ cases }: { cases: readonly ConsoleCase[] }) {
  const map = useMap();
  const fitted = useRef(false);
  useEffect(() => {
    const bounds = boundsOf(cases);
    if (fitted.current || !bounds) return;
    fitted.current = true;
    map.fitBounds([bounds.slice(0, 2) as [number, number], bounds.slice(2) as [number, number]], { padding: [20, 20], maxZoom: 16, animate: false });
  }, [cases, map]);
  return null;
}

export default function ConsoleMap({ data, cases, filters, now, activeId, onSelect }: ConsoleMapProps) {
  const tileUrl = useTileUrl();
  return (
    <MapContainer className="console-map" center={sutton} zoom={12} minZoom={clusterMinZoom} zoomSnap={1} scrollWheelZoom>
      {tileUrl && <TileLayer url={tileUrl} attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' />}
      <FitToCasesOnce cases={cases} />
      {/* SLA states move on by the minute; rebuilding the index more often would only cost time. */}
      <ClusterLayer data={data} filters={filters} minute={Math.floor(now.getTime() / 60_000)} activeId={activeId} onSelect={onSelect} />
    </MapContainer>
  );
}
