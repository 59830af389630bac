// "Utility territories": retail service territories coloured by the utility's industrial rate
// (EIA-861, bundled service, minimum industrial sales), on the retail-price layer's classes so the
// two compare. Smaller territories are drawn on top; the files load on the first tick.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { UtilityIndex } from '../../data/utilityAt';
import { rateNoDataReason } from '../../data/utilityAt';
import type { TooltipContent, TooltipRow } from '../../state/layerTypes';
import { useAreaStore } from '../../state/areaStore';
import { classLabels, NO_DATA_COLOR, PALETTES, stepExpression, type ClassedScale } from '../colorScale';
import { ensureHatchPattern, HATCH_IMAGE } from '../hatchPattern';
import { setLayersVisible } from './pointLayer';
import type { LayerData, MapLayerModule } from './types';

const SOURCE = 'utility-territories';
const FILL = 'utility-territories-fill';
const HATCH = 'utility-territories-nodata';
const LINE = 'utility-territories-line';
const SCALE: ClassedScale = { breaks: [50, 65, 80, 100, 130, 170], colors: PALETTES.ylOrRd };
const fmt = (v: number) => v.toFixed(1);

const utilitiesOf = (d: LayerData) => d.areas?.utilities ?? null;

let drawn: UtilityIndex | null = null;

function ensureSource(map: MapLibreMap, index: UtilityIndex): void {
  const src = map.getSource(SOURCE) as { setData?: (d: unknown) => void } | undefined;
  if (src && drawn === index) return;
  drawn = index;
  const data = {
    type: 'FeatureCollection' as const,
    features: index.features.features.map((f) => {
      const rate = index.file.utilities[f.properties.e]?.rateUsdPerMwh;
      return { ...f, properties: { e: f.properties.e, ...(rate != null ? { rate } : {}) } };
    }),
  };
  if (src?.setData) src.setData(data);
  else map.addSource(SOURCE, { type: 'geojson', data, tolerance: 0.3 });
}

export const utilityTerritoriesLayer: MapLayerModule = {
  id: 'utilities',
  title: 'Utility territories',
  interactiveLayers: [FILL, HATCH],
  ready: () => true,
  sync(map, data, _o, beforeId) {
    const index = utilitiesOf(data);
    if (!index) return;
    ensureSource(map, index);
    if (map.getLayer(FILL)) return;
    ensureHatchPattern(map);
    const has = ['has', 'rate'] as never;
    map.addLayer({ id: HATCH, type: 'fill', source: SOURCE, layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', has, 0, 0.6] } }, beforeId);
    map.addLayer(
      { id: FILL, type: 'fill', source: SOURCE, layout: { visibility: 'none' }, paint: { 'fill-color': ['case', has, stepExpression(['get', 'rate'], SCALE), NO_DATA_COLOR] as never, 'fill-opacity': ['case', has, 0.7, 0] } },
      beforeId,
    );
    map.addLayer({ id: LINE, type: 'line', source: SOURCE, layout: { visibility: 'none' }, paint: { 'line-color': '#555', 'line-width': 0.5, 'line-opacity': 0.6 } }, beforeId);
  },
  setVisible(map, visible) {
    if (visible) useAreaStore.getState().ensure('utilities');
    setLayersVisible(map, [HATCH, FILL, LINE], visible);
  },
  legend(data) {
    const index = utilitiesOf(data);
    if (!index) return { unit: 'loading…', years: 'loading…', sources: [], items: [], notes: ['Loading the utility territories…'] };
    const f = index.file;
    const labels = classLabels(SCALE, fmt);
    return {
      unit: f.rate.unit,
      years: `rates ${f.rate.year}; territories captured ${f.territories.year}`,
      sources: [
        { name: f.territories.source, url: f.territories.sourceUrl },
        { name: f.rate.source, url: f.rate.sourceUrl },
      ],
      method: `Industrial revenue ÷ industrial sales of the utility, bundled service only, at least ${f.minIndustrialSalesMwh.toLocaleString('en-US')} MWh of industrial sales a year; same classes as the retail price layer`,
      items: [...SCALE.colors.map((color, i) => ({ color, label: labels[i] })), { color: NO_DATA_COLOR, label: 'no rate (state average applies)', shape: 'hatch' as const }],
      notes: [
        `Below ${f.minIndustrialSalesMwh.toLocaleString('en-US')} MWh a utility's industrial average rests on a few small customers and is not shown as a rate.`,
        'Territories are approximate and overlap (co-ops and city systems inside larger utilities); smaller ones are drawn on top.',
        'Territories: HIFLD via CommonGrid, © Texture, Inc. and CommonGrid contributors, ODbL 1.0.',
      ],
    };
  },
  tooltip(feature, data): TooltipContent | null {
    const index = utilitiesOf(data);
    const id = String(feature.properties?.e ?? '');
    const u = index?.file.utilities[id];
    if (!index || !u) return null;
    const f = index.file;
    const rows: TooltipRow[] = [
      u.rateUsdPerMwh !== null
        ? { label: 'Industrial rate', value: `${fmt(u.rateUsdPerMwh)} ${f.rate.unit}`, year: f.rate.year, source: { name: f.rate.source, url: f.rate.sourceUrl }, quality: f.rate.quality }
        : { label: 'Industrial rate', value: 'no rate', note: rateNoDataReason(u, f) },
    ];
    if (u.rate2020UsdPerMwh !== null) rows.push({ label: 'Industrial rate (bundled)', value: `${fmt(u.rate2020UsdPerMwh)} ${f.rate2020.unit}`, year: f.rate2020.year, source: { name: f.rate2020.source, url: f.rate2020.sourceUrl }, quality: f.rate2020.quality });
    return { title: u.name, subtitle: `EIA utility ${id}${u.ownership ? ` · ${u.ownership}` : ''} · ${u.state}`, rows };
  },
};
