import { useMemo, useState } from 'react';
import { areasOf, filterCases, noFilters, slaCounts, type BoardFilters, type ConsoleCase } from './console-cases';

/** The board's filters, ticked cases and the case open in the panel, over the console's list. */
export function useBoardState(cases: readonly ConsoleCase[], now: Date) {
  const [filters, setFilters] = useState<BoardFilters>(noFilters);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);

  const filtered = useMemo(() => filterCases(cases, filters, now), [cases, filters, now]);
  const counts = useMemo(() => slaCounts(cases, now), [cases, now]);
  const areas = useMemo(() => areasOf(cases), [cases]);
  const byId = useMemo(() => new Map(cases.map((c) => [c.id, c])), [cases]);
  // A ticked case that left the list (a crew closed it) is no longer offered.
  const selected = useMemo(() => [...ticked].flatMap((id) => byId.get(id) ?? []), [ticked, byId]);

  const toggle = (id: string) =>
    setTicked((now) => {
      const next = new Set(now);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleMany = (ids: string[], select: boolean) =>
    setTicked((now) => {
      const next = new Set(now);
      for (const id of ids) {
        if (select) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return {
    filters,
    setFilters,
    filtered,
    counts,
    areas,
    byId,
    ticked,
    selected,
    toggle,
    toggleMany,
    clearTicked: () => setTicked(new Set()),
    activeId,
    setActiveId,
  };
}
