// Factory for layers that colour whole regions (states/provinces) from RegionFacts. Values go in
// through feature-state, so switching or refreshing never re-uploads the boundary geometry.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Fact, FactsBundle, RegionFacts } from '../../data/types';
import { classLabels, NO_DATA_COLOR, stepExpression, type ClassedScale } from '../colorScale';
import { ensureHatchPattern, HATCH_IMAGE } from '../hatchPattern';
import type { LayerData, LegendSpec, MapLayerModule } from './types';
import type { LayerId, TooltipContent, TooltipRow } from '../../state/layerTypes';
import { changeGate } from './pointLayer';

export interface ChoroplethConfig {
  id: LayerId;
  title: string;
  unit: string;
  scale: ClassedScale;
  /** The fact coloured for a region, or undefined for no data. */
  pick(region: RegionFacts): Fact | undefined;
  /** Extra tooltip rows (e.g. commercial price, a second opinion). */
  extraRows?(region: RegionFacts): TooltipRow[];
  format(value: number): string;
  notes?: string[];
  /** MapLibre filter on the regions source: draw (and hatch) only these regions. */
  filter?: unknown;
}

const stateKey = (id: string) => `v_${id}`;

/** Distinct years and sources of the facts a layer shows, for its legend. */
export function provenance(facts: Fact[]): Pick<LegendSpec, 'years' | 'sources'> & { lowCount: number } {
  const years = [...new Set(facts.map((f) => (f.year === null ? 'undated' : String(f.year))))].sort();
  const sources = new Map<string, string>();
  for (const f of facts) if (!sources.has(f.source)) sources.set(f.source, f.sourceUrl);
  return {
    years: years.join(', '),
    sources: [...sources].map(([name, url]) => ({ name, url })),
    lowCount: facts.filter((f) => f.quality === 'low').length,
  };
}

export function factRow(label: string, fact: Fact, fmt: (v: number) => string): TooltipRow {
  return {
    label,
    value: `${fmt(fact.value)} ${fact.unit}`,
    year: fact.period ?? fact.year ?? 'undated',
    source: { name: fact.source, url: fact.sourceUrl },
    quality: fact.quality,
    note: [fact.note, fact.conversion].filter(Boolean).join(' · ') || undefined,
  };
}

const filterOf = (cfg: ChoroplethConfig) => (cfg.filter ? { filter: cfg.filter as never } : {});

export function createRegionChoropleth(cfg: ChoroplethConfig): MapLayerModule {
  const fillId = `${cfg.id}-fill`;
  const hatchId = `${cfg.id}-nodata`;
  const key = stateKey(cfg.id);
  const newFacts = changeGate<FactsBundle>();

  return {
    id: cfg.id,
    title: cfg.title,
    interactiveLayers: [fillId, hatchId],
    ready: (data) => data.facts !== null,
    sync(map: MapLibreMap, data: LayerData, _options, beforeId) {
      if (!data.facts) return;
      ensureHatchPattern(map);
      if (!map.getLayer(fillId)) {
        const hasValue = ['!=', ['feature-state', key], null] as never;
        map.addLayer(
          { id: hatchId, type: 'fill', source: 'regions', ...filterOf(cfg), layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', hasValue, 0, 0.9] } },
          beforeId,
        );
        map.addLayer(
          {
            id: fillId,
            type: 'fill',
            source: 'regions',
            ...filterOf(cfg),
            layout: { visibility: 'none' },
            paint: {
              'fill-color': ['case', hasValue, stepExpression(['to-number', ['feature-state', key], 0], cfg.scale), NO_DATA_COLOR] as never,
              'fill-opacity': ['case', hasValue, 0.85, 0],
            },
          },
          beforeId,
        );
      }
      if (!newFacts(data.facts)) return;
      for (const region of Object.values(data.facts.regions)) {
        const fact = cfg.pick(region);
        map.setFeatureState({ source: 'regions', id: region.code }, { [key]: fact ? fact.value : null });
      }
    },
    setVisible(map, visible) {
      for (const id of [hatchId, fillId]) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
    legend(data) {
      if (!data.facts) return null;
      const facts = Object.values(data.facts.regions).map(cfg.pick).filter((f): f is Fact => f !== undefined);
      const { years, sources, lowCount } = provenance(facts);
      const labels = classLabels(cfg.scale, cfg.format);
      return {
        unit: cfg.unit,
        years,
        sources,
        method: `${cfg.scale.colors.length} classes; breaks at ${cfg.scale.breaks.map(cfg.format).join(', ')} ${cfg.unit}`,
        items: [...cfg.scale.colors.map((color, i) => ({ color, label: labels[i] })), { color: NO_DATA_COLOR, label: 'no data', shape: 'hatch' as const }],
        notes: [...(cfg.notes ?? []), ...(lowCount > 0 ? [`${lowCount} region${lowCount === 1 ? '' : 's'} rest on a low-quality source (⚠ in tooltips).`] : [])],
      };
    },
    tooltip(feature, data): TooltipContent | null {
      const code = String(feature.id ?? feature.properties?.code ?? '');
      const region = data.facts?.regions[code];
      const name = String(feature.properties?.name ?? code);
      const fact = region ? cfg.pick(region) : undefined;
      const rows: TooltipRow[] = fact ? [factRow(cfg.title, fact, cfg.format)] : [{ label: cfg.title, value: 'no data' }];
      if (region && cfg.extraRows) rows.push(...cfg.extraRows(region));
      return { title: name, subtitle: code, rows };
    },
  };
}
