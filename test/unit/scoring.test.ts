import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA, CRITERION_IDS, normalise } from '../../src/scoring/criteria';
import { explainPoint, NO_DATA_REASON, type SiteScore } from '../../src/scoring/explain';
import { PROFILE_IDS, PROFILES, type ProfileId } from '../../src/scoring/profiles';
import { estimatePue } from '../../src/scoring/pue';
import { effectivePercent, normaliseWeights, resolveWeights } from '../../src/scoring/weights';
import { MONTERREY, MONTREAL, WEST_TEXAS, makeFacts, rule } from '../fixtures/scoring/pointFacts';

const byId = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;
/** Each facility type under its default weights. */
const allProfiles = (p: Parameters<typeof explainPoint>[0]) => Object.fromEntries(PROFILE_IDS.map((id) => [id, explainPoint(p, { profile: id })])) as Record<ProfileId, SiteScore>;

describe('criteria anchors', () => {
  it('map best → 100, worst → 0, linear (or log-linear) between, clamped outside', () => {
    for (const id of CRITERION_IDS) {
      const d = CRITERIA[id];
      expect(normalise(d, d.best)).toBeCloseTo(100, 10);
      expect(normalise(d, d.worst)).toBeCloseTo(0, 10);
      // Half way: the arithmetic mean of the anchors, or their geometric mean on a log scale.
      expect(normalise(d, d.logScale ? Math.sqrt(d.best * d.worst) : (d.best + d.worst) / 2)).toBeCloseTo(50, 10);
      expect(normalise(d, d.best + (d.best - d.worst))).toBe(100);
      expect(normalise(d, d.worst - (d.best - d.worst))).toBe(0);
      expect(normalise(d, null)).toBeNull();
    }
  });

  it('every profile has a weight and a rationale for every criterion set', () => {
    for (const p of PROFILE_IDS) {
      expect(Object.keys(PROFILES[p].weights).sort()).toEqual([...CRITERION_IDS].sort());
      expect(PROFILES[p].rationale.length).toBeGreaterThan(20);
    }
    expect(PROFILES.mining.weights.latency).toBe(0);
    expect(PROFILES.hybrid.weights.flexibility).toBeGreaterThan(0);
  });
});

describe('hand-computed scores', () => {
  // West Texas by hand (anchors in criteria.ts):
  //   retail 66 $/MWh          → (140 − 66) / 100 × 100          = 74
  //   wholesale 27.33 $/MWh    → (90 − 27.33) / 70 × 100         = 89.5286
  //   carbon 348.5 g/kWh       → (800 − 348.5) / 750 × 100       = 60.2
  //   PUE = 1.10 + 0.00008×1463.3 + 0.008×(35.3 − 25)            = 1.299464
  //   cooling                  → (1.45 − 1.299464) / 0.33 × 100  = 45.6170
  //   land 2,970 $/acre        → (15000 − 2970) / 14000 × 100    = 85.9286
  //   latency 5.7 ms           → (40 − 5.7) / 38 × 100           = 90.2632
  //   tax incentive active     → 100;  flexibility (in ERCOT)    → 100
  //   grid strength 1,500 MW   → (log 1500 − log 90) / (log 7000 − log 90) × 100 = 64.6188
  //   line 4 km                → (16.09 − 4) / (16.09 − 1.609) × 100 = 83.4887
  //   hazard 20                → 80;  stranded gas (not in a flaring play) → 0
  const s = { retail: 74, wholesale: 89.5286, carbon: 60.2, cooling: 45.617, land: 85.9286, latency: 90.2632, tax: 100, flex: 100, grid: 64.6188, line: 83.4887, hazard: 80, gas: 0 };

  it('West Texas, criterion by criterion', () => {
    const e = explainPoint(WEST_TEXAS, { profile: 'mining' });
    expect(byId(e.criteria, 'cooling').value).toBeCloseTo(1.299464, 6);
    expect(byId(e.criteria, 'retail_price').score).toBeCloseTo(s.retail, 3);
    expect(byId(e.criteria, 'wholesale_price').score).toBeCloseTo(s.wholesale, 3);
    expect(byId(e.criteria, 'carbon').score).toBeCloseTo(s.carbon, 3);
    expect(byId(e.criteria, 'cooling').score).toBeCloseTo(s.cooling, 3);
    expect(byId(e.criteria, 'land_value').score).toBeCloseTo(s.land, 3);
    expect(byId(e.criteria, 'latency').score).toBeCloseTo(s.latency, 3);
    expect(byId(e.criteria, 'tax_incentive').value).toBe(1);
    expect(byId(e.criteria, 'flexibility').value).toBe(1);
    expect(byId(e.criteria, 'grid_strength').score).toBeCloseTo(s.grid, 3);
    expect(byId(e.criteria, 'line_distance').score).toBeCloseTo(s.line, 3);
    expect(byId(e.criteria, 'hazard').score).toBeCloseTo(s.hazard, 3);
    expect(byId(e.criteria, 'stranded_gas')).toMatchObject({ value: 0, score: 0 });
  });

  it('West Texas, all three profiles', () => {
    const all = allProfiles(WEST_TEXAS);
    // mining: .35 retail + .10 wholesale + .15 cooling + .05 land + .05 flex + .05 grid + .10 line + .05 hazard + .10 gas = 66.572
    expect(all.mining.score).toBeCloseTo(0.35 * s.retail + 0.1 * s.wholesale + 0.15 * s.cooling + 0.05 * s.land + 0.05 * s.flex + 0.05 * s.grid + 0.1 * s.line + 0.05 * s.hazard + 0.1 * s.gas, 2);
    expect(all.mining.score).toBeCloseTo(66.572, 2);
    // ai: .15 retail + .10 carbon + .10 cooling + .15 latency + .10 tax + .20 grid + .15 line + .05 hazard = 74.668
    expect(all.ai.score).toBeCloseTo(0.15 * s.retail + 0.1 * s.carbon + 0.1 * s.cooling + 0.15 * s.latency + 0.1 * s.tax + 0.2 * s.grid + 0.15 * s.line + 0.05 * s.hazard, 2);
    expect(all.ai.score).toBeCloseTo(74.668, 2);
    // hybrid: .20 retail + .05 wholesale, carbon, land, latency, tax, flex, hazard, gas + .10 cooling + .15 grid + .15 line = 71.874
    expect(all.hybrid.score).toBeCloseTo(
      0.2 * s.retail + 0.05 * (s.wholesale + s.carbon + s.land + s.latency + s.tax + s.flex + s.hazard + s.gas) + 0.1 * s.cooling + 0.15 * s.grid + 0.15 * s.line,
      2,
    );
    expect(all.hybrid.score).toBeCloseTo(71.874, 2);
    expect(all.mining.missing).toEqual([]);
    expect(all.mining.reweighted).toBe(false);
  });

  it('contributions add up to the score and carry provenance', () => {
    const e = explainPoint(WEST_TEXAS, { profile: 'mining' });
    const total = e.criteria.reduce((a, c) => a + (c.contribution ?? 0), 0);
    expect(total).toBeCloseTo(e.score!, 9);
    const land = byId(e.criteria, 'land_value');
    expect(land).toMatchObject({ value: 2970, unit: 'USD/acre', year: 2024, quality: 'low', lowQuality: true });
    expect(e.flags.join(' ')).toMatch(/low-quality inputs: .*Farm real estate value/);
    // The SB 1929 mining rule is not a data-center tax incentive.
    expect(byId(e.criteria, 'tax_incentive').note).not.toMatch(/SB 1929/);
  });

  it('Montréal: missing hub → wholesale re-weighted, mining rule flagged for mining/hybrid only', () => {
    const all = allProfiles(MONTREAL);
    // retail (140−40.96) → 99.04; carbon (800−1.7)/750 → 106.4 → clamped 100;
    // PUE 1.1 + .00008·213.5 + .008·0.3 = 1.11948 → 100 (better than 1.12); land (15000−7768)/140 = 51.657;
    // tax: no DC programme → 0 (a value, not missing); flexibility: no hub → 0; line 2 km → 97.2999.
    // Grid strength and hazard (US counties only) and stranded gas (US shale plays only) are missing in
    // Canada: mining over 70 % of its weight (wholesale 10, grid 5, hazard 5, gas 10 missing):
    const mining = (0.35 * 99.04 + 0.15 * 100 + 0.05 * 51.657 + 0.05 * 0 + 0.1 * 97.2999) / 0.7;
    expect(all.mining.score).toBeCloseTo(mining, 2);
    expect(all.mining.missing).toEqual(['wholesale_price', 'grid_strength', 'hazard', 'stranded_gas']);
    expect(all.mining.reweighted).toBe(true);
    expect(all.mining.flags.join(' ')).toMatch(/crypto-mining restriction here: Hydro-Québec/);
    expect(all.hybrid.flags.join(' ')).toMatch(/crypto-mining restriction/);
    expect(all.ai.flags.join(' ')).not.toMatch(/crypto-mining restriction/);
    expect(byId(all.mining.criteria, 'wholesale_price')).toMatchObject({ value: null, score: null, weightPct: 0, contribution: null });
    expect(byId(all.mining.criteria, 'retail_price').weightPct).toBeCloseTo(35 / 0.7, 6);
  });

  it('Monterrey: no land value and no tax coverage in Mexico → missing, not zero', () => {
    const e = explainPoint(MONTERREY, { profile: 'ai' });
    expect(e.missing).toEqual(['wholesale_price', 'land_value', 'tax_incentive', 'grid_strength', 'hazard', 'stranded_gas']);
    const avail = explainPoint(MONTERREY, { profile: 'ai', weights: { tax_incentive: 0, grid_strength: 0, hazard: 0 } });
    // Re-weighting over the available criteria is the same as zeroing the missing weights.
    expect(e.score).toBeCloseTo(avail.score!, 9);
    // Available: retail 15, carbon 10, cooling 10, latency 15, line 15 of 100.
    expect(e.coveragePct).toBeCloseTo(65, 9);
  });
});

describe('missing data is never a zero', () => {
  it('a missing criterion scores above the same site with that criterion at its worst', () => {
    const missing = explainPoint(makeFacts({ retail: 60, carbon: 300, cdd: 500, summerMaxC: 30, land: 3000, latencyMs: 10, wholesale: null }), { profile: 'mining' });
    const worst = explainPoint(makeFacts({ retail: 60, carbon: 300, cdd: 500, summerMaxC: 30, land: 3000, latencyMs: 10, wholesale: 500 }), { profile: 'mining' });
    expect(missing.score!).toBeGreaterThan(worst.score!);
  });

  it('no data at all → null score with a reason', () => {
    const e = explainPoint({ ...makeFacts({}), region: null }, { profile: 'ai' });
    expect(e.score).toBeNull();
    expect(e.excludedReason).toBe(NO_DATA_REASON);
    expect(e.scoreLow).toBeNull();
    expect(e.scoreHigh).toBeNull();
  });
});

describe('weights', () => {
  it('normalise to 100 % and scale-invariance of the score', () => {
    for (const p of PROFILE_IDS) {
      const pct = effectivePercent(PROFILES[p].weights);
      expect(CRITERION_IDS.reduce((a, id) => a + pct[id], 0)).toBeCloseTo(100, 9);
    }
    const w = { retail_price: 3, carbon: 1, cooling: 0, land_value: 0, latency: 0, tax_incentive: 0, wholesale_price: 0, flexibility: 0, grid_strength: 0, line_distance: 0, hazard: 0, stranded_gas: 0 };
    expect(normaliseWeights(w).retail_price).toBeCloseTo(0.75, 12);
    const a = explainPoint(WEST_TEXAS, { profile: 'ai', weights: w });
    const b = explainPoint(WEST_TEXAS, { profile: 'ai', weights: Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v * 37])) });
    expect(a.score).toBeCloseTo(b.score!, 9);
    expect(a.score).toBeCloseTo(0.75 * 74 + 0.25 * 60.2, 3);
  });

  it('rejects negative, non-numeric and unknown weights', () => {
    expect(() => resolveWeights('ai', { carbon: -1 })).toThrow(/carbon/);
    expect(() => resolveWeights('ai', { carbon: Number.NaN })).toThrow(/carbon/);
    expect(() => resolveWeights('ai', { bogus: 1 } as never)).toThrow(/unknown criterion "bogus"/);
  });

  it('all-zero weights give a null score with a reason', () => {
    const zero = Object.fromEntries(CRITERION_IDS.map((id) => [id, 0]));
    expect(explainPoint(WEST_TEXAS, { profile: 'ai', weights: zero }).excludedReason).toBe(NO_DATA_REASON);
  });
});

describe('constraints', () => {
  it('exclude with the stated reason', () => {
    const e = explainPoint(WEST_TEXAS, { profile: 'ai', constraints: { maxRetailPriceUsdPerMwh: 60, maxSummerMaxC: 33 } });
    expect(e.score).toBeNull();
    expect(e.excludedReason).toBe('retail price 66.0 USD/MWh > max 60.0 USD/MWh; summer mean max 35.3 °C > max 33.0 °C');
    expect(e.criteria.every((c) => c.contribution === null)).toBe(true);
    const ok = explainPoint(WEST_TEXAS, { profile: 'ai', constraints: { maxRetailPriceUsdPerMwh: 70, maxCarbonGPerKwh: 400, maxLatencyMs: 10, minAnnualMeanC: 0 } });
    expect(ok.excludedReason).toBeNull();
    expect(explainPoint(MONTREAL, { profile: 'ai', constraints: { minAnnualMeanC: 8 } }).excludedReason).toBe('annual mean temperature 6.80 °C < min 8.00 °C');
    expect(explainPoint(WEST_TEXAS, { profile: 'ai', constraints: { maxPue: 1.25 } }).excludedReason).toMatch(/estimated PUE 1.30 PUE > max 1.25/);
  });

  it('a constraint on missing data does not exclude but is flagged', () => {
    const e = explainPoint(MONTREAL, { profile: 'ai', constraints: { maxWholesalePriceUsdPerMwh: 30 } });
    expect(e.excludedReason).toBeNull();
    expect(e.flags).toContain('constraint not checked: wholesale price (no data)');
    // Scored, but not ranked: the constraint might be failed.
    expect(e.score).not.toBeNull();
    expect(e.constraintUnchecked).toBe(true);
  });

  it('mining restrictions exclude mining and hybrid when asked, never AI', () => {
    const c = { excludeMiningRestricted: true };
    expect(explainPoint(MONTREAL, { profile: 'mining', constraints: c }).excludedReason).toMatch(/^crypto-mining restriction: Hydro-Québec .*\(moratorium\)/);
    expect(explainPoint(MONTREAL, { profile: 'hybrid', constraints: c }).score).toBeNull();
    expect(explainPoint(MONTREAL, { profile: 'ai', constraints: c }).score).not.toBeNull();
  });

  it('rejects malformed constraints', () => {
    expect(() => explainPoint(WEST_TEXAS, { profile: 'ai', constraints: { maxLatencyMs: Number.NaN } })).toThrow(/maxLatencyMs/);
  });
});

describe('tax incentive levels', () => {
  it('active → 1, active with a pause → 0.5, none → 0 (low quality), Mexico → missing', () => {
    const lvl = (incentives: ReturnType<typeof rule>[], country: 'US' | 'MX' = 'US') =>
      explainPoint(makeFacts({ retail: 60, incentives, country }), { profile: 'ai' }).criteria.find((c) => c.id === 'tax_incentive')!;
    expect(lvl([rule('Sales tax exemption', 'active')]).value).toBe(1);
    expect(lvl([rule('Sales tax exemption', 'active'), rule('Pause on new certificates', 'pause')]).value).toBe(0.5);
    expect(lvl([rule('Proposed exemption bill', 'proposed')]).value).toBe(0.5);
    expect(lvl([])).toMatchObject({ value: 0, quality: 'low' });
    expect(lvl([], 'MX').value).toBeNull();
  });

  it('a paused programme alone (OH, IL in 2026) is 0.5, as docs/methodology.md states, not "none"', () => {
    const lvl = (incentives: ReturnType<typeof rule>[]) =>
      explainPoint(makeFacts({ retail: 60, incentives }), { profile: 'ai' }).criteria.find((c) => c.id === 'tax_incentive')!;
    const paused = lvl([rule('Data center sales and use tax exemption: new requests paused', 'pause')]);
    expect(paused.value).toBe(0.5);
    expect(paused.note).toMatch(/new requests paused/);
    // A crypto-mining connection pause is a mining rule, not a tax programme: still none.
    expect(lvl([rule('Pause on new cryptocurrency connections', 'pause')]).value).toBe(0);
  });
});

describe('monotonicity', () => {
  const base = { wholesale: 35, carbon: 400, cdd: 800, summerMaxC: 31, land: 4000, latencyMs: 12, incentives: [rule('x', 'active')] };
  it('a lower power price never lowers the mining score', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const sLo = explainPoint(makeFacts({ ...base, retail: lo }), { profile: 'mining' }).score!;
        const sHi = explainPoint(makeFacts({ ...base, retail: hi }), { profile: 'mining' }).score!;
        return sLo >= sHi;
      }),
    );
  });
  it('lower carbon never lowers the AI score', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1500, noNaN: true }), fc.double({ min: 0, max: 1500, noNaN: true }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const sLo = explainPoint(makeFacts({ ...base, retail: 70, carbon: lo }), { profile: 'ai' }).score!;
        const sHi = explainPoint(makeFacts({ ...base, retail: 70, carbon: hi }), { profile: 'ai' }).score!;
        return sLo >= sHi;
      }),
    );
  });
  it('a hotter climate never raises the estimated PUE score', () => {
    expect(estimatePue(1.1, 100, 20)!).toBeLessThan(estimatePue(1.1, 2000, 40)!);
    expect(estimatePue(1.1, 99999, 60)).toBe(1.58);
  });
});
