// "Connectivity": data-center markets and internet exchanges as points, over an estimated
// round-trip latency surface to the nearest of them (precomputed in scripts/build-data).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ConnectivityBundle } from '../../data/types';
import { SURFACE_VARIABLE, sampleAt, type Surface } from '../../data/surface';
import { classLabels, PALETTES } from '../colorScale';
import { paintClasses, showRasterImage } from '../surfaceRaster';
import { changeGate, pointCollection, setLayersVisible, upsertGeoJson } from './pointLayer';
import type { MapLayerModule } from './types';


const yearList = (items: readonly { year: number | null }[]) =>
  [...new Set(items.map((x) => x.year).filter((y): y is number => y !== null))].sort().join(', ') || 'undated';
const SCALE = { breaks: [2, 5, 10, 15, 20, 30, 45], colors: PALETTES.viridis };
const MARKETS = 'dc-markets';
const IXPS = 'ixps';
const RASTER = 'latency-surface';

export const connectivityLayer: MapLayerModule = (() => {
  const newBundle = changeGate<ConnectivityBundle>();
  const newSurface = changeGate<Surface>();
  return {
    id: 'connectivity',
    title: 'Connectivity',
    interactiveLayers: [MARKETS, IXPS],
    ready: (d) => d.connectivity !== null,
    sync(map: MapLibreMap, data, _o, beforeId) {
      const latency = data.surface?.values[SURFACE_VARIABLE.latencyMs];
      if (latency && newSurface(data.surface)) {
        const g = data.surface.meta.grid;
        const rgba = new Uint8ClampedArray(g.cols * g.rows * 4);
        paintClasses(latency, SCALE, rgba, 150);
        showRasterImage(map, RASTER, g, rgba, beforeId, 0.75);
      }
      if (!newBundle(data.connectivity)) return;
      const markets = pointCollection(data.connectivity.markets, (m) => [m.lon, m.lat], (m) => ({ mw: m.inventoryMw ?? 0 }));
      const ixps = pointCollection(data.connectivity.ixps, (x) => [x.lon, x.lat], () => ({}));
      if (upsertGeoJson(map, IXPS, ixps)) {
        map.addLayer({ id: IXPS, type: 'circle', source: IXPS, layout: { visibility: 'none' }, paint: { 'circle-radius': 3.5, 'circle-color': '#ffffff', 'circle-stroke-color': '#222', 'circle-stroke-width': 1.5 } });
      }
      if (upsertGeoJson(map, MARKETS, markets)) {
        map.addLayer({
          id: MARKETS,
          type: 'circle',
          source: MARKETS,
          layout: { visibility: 'none' },
          paint: {
            'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'mw']], 0, 5, 20, 9, 55, 18],
            'circle-color': '#009E73',
            'circle-opacity': 0.8,
            'circle-stroke-color': '#fff',
            'circle-stroke-width': 1.5,
          },
        });
      }
    },
    setVisible: (map, v) => setLayersVisible(map, [RASTER, IXPS, MARKETS], v),
    legend(data) {
      if (!data.connectivity) return null;
      const m = data.connectivity.latencyModel;
      const labels = classLabels(SCALE);
      return {
        unit: 'ms (estimated round trip to the nearest market or exchange)',
        years: `markets ${yearList(data.connectivity.markets)}; exchanges ${yearList(data.connectivity.ixps)}`,
        sources: [
          { name: 'CBRE / Cushman & Wakefield data-center market reports', url: data.connectivity.markets[0]?.sourceUrl ?? '' },
          { name: 'PeeringDB (2021 dump)', url: 'https://www.peeringdb.com/' },
          { name: m.source, url: m.sourceUrl },
        ],
        method: `round trip = 2 × distance × ${m.routeFactor} (route factor) ÷ ${m.fibreKmPerMs} km/ms (light in fibre); ${SCALE.colors.length} classes`,
        items: [
          ...SCALE.colors.map((color, i) => ({ color, label: `${labels[i]} ms` })),
          { color: '#009E73', label: 'Data-center market (area ∝ MW inventory)', shape: 'circle' as const },
          { color: '#ffffff', label: 'Internet exchange point', shape: 'circle' as const },
        ],
        notes: ['Distance-based estimate, not a measured ping: real routes and peering vary.', 'Market inventories use two definitions (CBRE colocation vs C&W incl. hyperscale).'],
      };
    },
    tooltipAt(lon, lat, data) {
      if (!data.surface?.values[SURFACE_VARIABLE.latencyMs]) return null;
      const ms = sampleAt(data.surface, SURFACE_VARIABLE.latencyMs, lon, lat);
      if (Number.isNaN(ms)) return null;
      return { title: 'Estimated latency', subtitle: 'to the nearest market or exchange', rows: [{ label: 'Round trip', value: `${ms.toFixed(1)} ms`, note: 'Distance-based estimate for this cell, not a measured ping.' }] };
    },
    tooltip(feature, data) {
      const i = Number(feature.properties?.i);
      if (feature.layer.id === MARKETS) {
        const m = data.connectivity?.markets[i];
        if (!m) return null;
        return {
          title: m.name,
          subtitle: 'Data-center market',
          rows: [
            { label: 'Inventory', value: m.inventoryMw !== null ? `${m.inventoryMw.toLocaleString('en-US')} MW` : 'no data', year: m.year, source: { name: m.source, url: m.sourceUrl }, quality: m.quality },
            { label: 'Under construction', value: m.underConstructionMw !== null ? `${m.underConstructionMw.toLocaleString('en-US')} MW` : 'no data' },
            { label: 'Vacancy', value: m.vacancyPct !== null ? `${m.vacancyPct} %` : 'no data' },
          ],
        };
      }
      const x = data.connectivity?.ixps[i];
      if (!x) return null;
      return { title: x.name, subtitle: `Internet exchange · ${x.city}`, rows: [{ label: 'Source', value: 'PeeringDB', year: x.year, source: { name: x.source, url: x.sourceUrl }, quality: x.quality, note: x.note }] };
    },
  };
})();
