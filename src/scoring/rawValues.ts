// Reads each criterion's raw value, with its provenance, out of the point query's PointFacts.
import { INCENTIVE_STATUS_LABEL, type Fact, type IncentiveRule, type PointFacts } from '../data/types';
import { weakestQuality, type Quality } from '../data/quality';
import { CRITERIA, CRITERION_IDS, type CriterionId } from './criteria';
import { estimatePue, REFERENCE_PUE_BASE } from './pue';

export interface CriterionInput {
  value: number;
  unit: string;
  source: string;
  sourceUrl: string;
  year: number | null;
  quality: Quality;
  note?: string;
}

export type CriterionInputs = Record<CriterionId, CriterionInput | null>;


function fromFact(f: Fact | null | undefined, note?: string): CriterionInput | null {
  if (!f || !Number.isFinite(f.value)) return null;
  const notes = [f.conversion, f.note, note].filter(Boolean).join('; ');
  return { value: f.value, unit: f.unit, source: f.source, sourceUrl: f.sourceUrl, year: f.year, quality: f.quality, ...(notes ? { note: notes } : {}) };
}

function coolingInput(p: PointFacts): CriterionInput | null {
  const { cdd, summerMaxC, nearestStation } = p.climate;
  const pue = estimatePue(REFERENCE_PUE_BASE, cdd?.value ?? null, summerMaxC?.value ?? null);
  if (pue === null || !cdd) return null;
  const used = summerMaxC ? [cdd, summerMaxC] : [cdd];
  const years = used.map((f) => f.year).filter((y): y is number => y !== null);
  const station = nearestStation ? ` near ${nearestStation.name} (${nearestStation.distanceKm.toFixed(0)} km)` : '';
  const noteParts = [
    `estimated from CDD ${cdd.value.toFixed(0)} °C·days` + (summerMaxC ? ` and summer mean max ${summerMaxC.value.toFixed(1)} °C` : ' (summer max missing)') + station,
  ];
  return {
    value: pue,
    unit: CRITERIA.cooling.unit,
    source: `GridScout PUE model on ${cdd.source}`,
    sourceUrl: cdd.sourceUrl,
    year: years.length ? Math.max(...years) : null,
    quality: weakestQuality(...used.map((f) => f.quality), 'secondary'),
    note: noteParts.join('; '),
  };
}

/** Data-center tax programmes only: mining rules (restrictions and "right to mine") are not tax incentives. */
function dcIncentives(rules: IncentiveRule[]): IncentiveRule[] {
  return rules.filter((r) => !r.restrictsMining && !/\bmin(e|ing)\b|crypto|blockchain|digital asset/i.test(`${r.incentive} ${r.appliesTo}`));
}

function taxIncentiveInput(p: PointFacts): CriterionInput | null {
  // Mexico is not covered by dc-tax-incentives.csv: unknown, not "none".
  if (!p.region || p.region.country === 'MX') return null;
  const rules = dcIncentives(p.incentives);
  const active = rules.filter((r) => r.status === 'active');
  const paused = rules.filter((r) => r.status === 'pause' || r.status === 'moratorium');
  const weakening = [...paused, ...rules.filter((r) => r.status === 'proposed' && /repeal|end|cap|suspen/i.test(r.incentive))];
  const proposed = rules.filter((r) => r.status === 'proposed' && !weakening.includes(r));
  let value = 0;
  let basis: IncentiveRule[] = [];
  if (active.length && !weakening.length) [value, basis] = [1, active];
  else if (active.length) [value, basis] = [0.5, [...active, ...weakening]];
  // A programme paused for new applicants still exists (methodology: 0.5), unlike a repeal bill alone.
  else if (paused.length) [value, basis] = [0.5, paused];
  else if (proposed.length) [value, basis] = [0.5, proposed];
  if (!basis.length) {
    return {
      value: 0,
      unit: CRITERIA.tax_incentive.unit,
      source: 'GridScout incentive table: no data-center programme listed for this region',
      sourceUrl: '',
      year: null,
      quality: 'low',
      note: 'absence from the table is read as "no programme"; verify locally',
    };
  }
  const years = basis.map((r) => Number(/(19|20)\d\d/.exec(r.enactedOrUpdated)?.[0])).filter(Number.isFinite);
  return {
    value,
    unit: CRITERIA.tax_incentive.unit,
    source: basis.map((r) => r.source).join(' | '),
    sourceUrl: basis[0].sourceUrl,
    year: years.length ? Math.max(...years) : null,
    quality: weakestQuality(...basis.map((r) => r.quality)),
    note: basis.map((r) => `${r.incentive} (${INCENTIVE_STATUS_LABEL[r.status]})`).join('; '),
  };
}

function flexibilityInput(p: PointFacts): CriterionInput | null {
  if (!p.region) return null;
  const w = p.wholesale;
  return {
    value: w ? 1 : 0,
    unit: CRITERIA.flexibility.unit,
    source: w ? `${w.market} hub ${w.hubName} (${w.price.source})` : `${p.wholesaleReason ?? 'No hub applies'}: market footprints from CommonGrid (ODbL)`,
    sourceUrl: w ? w.price.sourceUrl : 'https://github.com/TextureHQ/commongrid',
    year: w ? w.price.year : null,
    quality: w ? w.price.quality : 'low',
    ...(w ? { note: `${w.distanceKm.toFixed(0)} km to hub` } : {}),
  };
}

/**
 * The serving utility's industrial rate where one is known (bundled service, enough industrial sales),
 * else the state or provincial average, saying why. Without the utility files loaded (`areas` absent)
 * the state average is all there is.
 */
function retailInput(p: PointFacts): CriterionInput | null {
  const u = p.areas?.utility;
  if (u?.industrialRate && u.utility) return fromFact(u.industrialRate, `${u.utility.name} (EIA ${u.utility.eiaId})`);
  const why = u ? (u.rateNoDataReason ?? u.noTerritoryReason) : undefined;
  return fromFact(p.retailPrice, why ? `state or provincial average: ${why.replace(/\.$/, '')}` : undefined);
}

/** Outside every flaring play the volume is a known 0; inside a play the monitor does not cover, unknown. */
function strandedGasInput(p: PointFacts): CriterionInput | null {
  if (!p.region) return null;
  const g = p.flaredGas;
  if (g) return fromFact(g.volume, `${g.play} play, ${g.basin} basin`);
  if (!p.flaredGasReason?.startsWith('Not in')) return null;
  return {
    value: 0,
    unit: CRITERIA.stranded_gas.unit,
    source: 'EIA shale plays (lower 48) and the Flaring Monitor (VIIRS, 2020)',
    sourceUrl: 'https://www.eia.gov/maps/maps.htm',
    year: 2020,
    quality: 'secondary',
    note: p.flaredGasReason,
  };
}

/** Every criterion's raw input at a point; null = no data there. */
export function criterionInputs(p: PointFacts): CriterionInputs {
  const w = p.wholesale;
  const lat = p.latency;
  const nearest = [lat.nearestMarket, lat.nearestIxp].filter((x): x is NonNullable<typeof x> => x !== null);
  const latencyNote = nearest.length ? nearest.map((n) => `${n.name} ${n.distanceKm.toFixed(0)} km`).join(', ') : undefined;
  const inputs: CriterionInputs = {
    retail_price: retailInput(p),
    wholesale_price: w ? fromFact(w.price, `${w.hubName} (${w.market}), ${w.distanceKm.toFixed(0)} km`) : null,
    carbon: fromFact(p.carbon),
    cooling: coolingInput(p),
    land_value: fromFact(p.landValue),
    latency: fromFact(lat.roundTripMs, latencyNote),
    tax_incentive: taxIncentiveInput(p),
    flexibility: flexibilityInput(p),
    grid_strength: fromFact(p.areas?.gridStrength),
    line_distance: fromFact(p.power?.line230.distance),
    hazard: fromFact(p.areas?.naturalHazard),
    stranded_gas: strandedGasInput(p),
  };
  return inputs;
}

/** Raw values only, in CRITERION_IDS order, NaN for missing (the batch layout). */
export function rawVector(inputs: CriterionInputs): Float64Array {
  return Float64Array.from(CRITERION_IDS, (id) => inputs[id]?.value ?? Number.NaN);
}
