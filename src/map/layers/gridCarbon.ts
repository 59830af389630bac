// Grid carbon intensity: eGRID2023 subregion polygons in the US (the rate a US site's location-based
// Scope 2 uses), provincial and national figures in Canada and Mexico.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GridRegions } from '../../data/gridRegions';
import type { Fact } from '../../data/types';
import type { TooltipContent, TooltipRow } from '../../state/layerTypes';
import { classLabels, NO_DATA_COLOR, PALETTES, stepExpression } from '../colorScale';
import { changeGate, setLayersVisible, upsertGeoJson } from './pointLayer';
import { createRegionChoropleth, factRow, provenance } from './regionChoropleth';
import type { LayerData, MapLayerModule } from './types';

const fmt = (v: number) => v.toFixed(0);
const SCALE = { breaks: [50, 150, 250, 350, 450, 550], colors: PALETTES.ylOrBr };
const SOURCE = 'egrid-subregions';
const FILL = 'egrid-subregions-fill';
const LINE = 'egrid-subregions-line';
const TITLE = 'Grid carbon intensity';

/** Canada and Mexico keep their provincial / national figures, drawn on the region polygons. */
const regional = createRegionChoropleth({
  id: 'carbon',
  title: TITLE,
  unit: 'gCO2e/kWh',
  scale: SCALE,
  pick: (r) => (r.country === 'US' ? undefined : r.carbon),
  extraRows: (r) => (r.carbonAlt ? [factRow('Second opinion', r.carbonAlt, fmt)] : []),
  format: fmt,
  filter: ['!=', ['get', 'country'], 'US'],
});

function subregionCollection(gr: GridRegions) {
  return {
    type: 'FeatureCollection' as const,
    features: gr.features.subregions.features.map((f, i) => ({ ...f, properties: { code: f.properties.code, v: gr.subregions[i].carbon.value } })),
  };
}

function usTooltip(data: LayerData, lon: number, lat: number): TooltipContent | null {
  const region = data.query?.regionIndex.regionAt(lon, lat);
  if (!data.gridRegions || region?.country !== 'US') return null;
  const sub = data.gridRegions.subregionAt(lon, lat);
  const state = data.facts?.regions[region.code]?.carbon;
  const rows: TooltipRow[] = [];
  if (sub) rows.push(factRow(TITLE, sub.carbon, fmt));
  if (state) rows.push(factRow(sub ? `${region.name} state rate (second opinion)` : `${TITLE} (state rate: no subregion outline here)`, state, fmt));
  const alt = data.facts?.regions[region.code]?.carbonAlt;
  if (alt) rows.push(factRow('Second opinion', alt, fmt));
  if (rows.length === 0) rows.push({ label: TITLE, value: 'no data' });
  return { title: sub ? `${sub.name} (eGRID ${sub.code})` : region.name, subtitle: region.name, rows };
}

export const gridCarbonLayer: MapLayerModule = (() => {
  const newRegions = changeGate<GridRegions>();
  return {
    id: 'carbon',
    title: TITLE,
    interactiveLayers: regional.interactiveLayers,
    ready: (d) => d.facts !== null && d.gridRegions !== null,
    sync(map: MapLibreMap, data, options, beforeId) {
      regional.sync(map, data, options, beforeId);
      if (!newRegions(data.gridRegions)) return;
      if (upsertGeoJson(map, SOURCE, subregionCollection(data.gridRegions))) {
        map.addLayer({ id: FILL, type: 'fill', source: SOURCE, layout: { visibility: 'none' }, paint: { 'fill-color': stepExpression(['get', 'v'], SCALE) as never, 'fill-opacity': 0.85 } }, beforeId);
        map.addLayer({ id: LINE, type: 'line', source: SOURCE, layout: { visibility: 'none' }, paint: { 'line-color': '#5a3a1a', 'line-width': 0.8, 'line-opacity': 0.7 } }, beforeId);
      }
    },
    setVisible(map, visible) {
      regional.setVisible(map, visible);
      setLayersVisible(map, [FILL, LINE], visible);
    },
    legend(data, options) {
      const base = regional.legend(data, options);
      if (!base || !data.facts || !data.gridRegions) return base;
      const facts: Fact[] = [
        ...data.gridRegions.subregions.map((s) => s.carbon),
        ...Object.values(data.facts.regions).flatMap((r) => (r.country !== 'US' && r.carbon ? [r.carbon] : [])),
      ];
      const { years, sources } = provenance(facts);
      const labels = classLabels(SCALE, fmt);
      return {
        ...base,
        years,
        sources,
        items: [...SCALE.colors.map((color, i) => ({ color, label: labels[i] })), { color: NO_DATA_COLOR, label: 'no data', shape: 'hatch' as const }],
        notes: [
          'CO2e everywhere. US: eGRID2023 subregion output rate (outlines by EPA, approximate), the state rate in the tooltip as a second opinion; Canada: consumption intensity (2024); Mexico: one national factor.',
          ...(base.notes ?? []),
        ],
      };
    },
    tooltip: (feature, data, options) => regional.tooltip(feature, data, options),
    tooltipAt: (lon, lat, data) => usTooltip(data, lon, lat),
  };
})();
