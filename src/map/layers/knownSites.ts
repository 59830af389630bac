import { readableStatus } from '../../data/readableUnit';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ConnectivityBundle, KnownSite } from '../../data/types';
import { changeGate, matchColor, pointCollection, setLayersVisible, upsertGeoJson } from './pointLayer';
import type { MapLayerModule } from './types';
import type { TooltipRow } from '../../state/layerTypes';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const SITE_KIND_STYLE: Record<string, { color: string; label: string }> = {
  mining: { color: '#E69F00', label: 'Bitcoin mining' },
  ai: { color: '#0072B2', label: 'AI / HPC' },
  hybrid: { color: '#CC79A7', label: 'Hybrid (mining + AI/HPC)' },
};
const OTHER = { color: '#999999', label: 'Other' };
const LAYER = 'known-sites';

const siteRows = (s: KnownSite): TooltipRow[] => [
  { label: 'Operator', value: s.operator },
  { label: 'Kind', value: (SITE_KIND_STYLE[s.kind] ?? OTHER).label },
  { label: 'Status', value: readableStatus(s.status), year: s.year },
  { label: 'Capacity', value: s.capacityMw !== null ? `${s.capacityMw.toLocaleString('en-US')} MW` : 'no data', note: s.capacityBasis || undefined },
  { label: 'Position', value: `${s.locationPrecision}-level (plotted at the place centroid, not the facility)` },
  { label: 'Source', value: s.source, source: { name: s.source, url: s.sourceUrl }, quality: s.quality, year: s.year },
];

export const knownSitesLayer: MapLayerModule = (() => {
  const newBundle = changeGate<ConnectivityBundle>();
  return {
    id: 'knownSites',
    title: 'Known sites',
    interactiveLayers: [LAYER],
    ready: (d) => d.connectivity !== null,
    sync(map: MapLibreMap, data) {
      if (!newBundle(data.connectivity)) return;
      const fc = pointCollection(data.connectivity.knownSites, (s) => [s.lon, s.lat], (s) => ({ kind: s.kind, mw: s.capacityMw ?? 0 }));
      if (upsertGeoJson(map, LAYER, fc)) {
        const color = matchColor('kind', Object.fromEntries(Object.entries(SITE_KIND_STYLE).map(([kind, st]) => [kind, st.color])), OTHER.color);
        map.addLayer({
          id: LAYER,
          type: 'circle',
          source: LAYER,
          layout: { visibility: 'none' },
          paint: {
            // Area grows with capacity: radius ∝ √MW, clamped so small sites stay visible.
            'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'mw']], 0, 4, 10, 6, 35, 13],
            'circle-color': color as never,
            'circle-opacity': 0.85,
            'circle-stroke-color': '#fff',
            'circle-stroke-width': 1.2,
          },
        });
      }
    },
    setVisible: (map, v) => setLayersVisible(map, [LAYER], v),
    legend(data) {
      if (!data.connectivity) return null;
      const sites = data.connectivity.knownSites;
      const years = [...new Set(sites.map((s) => s.year).filter((y) => y !== null))].sort();
      return {
        unit: 'MW (circle area; basis varies)',
        years: years.length ? `${years[0]}–${years[years.length - 1]}` : 'undated',
        sources: [{ name: 'Operator releases and trade press (one per site, in tooltips)', url: sites[0]?.sourceUrl ?? '' }],
        items: [...Object.values(SITE_KIND_STYLE), OTHER].map((s) => ({ ...s, shape: 'circle' as const })),
        notes: [
          `${sites.length} reported sites. Positions are city or county level, not facility coordinates.`,
          'Capacity bases differ (grid, critical IT, contracted, energized MW): read each tooltip.',
        ],
      };
    },
    tooltip(feature, data) {
      const s = data.connectivity?.knownSites[Number(feature.properties?.i)];
      return s ? { title: s.name, subtitle: s.regionCode ?? undefined, rows: siteRows(s) } : null;
    },
  };
})();
