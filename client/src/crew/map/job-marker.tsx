import { divIcon, type LeafletMouseEvent } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { useNavigate } from 'react-router';
import type { LocalJob } from '../../sync';
import { crewPaths } from '../crew-paths';

/** Visible text plus words for screen readers, built as elements so an address can't inject markup. */
function pinContent(tag: 'a' | 'button', className: string, visible: string, hidden: string) {
  const element = document.createElement(tag);
  element.className = className;
  element.append(visible);
  const words = document.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = hidden;
  element.append(words);
  return element;
}

interface JobMarkerProps {
  job: LocalJob;
  /** The job's place in the list order, shown on the pin. */
  number: number;
  overdue: boolean;
}

/**
 * A pin that is a real link to the job: focusable, named by its address, and it still works if
 * Leaflet's own click handling does not run. The marker itself is not focusable; the link is.
 */
export function JobMarker({ job, number, overdue }: JobMarkerProps) {
  const navigate = useNavigate();
  const icon = useMemo(() => {
    const link = pinContent('a', overdue ? 'job-pin__link job-pin__link--overdue' : 'job-pin__link', String(number), `. ${job.address}, ${job.categoryName}${overdue ? ', overdue' : ''}`);
    (link as HTMLAnchorElement).href = crewPaths.job(job.id);
    return divIcon({ html: link, className: 'job-pin', iconSize: [48, 48], iconAnchor: [24, 24] });
  }, [job, number, overdue]);
  const eventHandlers = useMemo(
    () => ({
      click: (event: LeafletMouseEvent) => {
        event.originalEvent.preventDefault(); // in-app navigation instead of a full page load
        void navigate(crewPaths.job(job.id));
      },
    }),
    [navigate, job.id],
  );
  return <Marker position={[job.lat, job.lng]} icon={icon} keyboard={false} eventHandlers={eventHandlers} />;
}

interface GroupMarkerProps {
  lat: number;
  lng: number;
  count: number;
  onOpen: () => void;
}

/** Jobs too close to tell apart at this zoom: one pin that zooms in on them. */
export function GroupMarker({ lat, lng, count, onOpen }: GroupMarkerProps) {
  const icon = useMemo(() => {
    const button = pinContent('button', 'job-pin__link job-pin__group', `${count} jobs`, ' here. Zoom in');
    (button as HTMLButtonElement).type = 'button';
    return divIcon({ html: button, className: 'job-pin', iconSize: [72, 48], iconAnchor: [36, 24] });
  }, [count]);
  const eventHandlers = useMemo(() => ({ click: onOpen }), [onOpen]);
  return <Marker position={[lat, lng]} icon={icon} keyboard={false} eventHandlers={eventHandlers} />;
}
