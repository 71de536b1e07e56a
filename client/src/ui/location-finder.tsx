import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTRPC } from '../trpc/trpc';
import { LocationPinMap, type Point } from './location-pin-map';
import { RadioGroup } from './radio-group';
import { TextField } from './text-field';

export interface ChosenLocation extends Point {
  /** From the address search; absent for a pin or "use my location" (the server names the street). */
  address?: string;
  /** What to show people: the address, or the nearest street. */
  label: string;
}

interface LocationFinderProps {
  /** The search box's id: error summary links land there. */
  id: string;
  searchLabel: string;
  value: ChosenLocation | null;
  onChange: (location: ChosenLocation) => void;
  error?: string | undefined;
  /** For citizens at the spot; an agent's caller is somewhere else. */
  offerMyLocation?: boolean;
  home: Point;
}

/** Finds a place by postcode or street (no mouse needed), by "use my location", or by a pin on the map. */
export function LocationFinder({ id, searchLabel, value, onChange, error, offerMyLocation, home }: LocationFinderProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const results = useQuery(trpc.intake.searchAddresses.queryOptions({ q: term }, { enabled: term.length >= 2 }));

  const search = () => {
    const q = text.trim();
    setProblem(q.length < 2 ? 'Enter a postcode or street name' : null);
    if (q.length >= 2) setTerm(q);
  };
  const searchOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // Enter here means "find", not "submit the whole form"
    search();
  };
  const pinAt = async (point: Point) => {
    const { label } = await queryClient.fetchQuery(trpc.intake.nearestAddress.queryOptions(point));
    onChange({ ...point, label });
  };
  const useMyLocation = () => {
    setProblem(null);
    if (!('geolocation' in navigator)) return setProblem('Your device cannot share its location. Search for the street instead.');
    navigator.geolocation.getCurrentPosition(
      (position) => void pinAt({ lat: position.coords.latitude, lng: position.coords.longitude }).catch(() => setProblem('Your location could not be named. Search for the street instead.')),
      () => setProblem('Your location could not be found. Search for the street instead.'),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const options = (results.data ?? []).map((r, i) => ({ value: String(i), label: r.label }));
  const chosenIndex = results.data?.findIndex((r) => value?.address === r.label && value.lat === r.lat);
  return (
    <div className="location-finder">
      <TextField id={id} label={searchLabel} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={searchOnEnter} error={problem ?? error} autoComplete="off" />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={search}>
          Find address
        </button>
        {offerMyLocation && (
          <button type="button" className="button button--secondary" onClick={useMyLocation}>
            Use my location
          </button>
        )}
      </div>
      {results.isFetching && <p role="status">Searching…</p>}
      {results.data && results.data.length === 0 && (
        <p role="status">No addresses match “{term}”. Check the spelling, or try the street name or postcode.</p>
      )}
      {options.length > 0 && (
        <RadioGroup
          id={`${id}-choice`}
          name={`${id}-choice`}
          legend="Choose the address"
          options={options}
          value={chosenIndex !== undefined && chosenIndex >= 0 ? String(chosenIndex) : undefined}
          onChange={(index) => {
            const match = results.data![Number(index)]!;
            onChange({ lat: match.lat, lng: match.lng, address: match.label, label: match.label });
          }}
        />
      )}
      <p role="status" className="location-finder__chosen">
        {value ? (
          <>
            Location: <strong>{value.label}</strong>
          </>
        ) : null}
      </p>
      <LocationPinMap home={home} pin={value} onPin={(point) => void pinAt(point)} label="Map: select a point to put a pin where the problem is" />
    </div>
  );
}
