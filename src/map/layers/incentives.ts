// "Incentives and rules": one category per region — mining restricted beats an active incentive,
import { INCENTIVE_STATUS_LABEL } from '../../data/types';
// which beats proposed/expired programmes. A region missing from the table is "none recorded".
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FactsBundle, IncentiveRule, RegionFacts } from '../../data/types';
import { NO_DATA_COLOR } from '../colorScale';
import { ensureHatchPattern, HATCH_IMAGE } from '../hatchPattern';
import { provenance } from './regionChoropleth';
import { changeGate } from './pointLayer';
import type { MapLayerModule } from './types';
import type { TooltipRow } from '../../state/layerTypes';

export const INCENTIVE_CATEGORIES = [
  { id: 1, color: '#d7301f', label: 'Crypto-mining restricted (moratorium or pause)' },
  { id: 2, color: '#2c7bb6', label: 'Active data-center tax incentive' },
  { id: 3, color: '#abd9e9', label: 'Proposed, changing or expired programme' },
] as const;

export function incentiveCategory(region: RegionFacts): number | null {
  if (region.incentives.length === 0) return null;
  if (region.incentives.some((r) => r.restrictsMining && (r.status === 'moratorium' || r.status === 'pause' || r.status === 'active'))) return 1;
  if (region.incentives.some((r) => r.status === 'active' && !r.restrictsMining)) return 2;
  return 3;
}

const ruleRow = (r: IncentiveRule): TooltipRow => ({
  label: r.restrictsMining ? `Mining rule (${INCENTIVE_STATUS_LABEL[r.status]})` : `Incentive (${INCENTIVE_STATUS_LABEL[r.status]})`,
  value: r.incentive,
  year: r.enactedOrUpdated,
  source: { name: r.source, url: r.sourceUrl },
  quality: r.quality,
  note: r.minInvestmentUsd !== null ? `Minimum investment ${r.minInvestmentUsd.toLocaleString('en-US')} USD` : undefined,
});

export function createIncentivesLayer(): MapLayerModule {
  const fillId = 'incentives-fill';
  const hatchId = 'incentives-nodata';
  const newFacts = changeGate<FactsBundle>();
  return {
    id: 'incentives',
    title: 'Incentives and rules',
    interactiveLayers: [fillId, hatchId],
    ready: (d) => d.facts !== null,
    sync(map: MapLibreMap, data, _o, beforeId) {
      if (!data.facts) return;
      ensureHatchPattern(map);
      if (!map.getLayer(fillId)) {
        const has = ['!=', ['feature-state', 'v_incentives'], null] as never;
        map.addLayer({ id: hatchId, type: 'fill', source: 'regions', layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', has, 0, 0.9] } }, beforeId);
        const match: unknown[] = ['match', ['to-number', ['feature-state', 'v_incentives'], 0]];
        for (const c of INCENTIVE_CATEGORIES) match.push(c.id, c.color);
        match.push(NO_DATA_COLOR);
        map.addLayer(
          { id: fillId, type: 'fill', source: 'regions', layout: { visibility: 'none' }, paint: { 'fill-color': match as never, 'fill-opacity': ['case', has, 0.8, 0] } },
          beforeId,
        );
      }
      if (!newFacts(data.facts)) return;
      for (const r of Object.values(data.facts.regions)) map.setFeatureState({ source: 'regions', id: r.code }, { v_incentives: incentiveCategory(r) });
    },
    setVisible(map, visible) {
      for (const id of [hatchId, fillId]) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
    legend(data) {
      if (!data.facts) return null;
      const rules = Object.values(data.facts.regions).flatMap((r) => r.incentives);
      const { sources } = provenance(rules.map((r) => ({ value: 0, unit: '', year: null, source: r.source, sourceUrl: r.sourceUrl, quality: r.quality })));
      const low = rules.filter((r) => r.quality === 'low').length;
      return {
        unit: 'category',
        years: 'status as reported up to mid-2026',
        sources: sources.slice(0, 6),
        items: [...INCENTIVE_CATEGORIES.map((c) => ({ color: c.color, label: c.label })), { color: NO_DATA_COLOR, label: 'none recorded (no data)', shape: 'hatch' as const }],
        notes: [
          `${rules.length} programmes and rules in ${Object.values(data.facts.regions).filter((r) => r.incentives.length > 0).length} regions (${sources.length} sources).`,
          ...(low > 0 ? [`${low} rest on low-quality sources (⚠); statuses change often — verify before use.`] : []),
        ],
      };
    },
    tooltip(feature, data) {
      const code = String(feature.id ?? '');
      const region = data.facts?.regions[code];
      const rows = region && region.incentives.length > 0 ? region.incentives.map(ruleRow) : [{ label: 'Incentives and rules', value: 'none recorded (no data)' }];
      return { title: String(feature.properties?.name ?? code), subtitle: code, rows };
    },
  };
}

export const incentivesLayer = createIncentivesLayer();
