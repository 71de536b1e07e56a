import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { ConsoleDataV1 } from '@kerbside/shared';
import type { MapItem } from './cluster-index';
import { clustersInView, loadClusters } from './cluster-source';
import { caseMarkerLabel, caseMarkerLook, clusterLabel, clusterMarkerLook } from './cluster-style';
import type { BoardFilters } from './console-cases';

interface ClusterLayerProps {
  data: ConsoleDataV1 | undefined;
  filters: BoardFilters;
  /** Minutes since 1970: SLA states are worked out to the minute. */
  minute: number;
  activeId: string | null;
  onSelect: (caseId: string) => void;
}

/** Tells the benchmark and browser tests the clustered map is drawn and can be used. */
function markMapReady() {
  if (document.body.dataset.mapReady === 'true') return;
  performance.mark('kerbside:map-ready');
  document.body.dataset.mapReady = 'true';
}

function markerFor(item: MapItem, active: boolean) {
  const title = item.kind === 'cluster' ? clusterLabel(item.counts) : caseMarkerLabel(item.point.reference, item.point.categoryName, item.point.state);
  const look = item.kind === 'cluster' ? clusterMarkerLook(item.counts) : caseMarkerLook(item.point.state, title);
  const icon = L.divIcon({ className: active ? `${look.className} marker--active` : look.className, html: look.html, iconSize: [look.size, look.size] });
  return L.marker([item.lat, item.lng], { icon, title, keyboard: true, autoPanOnFocus: false, riseOnHover: true });
}

/** Draws the clusters in view, again after every pan and zoom; markers are Leaflet's own, not React's. */
export function ClusterLayer({ data, filters, minute, activeId, onSelect }: ClusterLayerProps) {
  const map = useMap();
  const layer = useRef<L.LayerGroup | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    layer.current = group;
    return () => {
      group.remove();
      delete document.body.dataset.mapReady;
    };
  }, [map]);

  useEffect(() => {
    const group = layer.current;
    if (!group || !data) return;
    loadClusters(data, filters, minute);
    let latest = 0;
    let gone = false;
    const activate = (item: MapItem) => (item.kind === 'case' ? select.current(item.point.id) : map.setView([item.lat, item.lng], item.zoomTo));
    const draw = async () => {
      const asked = ++latest;
      const b = map.getBounds();
      const items = await clustersInView([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
      // A later pan or zoom has asked again; only its answer is drawn.
      if (gone || asked !== latest) return;
      // A redraw replaces every marker; keep keyboard focus on the one that had it.
      const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.markerKey : undefined;
      group.clearLayers();
      for (const item of items) {
        const marker = markerFor(item, item.kind === 'case' && item.point.id === activeId);
        marker.on('click', () => activate(item));
        // Leaflet gives markers role=button; Enter and Space should press it as they would a button.
        marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
          if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
            e.originalEvent.preventDefault();
            activate(item);
          }
        });
        marker.addTo(group);
        const element = marker.getElement();
        if (!element) continue;
        element.dataset.markerKey = item.key;
        if (item.key === focusedKey) element.focus({ preventScroll: true });
      }
      markMapReady();
    };
    void draw();
    map.on('moveend', draw);
    return () => {
      gone = true;
      map.off('moveend', draw);
    };
  }, [map, data, filters, minute, activeId]);

  return null;
}
