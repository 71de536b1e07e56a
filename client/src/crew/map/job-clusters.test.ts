import { describe, expect, it } from 'vitest';
import { jobsInGroup, pinIndex, pinsInView } from './job-clusters';

const world: [number, number, number, number] = [-180, -85, 180, 85];
// Two jobs on one street (about 30 m apart) and one across town.
const places = [
  { id: 'a', lat: 51.3618, lng: -0.1945 },
  { id: 'b', lat: 51.3620, lng: -0.1941 },
  { id: 'c', lat: 51.3800, lng: -0.2300 },
];

describe('job pins', () => {
  it('groups jobs that would overlap and keeps the rest apart', () => {
    const index = pinIndex(places);
    const pins = pinsInView(index, world, 13);
    expect(pins).toHaveLength(2);
    const group = pins.find((p) => p.kind === 'group');
    expect(group).toMatchObject({ kind: 'group', count: 2 });
    if (group?.kind !== 'group') throw new Error('expected a group');
    expect(jobsInGroup(index, group.clusterId).sort()).toEqual([0, 1]);
    expect(pins.find((p) => p.kind === 'job')).toMatchObject({ index: 2 });
  });

  it('shows every job on its own once zoomed in far enough', () => {
    const pins = pinsInView(pinIndex(places), world, 18);
    expect(pins.map((p) => (p.kind === 'job' ? p.index : -1)).sort()).toEqual([0, 1, 2]);
  });

  it('keeps two jobs at the same spot together at every zoom', () => {
    const index = pinIndex([places[0]!, { ...places[0]!, id: 'twin' }]);
    expect(pinsInView(index, world, 18)).toMatchObject([{ kind: 'group', count: 2 }]);
  });
});
