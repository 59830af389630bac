import { describe, expect, it } from 'vitest';
import { prepareSurface, rescoreSurface, scoreBatch, surfaceMask } from '../../src/scoring/batch';
import { CRITERION_IDS, type CriterionId } from '../../src/scoring/criteria';
import { explainPoint } from '../../src/scoring/explain';
import { compileModel, rankingScore, scoreVector } from '../../src/scoring/model';
import { PROFILE_IDS } from '../../src/scoring/profiles';
import { criterionInputs } from '../../src/scoring/rawValues';
import { MONTERREY, MONTREAL, WEST_TEXAS, makeFacts } from '../fixtures/scoring/pointFacts';

const RANGES: Record<CriterionId, [number, number]> = {
  retail_price: [20, 250],
  wholesale_price: [0, 120],
  carbon: [0, 1000],
  cooling: [1.05, 1.6],
  land_value: [300, 25000],
  latency: [0, 80],
  tax_incentive: [0, 1],
  flexibility: [0, 1],
  grid_strength: [0, 40000],
  line_distance: [0, 60],
  hazard: [0, 100],
  stranded_gas: [0, 80000],
};

function randomColumns(n: number, seed: number, missingShare: number): Record<CriterionId, Float32Array> {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const cols = {} as Record<CriterionId, Float32Array>;
  for (const id of CRITERION_IDS) {
    const [lo, hi] = RANGES[id];
    cols[id] = Float32Array.from({ length: n }, () => (rnd() < missingShare ? Number.NaN : lo + (hi - lo) * rnd()));
  }
  return cols;
}

const same = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || a === b;

describe('batch scoring equals the point scorer', () => {
  it.each(PROFILE_IDS)('%s: every cell bit-identical to the ranking score of scoreVector on the same float32 values', (profile) => {
    const n = 5000;
    const cols = randomColumns(n, 42 + profile.length, 0.15);
    const m = compileModel({ profile, weights: profile === 'ai' ? { latency: 33, carbon: 7 } : undefined });
    const out = new Float32Array(n);
    const coverage = new Uint8Array(n);
    scoreBatch(m, { raw: cols }, out, coverage);
    let mismatches = 0;
    let partial = 0;
    let insufficient = 0;
    for (let i = 0; i < n; i++) {
      const v = scoreVector(m, CRITERION_IDS.map((id) => cols[id][i]));
      if (!v.fullCoverage && v.coveredWeight < 0.5) insufficient++;
      if (!same(out[i], Math.fround(rankingScore(v)))) mismatches++;
      if (coverage[i] !== (v.fullCoverage ? 100 : Math.floor(v.coveredWeight * 100 + 1e-9))) mismatches++;
      if (!v.fullCoverage) partial++;
    }
    expect(mismatches).toBe(0);
    // The fixture must exercise partial coverage, where the ranking score is the guaranteed score.
    expect(partial).toBeGreaterThan(n / 4);
    // Only the cells under 50 % coverage are left unscored.
    expect(out.filter((x) => Number.isNaN(x)).length).toBe(insufficient);
    expect(insufficient).toBeLessThan(n / 10);
  });

  it('fixture places with constraints: surface == explainPoint, including exclusions', () => {
    const places = [WEST_TEXAS, MONTREAL, MONTERREY, makeFacts({ retail: 130, carbon: 700, cdd: 2900, summerMaxC: 41, land: 1800, latencyMs: 25 })];
    const raw = {} as Record<CriterionId, Float32Array>;
    const inputs = places.map(criterionInputs);
    for (const id of CRITERION_IDS) raw[id] = Float32Array.from(inputs, (inp) => inp[id]?.value ?? Number.NaN);
    const summerMaxC = Float32Array.from(places, (p) => p.climate.summerMaxC?.value ?? Number.NaN);
    const annualMeanC = Float32Array.from(places, (p) => p.climate.annualMeanC?.value ?? Number.NaN);
    const miningRestricted = Uint8Array.from(places, (p) => (p.miningRestrictions.length ? 1 : 0));
    for (const profile of PROFILE_IDS) {
      // The last set cannot be checked in Montréal (no hub price) or Monterrey (no land value).
      for (const constraints of [{}, { maxRetailPriceUsdPerMwh: 100, maxSummerMaxC: 37 }, { excludeMiningRestricted: true, minAnnualMeanC: 10 }, { maxWholesalePriceUsdPerMwh: 60, maxLandValueUsdPerAcre: 20000 }]) {
        const m = compileModel({ profile, constraints });
        const out = new Float32Array(places.length);
        scoreBatch(m, { raw, summerMaxC, annualMeanC, miningRestricted }, out);
        // The point scorer on the same float32-rounded values.
        const f32 = (x: number | undefined) => (x === undefined ? null : Math.fround(x));
        places.forEach((p, i) => {
          const q = makeFacts({
            retail: f32(p.retailPrice?.value),
            wholesale: f32(p.wholesale?.price.value),
            carbon: f32(p.carbon?.value),
            land: f32(p.landValue?.value),
            latencyMs: f32(p.latency.roundTripMs?.value),
            summerMaxC: f32(p.climate.summerMaxC?.value),
            annualMeanC: f32(p.climate.annualMeanC?.value),
            country: p.region?.country,
            gridMw: f32(p.areas?.gridStrength?.value),
            lineKm: f32(p.power?.line230.distance?.value),
            hazard: f32(p.areas?.naturalHazard?.value),
            flaredVolume: f32(p.flaredGas?.volume.value),
            incentives: p.incentives,
            miningRestrictions: p.miningRestrictions,
          });
          // Exclusions must agree with explainPoint; the score must be bit-identical to the point scorer on
          // the very float32 values of the surface (cooling is a derived PUE, so it is compared via the vector).
          const e = explainPoint({ ...q, climate: p.climate }, { profile, constraints });
          const vec = CRITERION_IDS.map((id) => raw[id][i]);
          // Excluded, or a constraint that could not be checked: not ranked, so not coloured.
          const expected = e.excludedReason !== null || e.constraintUnchecked ? Number.NaN : Math.fround(rankingScore(scoreVector(m, vec)));
          expect(same(out[i], expected), `${profile} ${JSON.stringify(constraints)} place ${i}: ${out[i]} vs ${expected}`).toBe(true);
          const pointRank = e.scoreLow === null || e.insufficientData || e.constraintUnchecked ? Number.NaN : e.scoreLow;
          expect(Math.abs(pointRank - out[i]) < 1e-3 || (Number.isNaN(pointRank) && Number.isNaN(out[i]))).toBe(true);
        });
      }
    }
  });

  it('water cells and all-missing cells are NaN; a weight change only needs rescoreSurface', () => {
    const cols = randomColumns(100, 7, 0);
    for (const id of CRITERION_IDS) cols[id][3] = Number.NaN;
    const land = new Uint8Array(100).fill(1);
    land[5] = 0;
    const m1 = compileModel({ profile: 'mining' });
    const prepared = prepareSurface(m1, cols, 100);
    const mask = surfaceMask(m1, prepared, { raw: cols, land });
    const out = new Float32Array(100);
    rescoreSurface(m1, prepared.scores, mask, out);
    expect(out[3]).toBeNaN();
    expect(out[5]).toBeNaN();
    const m2 = compileModel({ profile: 'mining', weights: { retail_price: 0 } });
    const out2 = new Float32Array(100);
    rescoreSurface(m2, prepared.scores, mask, out2);
    const direct = new Float32Array(100);
    scoreBatch(m2, { raw: cols, land }, direct);
    expect(Array.from(out2)).toEqual(Array.from(direct));
  });
});

describe('surface columns from the point query', () => {
  it('a cell built from PointFacts scores like the clicked point (to float32 precision)', async () => {
    const { surfaceColumnsFromFacts } = await import('../../scripts/build/surfaceColumns');
    const places = [WEST_TEXAS, null, MONTREAL, MONTERREY];
    const cols = surfaceColumnsFromFacts(places.length, (i) => places[i]);
    expect(Array.from(cols.land!)).toEqual([1, 0, 1, 1]);
    for (const profile of PROFILE_IDS) {
      const out = new Float32Array(places.length);
      scoreBatch(compileModel({ profile }), cols, out);
      expect(out[1]).toBeNaN();
      places.forEach((p, i) => {
        if (p) expect(out[i]).toBeCloseTo(explainPoint(p, { profile }).scoreLow!, 4);
      });
    }
  });
});
