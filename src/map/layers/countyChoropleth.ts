// Factory for layers that colour US counties from the county facts file (grid strength, natural
// hazard). The county polygons go into one GeoJSON source shared by every such layer; the files
// load when a county layer is first ticked.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountyIndex } from '../../data/countyFacts';
import type { CountyRecord, DatasetSource } from '../../data/areaFiles';
import type { LayerId, TooltipContent, TooltipRow } from '../../state/layerTypes';
import { useAreaStore } from '../../state/areaStore';
import { NO_DATA_COLOR } from '../colorScale';
import { ensureHatchPattern, HATCH_IMAGE } from '../hatchPattern';
import { setLayersVisible } from './pointLayer';
import type { LayerData, LegendSpec, MapLayerModule } from './types';

const SOURCE = 'us-counties';

export interface CountyChoroplethConfig {
  id: LayerId;
  title: string;
  /** The feature property the layer reads (numbers or strings, written once for all county layers). */
  property: string;
  /** A MapLibre colour expression over ['get', property]; only evaluated where the property is set. */
  color: unknown;
  source(file: CountyIndex['file']): DatasetSource;
  legend(index: CountyIndex): Pick<LegendSpec, 'items' | 'method' | 'notes'>;
  rows(rec: CountyRecord, file: CountyIndex['file']): TooltipRow[];
}

/** The per-county properties every county layer colours by (absent = no data). */
function countyProperties(rec: CountyRecord | undefined): Record<string, number | string> {
  const p: Record<string, number | string> = {};
  if (rec?.transferMw !== undefined) p.mw = rec.transferMw;
  if (rec?.riskRating !== undefined) p.risk = rec.riskRating;
  return p;
}

let drawn: CountyIndex | null = null;

/** Adds the shared county source, or refreshes it when a new index arrives. */
function ensureSource(map: MapLibreMap, index: CountyIndex): void {
  const src = map.getSource(SOURCE) as { setData?: (d: unknown) => void } | undefined;
  if (src && drawn === index) return;
  drawn = index;
  const data = {
    type: 'FeatureCollection' as const,
    features: index.features.features.map((f) => ({ ...f, properties: { fips: f.properties.fips, ...countyProperties(index.file.counties[f.properties.fips]) } })),
  };
  if (src?.setData) src.setData(data);
  else map.addSource(SOURCE, { type: 'geojson', data, tolerance: 0.2 });
}

export function createCountyChoropleth(cfg: CountyChoroplethConfig): MapLayerModule {
  const fillId = `${cfg.id}-counties`;
  const hatchId = `${cfg.id}-counties-nodata`;
  const counties = (d: LayerData) => d.areas?.counties ?? null;
  return {
    id: cfg.id,
    title: cfg.title,
    interactiveLayers: [fillId, hatchId],
    // Tickable at once: the county files load on the first tick (setVisible).
    ready: () => true,
    sync(map, data, _o, beforeId) {
      const index = counties(data);
      if (!index) return;
      ensureSource(map, index);
      if (map.getLayer(fillId)) return;
      ensureHatchPattern(map);
      const has = ['has', cfg.property] as never;
      map.addLayer({ id: hatchId, type: 'fill', source: SOURCE, layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', has, 0, 0.8] } }, beforeId);
      map.addLayer(
        {
          id: fillId,
          type: 'fill',
          source: SOURCE,
          layout: { visibility: 'none' },
          paint: { 'fill-color': ['case', has, cfg.color, NO_DATA_COLOR] as never, 'fill-opacity': ['case', has, 0.8, 0], 'fill-outline-color': 'rgba(60,60,60,0.25)' },
        },
        beforeId,
      );
    },
    setVisible(map, visible) {
      if (visible) useAreaStore.getState().ensure('counties');
      setLayersVisible(map, [hatchId, fillId], visible);
    },
    legend(data) {
      const index = counties(data);
      if (!index) return { unit: 'loading…', years: 'loading…', sources: [], items: [], notes: ['Loading the county map…'] };
      const s = cfg.source(index.file);
      return {
        unit: s.unit,
        years: s.period ?? (s.year === null ? 'undated' : String(s.year)),
        sources: [{ name: s.source, url: s.sourceUrl }],
        ...cfg.legend(index),
      };
    },
    tooltip(feature, data): TooltipContent | null {
      const index = counties(data);
      const fips = String(feature.properties?.fips ?? '');
      const rec = index?.file.counties[fips];
      if (!index || !rec) return null;
      return { title: `${rec.name}, ${rec.state}`, subtitle: `County FIPS ${fips}`, rows: cfg.rows(rec, index.file) };
    },
  };
}
