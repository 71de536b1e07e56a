import { describe, expect, it } from 'vitest';
import { caseMarkerLabel, caseMarkerLook, clusterLabel, clusterMarkerLook, escapeHtml, worstState } from './cluster-style';

describe('cluster colouring', () => {
  it('colours a cluster by the worst SLA state in it', () => {
    expect(worstState({ overdue: 1, due_soon: 5, on_time: 20 })).toBe('overdue');
    expect(worstState({ overdue: 0, due_soon: 5, on_time: 20 })).toBe('due_soon');
    expect(worstState({ overdue: 0, due_soon: 0, on_time: 20 })).toBe('on_time');
  });

  it('marks the state by shape and text as well as colour', () => {
    const late = clusterMarkerLook({ overdue: 3, due_soon: 0, on_time: 9 });
    expect(late.className).toBe('cluster-marker cluster-marker--overdue');
    expect(late.html).toContain('>12<');
    expect(late.html).toContain('cluster-marker__flag');
    expect(clusterMarkerLook({ overdue: 0, due_soon: 0, on_time: 9 }).html).not.toContain('cluster-marker__flag');
    expect(caseMarkerLook('due_soon', 'x').className).toBe('case-marker case-marker--due_soon');
  });

  it('grows with the cluster and shortens big counts', () => {
    expect(clusterMarkerLook({ overdue: 0, due_soon: 0, on_time: 5 }).size).toBeLessThan(clusterMarkerLook({ overdue: 0, due_soon: 0, on_time: 5000 }).size);
    expect(clusterMarkerLook({ overdue: 0, due_soon: 0, on_time: 12_345 }).html).toContain('>12k<');
  });

  it('says what a marker holds in words', () => {
    expect(clusterLabel({ overdue: 3, due_soon: 0, on_time: 1200 })).toBe('1,203 cases: 3 overdue, 1,200 on time. Zoom in');
    expect(clusterLabel({ overdue: 1, due_soon: 0, on_time: 0 })).toBe('1 case: 1 overdue. Zoom in');
    expect(caseMarkerLabel('KS-2026-000001', 'Pothole', 'due_soon')).toBe('KS-2026-000001, Pothole, due soon');
  });

  it('escapes what goes into marker HTML', () => {
    expect(escapeHtml(`<b>"O'Brien" & co</b>`)).toBe('&#60;b&#62;&#34;O&#39;Brien&#34; &#38; co&#60;/b&#62;');
    expect(caseMarkerLook('overdue', '<script>').html).not.toContain('<script>');
  });
});
