// "Climate": a surface interpolated at build time from station normals (one variable at a time),
// with the stations themselves drawn as points carrying their own values.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ClimateStationPoint } from '../../data/climatePoints';
import { MAX_ELEVATION_DIFF_M } from '../../data/climateField';
import { SURFACE_VARIABLE, regionCodeAt, sampleAt, shortPeriod } from '../../data/surface';
import { classLabels, PALETTES, type ClassedScale } from '../colorScale';
import { paintClasses, showRasterImage } from '../surfaceRaster';
import { changeGate, pointCollection, setLayersVisible, upsertGeoJson } from './pointLayer';
import type { LayerData, MapLayerModule } from './types';
import type { TooltipRow } from '../../state/layerTypes';

export interface ClimateVariable {
  id: string;
  label: string;
  unit: string;
  scale: ClassedScale;
  /** The station field with the same quantity. */
  stationValue(s: ClimateStationPoint): number | null;
}

export const CLIMATE_VARIABLES: ClimateVariable[] = [
  {
    id: SURFACE_VARIABLE.annualMeanC,
    label: 'Annual mean temperature',
    unit: '°C',
    // Diverging around 0 °C: below freezing vs above has a physical meaning (free cooling, snow).
    scale: { breaks: [-15, -8, -3, 0, 5, 10, 18], colors: PALETTES.rdBu },
    stationValue: (s) => s.annualMeanC,
  },
  {
    id: SURFACE_VARIABLE.summerMaxC,
    label: 'Summer mean maximum (Jun–Aug)',
    unit: '°C',
    scale: { breaks: [15, 20, 24, 27, 30, 33], colors: PALETTES.ylOrRd },
    stationValue: (s) => s.summerMaxC,
  },
  {
    id: SURFACE_VARIABLE.cdd,
    label: 'Cooling degree days',
    unit: '°C·days (base 18.3 °C / 18 °C)',
    scale: { breaks: [50, 250, 500, 1000, 1500, 2500, 3500], colors: [...PALETTES.viridis].reverse() },
    stationValue: (s) => s.cdd,
  },
];

export const climateVariable = (id: string): ClimateVariable => CLIMATE_VARIABLES.find((v) => v.id === id) ?? CLIMATE_VARIABLES[0];

const RASTER = 'climate-surface';
const STATIONS = 'climate-stations';

export interface ClimateLayerData extends LayerData {
  stations?: ClimateStationPoint[] | null;
}

export function createClimateLayer(getStations: () => ClimateStationPoint[] | null): MapLayerModule {
  let painted = '';
  const newStations = changeGate<ClimateStationPoint[]>();
  return {
    id: 'climate',
    title: 'Climate',
    interactiveLayers: [STATIONS],
    ready: (d) => d.surface !== null,
    sync(map: MapLibreMap, data, options, beforeId) {
      const variable = climateVariable(options.climateVariable);
      const values = data.surface?.values[variable.id];
      const key = `${variable.id}`;
      if (data.surface && values && painted !== key) {
        painted = key;
        const g = data.surface.meta.grid;
        const rgba = new Uint8ClampedArray(g.cols * g.rows * 4);
        paintClasses(values, variable.scale, rgba);
        showRasterImage(map, RASTER, g, rgba, beforeId);
      }
      const stations = getStations();
      if (newStations(stations)) {
        const fc = pointCollection(stations, (s) => [s.lon, s.lat], () => ({}));
        if (upsertGeoJson(map, STATIONS, fc)) {
          map.addLayer({
            id: STATIONS,
            type: 'circle',
            source: STATIONS,
            minzoom: 3,
            layout: { visibility: 'none' },
            paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 4], 'circle-color': '#333', 'circle-opacity': 0.6 },
          });
        }
      }
    },
    setVisible: (map, v) => setLayersVisible(map, [RASTER, STATIONS], v),
    legend(data, options) {
      if (!data.surface) return null;
      const variable = climateVariable(options.climateVariable);
      const meta = data.surface.meta.variables.find((v) => v.id === variable.id);
      const labels = classLabels(variable.scale);
      return {
        unit: variable.unit,
        years: meta ? shortPeriod(meta.period) : '',
        sources: meta ? [{ name: meta.source, url: 'https://www.ncei.noaa.gov/products/land-based-station/us-climate-normals' }] : [],
        method: meta?.method,
        items: [...variable.scale.colors.map((color, i) => ({ color, label: labels[i] })), { color: '#333', label: 'Station (zoom in; its own value on hover)', shape: 'circle' as const }],
        notes: [`Interpolated between stations on the site's side of the US–Mexico border and within ${MAX_ELEVATION_DIFF_M} m of the nearest station's elevation; no elevation correction. Mexico has no degree days. Blank = no data.`],
      };
    },
    tooltipAt(lon, lat, data, options) {
      if (!data.surface || regionCodeAt(data.surface, lon, lat) === null) return null;
      const variable = climateVariable(options.climateVariable);
      const v = sampleAt(data.surface, variable.id, lon, lat);
      const meta = data.surface.meta.variables.find((m) => m.id === variable.id);
      return {
        title: variable.label,
        subtitle: 'interpolated surface',
        rows: [
          { label: 'Value', value: Number.isNaN(v) ? 'no data (no station near enough at a similar elevation, or no degree days in Mexico)' : `${v.toFixed(1)} ${variable.unit}`, year: meta ? shortPeriod(meta.period) : undefined },
          { label: 'Nearest station', value: `${sampleAt(data.surface, SURFACE_VARIABLE.nearestStationKm, lon, lat).toFixed(0)} km` },
        ],
      };
    },
    tooltip(feature, _data, options) {
      const s = getStations()?.[Number(feature.properties?.i)];
      if (!s) return null;
      const variable = climateVariable(options.climateVariable);
      const v = variable.stationValue(s);
      const rows: TooltipRow[] = [
        { label: variable.label, value: v === null ? 'no data' : `${v} ${variable.unit}`, year: s.period, source: { name: s.source, url: s.sourceUrl }, quality: s.quality },
      ];
      for (const other of CLIMATE_VARIABLES) {
        if (other === variable) continue;
        const ov = other.stationValue(s);
        rows.push({ label: other.label, value: ov === null ? 'no data' : `${ov} ${other.unit}` });
      }
      if (s.elevationM !== null) rows.push({ label: 'Elevation', value: `${s.elevationM} m` });
      return { title: s.name, subtitle: `Station ${s.id}`, rows };
    },
  };
}
