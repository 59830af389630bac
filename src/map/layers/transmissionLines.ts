// "Transmission lines": OpenStreetMap high-voltage lines (GridKit, ~2016) coloured and weighted by
// voltage class, substations and stations as small circles, and a hatched "no line data" mask over
// the states without a line file, so an empty area never reads as "no lines". The file (lines.json)
// is fetched the first time the layer is ticked.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, LineString } from 'geojson';
import { VOLTAGE_CLASSES, voltageClass, type TransmissionLines } from '../../data/transmissionLines';
import type { TooltipRow } from '../../state/layerTypes';
import { usePowerDataStore } from '../../state/powerDataStore';
import { ensureHatchPattern, HATCH_IMAGE } from '../hatchPattern';
import { changeGate, pointCollection, setLayersVisible, upsertGeoJson } from './pointLayer';
import type { MapLayerModule } from './types';

/** Dark red → crimson → blues: apart from the plant fuels' oranges and greens, heavier for higher voltage. */
export const VOLTAGE_STYLE: Record<string, { color: string; width: number }> = {
  kv500: { color: '#67001f', width: 2.4 },
  kv345: { color: '#ce1256', width: 1.9 },
  kv230: { color: '#2166ac', width: 1.4 },
  kvLow: { color: '#74add1', width: 0.9 },
  kvUnknown: { color: '#8c8c8c', width: 0.9 },
};

const LINES = 'tx-lines';
const STATIONS = 'tx-stations';
const NO_DATA = 'tx-no-data';
const NO_DATA_OUTLINE = 'tx-no-data-outline';

function lineCollection(lines: TransmissionLines): FeatureCollection<LineString> {
  const c = lines.coords;
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: lines.segmentCount }, (_, i) => ({
      type: 'Feature' as const,
      id: i,
      geometry: { type: 'LineString' as const, coordinates: [[c[4 * i], c[4 * i + 1]], [c[4 * i + 2], c[4 * i + 3]]] },
      properties: { i, cls: voltageClass(lines.maxKv[i]) },
    })),
  };
}

const classLabel = (maxKv: number) => VOLTAGE_CLASSES.find((c) => c.id === voltageClass(maxKv))?.label ?? '';

export const transmissionLinesLayer: MapLayerModule = (() => {
  const newLines = changeGate<TransmissionLines>();
  return {
    id: 'lines',
    title: 'Transmission lines',
    interactiveLayers: [STATIONS, LINES, NO_DATA],
    // Tickable at once: ticking it fetches the file.
    ready: () => true,
    sync(map: MapLibreMap, data, _options, beforeId) {
      if (!newLines(data.lines)) return;
      const lines = data.lines;
      ensureHatchPattern(map);
      const mask: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: lines.noData.geometry }] };
      const added = upsertGeoJson(map, NO_DATA, mask);
      upsertGeoJson(map, LINES, lineCollection(lines));
      upsertGeoJson(map, STATIONS, pointCollection(lines.stations, (s) => [s.lon, s.lat], () => ({})));
      if (!added) return;
      const before = map.getLayer(beforeId) ? beforeId : undefined;
      map.addLayer({ id: NO_DATA, type: 'fill', source: NO_DATA, layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.55 } }, before);
      map.addLayer({ id: NO_DATA_OUTLINE, type: 'line', source: NO_DATA, layout: { visibility: 'none' }, paint: { 'line-color': '#6b6b6b', 'line-width': 1, 'line-dasharray': [3, 2] } }, before);
      const color: unknown[] = ['match', ['get', 'cls']];
      const width: unknown[] = ['match', ['get', 'cls']];
      for (const [cls, st] of Object.entries(VOLTAGE_STYLE)) {
        color.push(cls, st.color);
        width.push(cls, st.width);
      }
      color.push(VOLTAGE_STYLE.kvUnknown.color);
      width.push(1);
      // Under the plants when they are drawn, so a plant on a line stays hoverable.
      const underPlants = map.getLayer('power-plants') ? 'power-plants' : undefined;
      map.addLayer({
        id: LINES,
        type: 'line',
        source: LINES,
        layout: { visibility: 'none', 'line-cap': 'round' },
        paint: {
          'line-color': color as never,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, ['*', 0.6, width], 7, width, 10, ['*', 2, width]] as never,
          'line-opacity': 0.9,
        },
      }, underPlants);
      map.addLayer({
        id: STATIONS,
        type: 'circle',
        source: STATIONS,
        minzoom: 5,
        layout: { visibility: 'none' },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.6, 10, 4] as never,
          'circle-color': '#ffffff',
          'circle-stroke-color': '#222222',
          'circle-stroke-width': 1,
        },
      }, underPlants);
    },
    setVisible(map, visible) {
      if (visible) usePowerDataStore.getState().load('lines');
      setLayersVisible(map, [NO_DATA, NO_DATA_OUTLINE, LINES, STATIONS], visible);
    },
    legend(data) {
      // No legend until the file has loaded: it states what was loaded.
      if (!data.lines) return null;
      const d = data.lines.dataset;
      const counts = new Map<string, number>();
      for (let i = 0; i < data.lines.segmentCount; i++) {
        const c = voltageClass(data.lines.maxKv[i]);
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      return {
        unit: 'kV (a line is classed by its highest voltage)',
        years: `OpenStreetMap ~${d.year}`,
        sources: [
          { name: `${d.attribution} (${d.licence})`, url: d.doi },
          { name: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
        ],
        items: [
          ...VOLTAGE_CLASSES.filter((c) => counts.has(c.id)).map((c) => ({ color: VOLTAGE_STYLE[c.id].color, label: `${c.label} (${(counts.get(c.id) ?? 0).toLocaleString('en-US')} segments)` })),
          { color: '#ffffff', label: `Substation or station (${data.lines.stations.length.toLocaleString('en-US')}, from zoom 5)`, shape: 'circle' as const },
          { color: '#8c8c8c', label: 'No line data (no file for the US West, Alaska, Hawaii): lines exist there but are not in this data', shape: 'hatch' as const },
        ],
        notes: [
          'Straight node-to-node segments, not the mapped route. OpenStreetMap was incomplete in 2016, and lines built since are missing: a line not drawn may still exist.',
        ],
      };
    },
    tooltip(feature, data) {
      const lines = data.lines;
      if (!lines) return null;
      const layer = feature.layer.id;
      if (layer === NO_DATA) return { title: 'No line data', rows: [{ label: 'Why', value: lines.noData.reason }] };
      const i = Number(feature.properties?.i);
      const source: TooltipRow = { label: 'Source', value: `© OpenStreetMap contributors, GridKit (${lines.dataset.licence})`, source: { name: lines.dataset.name, url: lines.dataset.doi }, quality: 'secondary', year: `~${lines.dataset.year}` };
      if (layer === STATIONS) {
        const s = lines.stations[i];
        if (!s) return null;
        return {
          title: s.name || (s.kind === 'substation' ? 'Substation' : 'Station'),
          subtitle: s.kind === 'substation' ? 'Substation' : 'Station',
          rows: [{ label: 'Voltage', value: s.voltages || 'not given' }, { label: 'Operator', value: s.operator || 'not given' }, source],
        };
      }
      if (!(i >= 0 && i < lines.segmentCount)) return null;
      const seg = lines.segment(i);
      return {
        title: seg.name || 'Transmission line',
        subtitle: seg.maxKv > 0 ? classLabel(seg.maxKv) : 'voltage not given',
        rows: [{ label: 'Voltage', value: seg.voltages || 'not given' }, { label: 'Operator', value: seg.operator || 'not given' }, source],
      };
    },
  };
})();
