import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FactsBundle } from '../../data/types';
import type { GridRegions } from '../../data/gridRegions';
import { classLabels, PALETTES, stepExpression } from '../colorScale';
import { factRow, provenance } from './regionChoropleth';
import { changeGate, pointCollection, setLayersVisible, upsertGeoJson } from './pointLayer';
import type { MapLayerModule } from './types';

const SCALE = { breaks: [25, 30, 35, 40, 50, 60], colors: PALETTES.ylOrRd };
const fmt = (v: number) => v.toFixed(2);
const LAYER = 'wholesale-hubs';
const FOOTPRINTS = 'iso-footprints';
const FOOTPRINT_LINE = 'iso-footprints-line';

/** Where a hub's price applies, in words (data/hub-footprints.csv). */
function appliesIn(gr: GridRegions | null, hubId: string): string {
  const fp = gr?.hubFootprint(hubId);
  if (!fp) return 'no data';
  if (fp.type === 'none') return 'nowhere: a bilateral trading hub, not an organised market';
  if (fp.type === 'iso') return `the ${fp.footprint} footprint (outlined)`;
  return fp.type === 'region' ? 'the whole province' : 'the whole country';
}

export const wholesaleHubsLayer: MapLayerModule = (() => {
  const newFacts = changeGate<FactsBundle>();
  const newRegions = changeGate<GridRegions>();
  return {
    id: 'wholesale',
    title: 'Wholesale hub prices',
    interactiveLayers: [LAYER],
    ready: (d) => d.facts !== null,
    sync(map: MapLibreMap, data, _options, beforeId) {
      if (newRegions(data.gridRegions) && upsertGeoJson(map, FOOTPRINTS, data.gridRegions.features.isos)) {
        map.addLayer({ id: FOOTPRINT_LINE, type: 'line', source: FOOTPRINTS, layout: { visibility: 'none' }, paint: { 'line-color': '#5b2a86', 'line-width': 1.2, 'line-dasharray': [3, 2] } }, beforeId);
      }
      if (!newFacts(data.facts)) return;
      const fc = pointCollection(data.facts.hubs, (h) => [h.lon, h.lat], (h) => ({ price: h.price.value, name: h.name }));
      if (upsertGeoJson(map, LAYER, fc)) {
        map.addLayer({
          id: LAYER,
          type: 'circle',
          source: LAYER,
          layout: { visibility: 'none' },
          paint: {
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 6, 8, 11],
            'circle-color': stepExpression(['get', 'price'], SCALE) as never,
            'circle-stroke-color': '#222',
            'circle-stroke-width': 1.5,
          },
        });
      }
    },
    setVisible: (map, v) => setLayersVisible(map, [LAYER, FOOTPRINT_LINE], v),
    legend(data) {
      if (!data.facts) return null;
      const { years, sources, lowCount } = provenance(data.facts.hubs.map((h) => h.price));
      const labels = classLabels(SCALE, (v) => String(v));
      return {
        unit: 'USD/MWh (annual average)',
        years,
        sources,
        method: `${SCALE.colors.length} classes; breaks at ${SCALE.breaks.join(', ')} USD/MWh`,
        items: SCALE.colors.map((color, i) => ({ color, label: labels[i], shape: 'circle' as const })),
        notes: [
          'Points are display locations for virtual hubs or whole markets; price types differ (day-ahead, real-time, pool price) — see each tooltip.',
          'A hub applies only inside its market: the US ISO/RTO footprints (dashed, CommonGrid, ODbL), Alberta, Ontario and Mexico as a whole. Mid-C and Palo Verde are bilateral hubs and apply nowhere; non-ISO territory gets no hub.',
          ...(lowCount ? [`${lowCount} low-quality figures (⚠).`] : []),
        ],
      };
    },
    tooltip(feature, data) {
      const hub = data.facts?.hubs[Number(feature.properties?.i)];
      if (!hub) return null;
      return {
        title: hub.name,
        subtitle: hub.market,
        rows: [
          factRow('Annual average', hub.price, fmt),
          { label: 'Price type', value: hub.priceType },
          { label: 'Applies in', value: appliesIn(data.gridRegions, hub.id) },
          { label: 'Location', value: hub.locationNote },
        ],
      };
    },
  };
})();

