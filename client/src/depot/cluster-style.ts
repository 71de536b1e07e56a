// How SLA states look on the map. Colour is never the only cue (WCAG 1.4.1): each state has its
// own shape and mark, and every marker carries its meaning in words for screen readers.
import type { SlaState } from '@kerbside/shared';
import type { SlaCounts } from './console-cases';

export const slaStateLabels: Record<SlaState, string> = {
  overdue: 'Overdue',
  due_soon: 'Due soon',
  on_time: 'On time',
};

/** The mark drawn inside a marker: overdue a square with "!!", due soon a diamond with "!", on time a plain circle. */
export const slaStateGlyphs: Record<SlaState, string> = {
  overdue: '!!',
  due_soon: '!',
  on_time: '',
};

const worstFirst: SlaState[] = ['overdue', 'due_soon', 'on_time'];

export function worstState(counts: SlaCounts): SlaState {
  return worstFirst.find((s) => counts[s] > 0) ?? 'on_time';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function clusterLabel(counts: SlaCounts): string {
  const total = counts.overdue + counts.due_soon + counts.on_time;
  const parts = worstFirst.filter((s) => counts[s] > 0).map((s) => `${counts[s].toLocaleString('en-GB')} ${slaStateLabels[s].toLowerCase()}`);
  return `${plural(total, 'case')}: ${parts.join(', ')}. Zoom in`;
}

export function caseMarkerLabel(reference: string, categoryName: string, state: SlaState): string {
  return `${reference}, ${categoryName}, ${slaStateLabels[state].toLowerCase()}`;
}

/** Markers are HTML strings for Leaflet's divIcon, so everything put in them is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface MarkerLook {
  className: string;
  html: string;
  size: number;
}

export function caseMarkerLook(state: SlaState, label: string): MarkerLook {
  return {
    className: `case-marker case-marker--${state}`,
    html: `<span class="case-marker__mark" aria-hidden="true">${slaStateGlyphs[state]}</span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    size: 26,
  };
}

export function clusterMarkerLook(counts: SlaCounts): MarkerLook {
  const total = counts.overdue + counts.due_soon + counts.on_time;
  const worst = worstState(counts);
  const text = total >= 10_000 ? `${Math.floor(total / 1000)}k` : total.toLocaleString('en-GB');
  // Bigger clusters draw bigger, so the eye finds the backlog.
  const size = total < 10 ? 34 : total < 100 ? 40 : total < 1000 ? 48 : 56;
  const flag = worst === 'on_time' ? '' : `<span class="cluster-marker__flag" aria-hidden="true">${slaStateGlyphs[worst]}</span>`;
  return {
    className: `cluster-marker cluster-marker--${worst}`,
    html: `<span class="cluster-marker__count" aria-hidden="true">${text}</span>${flag}<span class="visually-hidden">${escapeHtml(clusterLabel(counts))}</span>`,
    size,
  };
}
