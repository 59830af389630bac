// "Flared gas": EIA shale plays coloured by the gas flared there (VIIRS satellite estimates, Flaring
// Monitor), the stranded-gas signal behind-the-meter miners look for. Plays the monitor does not
// cover are hatched "no data", never shown as zero. The geometry goes to the GPU only when the
// layer is first ticked.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GridRegions } from '../../data/gridRegions';
import type { Fact } from '../../data/types';
import { classLabels, PALETTES, stepExpression } from '../colorScale';
import { ensureHatchPattern, HATCH_IMAGE } from '../hatchPattern';
import { setLayersVisible, upsertGeoJson } from './pointLayer';
import { factRow, provenance } from './regionChoropleth';
import type { MapLayerModule } from './types';

const SCALE = { breaks: [100, 1000, 5000, 20000, 50000], colors: PALETTES.ylOrRd.slice(1) };
const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });
const SOURCE = 'shale-plays';
const FILL = 'shale-plays-fill';
const HATCH = 'shale-plays-nodata';
const LINE = 'shale-plays-line';

function playCollection(gr: GridRegions) {
  return {
    type: 'FeatureCollection' as const,
    features: gr.features.plays.features.map((f, i) => {
      const v = gr.plays[i].flared?.value;
      return { ...f, properties: { i, ...(v === undefined ? {} : { v }) } };
    }),
  };
}

export const flaredGasLayer: MapLayerModule = (() => {
  let regions: GridRegions | null = null;
  let drawn: GridRegions | null = null;
  let before: string | undefined;
  const draw = (map: MapLibreMap) => {
    if (!regions || drawn === regions) return;
    drawn = regions;
    ensureHatchPattern(map);
    if (!upsertGeoJson(map, SOURCE, playCollection(regions))) return;
    const hasValue = ['has', 'v'] as never;
    map.addLayer({ id: HATCH, type: 'fill', source: SOURCE, filter: ['!', hasValue] as never, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.8 } }, before);
    map.addLayer({ id: FILL, type: 'fill', source: SOURCE, filter: hasValue, paint: { 'fill-color': stepExpression(['get', 'v'], SCALE) as never, 'fill-opacity': 0.8 } }, before);
    map.addLayer({ id: LINE, type: 'line', source: SOURCE, paint: { 'line-color': '#7a2e00', 'line-width': 0.7 } }, before);
  };
  return {
    id: 'flaredGas',
    title: 'Flared gas',
    interactiveLayers: [FILL, HATCH],
    ready: (d) => d.gridRegions !== null,
    // Remembers the data only: the plays are uploaded on the first tick (setVisible).
    sync(map, data, _options, beforeId) {
      regions = data.gridRegions;
      before = beforeId;
      if (drawn) draw(map);
    },
    setVisible(map, visible) {
      if (visible) draw(map);
      setLayersVisible(map, [FILL, HATCH, LINE], visible);
    },
    legend(data) {
      if (!data.gridRegions) return null;
      const facts = data.gridRegions.plays.flatMap((p): Fact[] => (p.flared ? [p.flared] : []));
      const { years, sources } = provenance(facts);
      const labels = classLabels(SCALE, fmt);
      return {
        unit: `million cubic feet of gas flared per year (${years})`,
        years,
        sources: [...sources, { name: 'EIA shale plays of the lower 48 states', url: 'https://github.com/flaringmonitor/viirs-flare-data/blob/a89e9932/raw/lower_48_basins.csv.gz' }],
        method: `${SCALE.colors.length} classes; breaks at ${SCALE.breaks.map(fmt).join(', ')} million ft³/yr; VIIRS Nightfire satellite estimates (Flaring Monitor), the twelve months of ${years} summed`,
        items: [...SCALE.colors.map((color, i) => ({ color, label: labels[i] })), { color: '#d4d4d4', label: 'shale play without a flaring figure (no data)', shape: 'hatch' as const }],
        notes: [
          'The monitor counts flares in Texas, New Mexico, North Dakota and Colorado only: the Niobrara figure is Colorado\'s, Bakken and Three Forks North Dakota\'s (they overlap and count the same flares), Haynesville Texas\'s.',
          `${facts.length} of ${data.gridRegions.plays.length} plays have a figure; no figure is not zero flaring.`,
        ],
      };
    },
    tooltip(feature, data) {
      const play = data.gridRegions?.plays[Number(feature.properties?.i)];
      if (!play) return null;
      const covered = play.coveredRegions.map((c) => c.replace('US-', '')).join(', ');
      return {
        title: `${play.play} play`,
        subtitle: `${play.basin} basin`,
        rows: play.flared
          ? [factRow('Flared gas', play.flared, fmt), { label: 'Counted in', value: covered }]
          : [{ label: 'Flared gas', value: 'no data', note: 'The Flaring Monitor does not cover this play.' }],
      };
    },
  };
})();
