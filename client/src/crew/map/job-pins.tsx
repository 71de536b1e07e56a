import type { Map as LeafletMap } from 'leaflet';
import { useMemo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { LocalJob } from '../../sync';
import { isOverdue } from '../jobs/job-order';
import { jobsInGroup, pinIndex, pinsInView } from './job-clusters';
import { GroupMarker, JobMarker } from './job-marker';

const viewOf = (map: LeafletMap) => {
  const b = map.getBounds();
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number], zoom: map.getZoom() };
};

interface JobPinsProps {
  jobs: LocalJob[];
  now: Date;
  /** Jobs at one spot that no zoom can separate: the map lists them instead. */
  onSameSpot: (jobs: LocalJob[]) => void;
}

/** The pins for the current view, drawn again after every pan and zoom. */
export function JobPins({ jobs, now, onSameSpot }: JobPinsProps) {
  const map = useMap();
  const index = useMemo(() => pinIndex(jobs), [jobs]);
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });

  return pinsInView(index, view.bbox, view.zoom).map((pin) => {
    if (pin.kind === 'group') {
      const open = () => {
        const zoom = index.getClusterExpansionZoom(pin.clusterId);
        if (zoom <= map.getMaxZoom()) map.setView([pin.lat, pin.lng], zoom);
        else onSameSpot(jobsInGroup(index, pin.clusterId).flatMap((i) => jobs[i] ?? []));
      };
      return <GroupMarker key={`group-${pin.clusterId}`} lat={pin.lat} lng={pin.lng} count={pin.count} onOpen={open} />;
    }
    const job = jobs[pin.index];
    return job ? <JobMarker key={job.id} job={job} number={pin.index + 1} overdue={isOverdue(job, now)} /> : null;
  });
}
