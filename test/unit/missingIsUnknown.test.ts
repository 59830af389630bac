// Issue 12, item 3: missing data is unknown, never rewarded. Every score carries its bounds (missing
// criteria at 0 and at 100); rankings use the guaranteed score, so taking data away from a site can
// never raise its rank; below 50 % coverage a site is not ranked; a site without data is not scored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterAndSort, type ListItem } from '../../src/candidates/listView';
import { compareRows } from '../../src/candidates/compare';
import type { Candidate } from '../../src/candidates/types';
import { CRITERION_IDS } from '../../src/scoring/criteria';
import type { EconomicsInputs } from '../../src/scoring/economicsDefaults';
import { explainPoint, NO_DATA_REASON } from '../../src/scoring/explain';
import { flattenScoredSite } from '../../src/scoring/flatten';
import { compileModel, scoreVector } from '../../src/scoring/model';
import { PROFILE_IDS, type ProfileId } from '../../src/scoring/profiles';
import { compareRank } from '../../src/scoring/rank';
import { scoreText } from '../../src/scoring/scoreText';
import { compileSiteScoring, type ScoringSettings, type SiteSummary } from '../../src/scoring/siteScoring';
import { INFRA, makeFacts, type FixtureValues } from '../fixtures/scoring/pointFacts';

// summarise() computes no economics; score() needs them only for the economics block.
const ECONOMICS: EconomicsInputs = { itMw: 50, hashpriceUsdPerPhDay: 43.33, fleetEfficiencyJPerTh: 16.3, colocationUsdPerKwMonth: 184.06, aiBasePue: 1.1, miningBasePue: 1.05, carbonPriceUsdPerTCo2: 0, hybridAiSharePct: 50 };

const weightArb = fc.record(Object.fromEntries(CRITERION_IDS.map((id) => [id, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true }))])) as Record<(typeof CRITERION_IDS)[number], fc.Arbitrary<number>>);
/** A raw criterion vector with some values missing (NaN). */
const rawArb = fc.array(fc.oneof(fc.constant(Number.NaN), fc.double({ min: -50, max: 20000, noNaN: true })), { minLength: CRITERION_IDS.length, maxLength: CRITERION_IDS.length });

describe('every score carries its bounds', () => {
  it('score_low ≤ score ≤ score_high, all three equal at full coverage (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILE_IDS), weightArb, rawArb, (profile, weights, raw) => {
        const m = compileModel({ profile, weights });
        const v = scoreVector(m, raw);
        if (v.coveredWeight === 0) return;
        expect(v.scoreLow).toBeLessThanOrEqual(v.score);
        expect(v.score).toBeLessThanOrEqual(v.scoreHigh);
        expect(v.scoreLow).toBeGreaterThanOrEqual(0);
        expect(v.scoreHigh).toBeLessThanOrEqual(100 + 1e-9);
        if (v.fullCoverage) {
          expect(v.coveredWeight).toBe(1);
          expect(v.scoreLow).toBe(v.score);
          expect(v.scoreHigh).toBe(v.score);
        } else {
          expect(v.coveredWeight).toBeLessThan(1);
          expect(v.scoreHigh).toBeGreaterThanOrEqual(v.scoreLow);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a missing criterion widens the interval by exactly its weight (Galveston-like: cooling missing)', () => {
    const full = explainPoint(makeFacts({ retail: 70, wholesale: 30, carbon: 400, cdd: 1800, summerMaxC: 34, land: 4000, latencyMs: 8, ...INFRA }), { profile: 'mining' });
    const noCooling = explainPoint(makeFacts({ retail: 70, wholesale: 30, carbon: 400, cdd: null, summerMaxC: 34, land: 4000, latencyMs: 8, ...INFRA }), { profile: 'mining' });
    expect(full.scoreLow).toBe(full.score);
    expect(full.scoreHigh).toBe(full.score);
    // Cooling is 15 % of the mining weight: the range spans 15 points, and the re-weighted score lies inside.
    expect(noCooling.coveragePct).toBeCloseTo(85, 9);
    expect(noCooling.scoreHigh! - noCooling.scoreLow!).toBeCloseTo(15, 9);
    expect(noCooling.scoreLow!).toBeLessThan(noCooling.score!);
    // Hot site with cooling data vs the same site without: the one without never ranks first.
    expect(compareRank(full, noCooling)).toBeLessThan(0);
    expect(scoreText(noCooling)).toBe(`${noCooling.scoreLow!.toFixed(0)}–${noCooling.scoreHigh!.toFixed(0)}`);
    expect(scoreText(full)).toBe(full.score!.toFixed(0));
  });

  it('the flat record (exports, CLI) carries score_low and score_high beside score and coverage_pct', () => {
    const scoring = compileSiteScoring({ profile: 'mining', weights: {}, constraints: {}, economics: ECONOMICS });
    const rec = flattenScoredSite(scoring.score(makeFacts({ retail: 70, carbon: 400, cdd: null, land: 4000, latencyMs: 8, ...INFRA })));
    const keys = Object.keys(rec);
    expect(keys.slice(keys.indexOf('score'), keys.indexOf('score') + 3)).toEqual(['score', 'score_low', 'score_high']);
    expect(rec.score_low as number).toBeLessThan(rec.score as number);
    expect(rec.score_high as number).toBeGreaterThan(rec.score as number);
    // Mining: cooling (15 %) and wholesale price (10 %) missing.
    expect(rec.coverage_pct).toBe(75);
  });
});

describe('insufficient data and no data', () => {
  it('below 50 % coverage: numbers kept, flagged, shown as "insufficient data", ranked after every ranked site', () => {
    // AI: only latency (15 %) and land (5 %) and tax (15 %, US default 0) have data.
    const thin = explainPoint(makeFacts({ land: 1000, latencyMs: 2 }), { profile: 'ai' });
    const poor = explainPoint(makeFacts({ retail: 140, wholesale: 90, carbon: 800, cdd: 3000, summerMaxC: 45, land: 15000, latencyMs: 40 }), { profile: 'ai' });
    expect(thin.coveragePct).toBeLessThan(50);
    expect(thin.insufficientData).toBe(true);
    expect(thin.score).not.toBeNull();
    expect(thin.flags.some((f) => f.startsWith('insufficient data'))).toBe(true);
    expect(scoreText(thin)).toBe('insufficient data');
    // The thin site's re-weighted score is higher, yet the complete site with poor data ranks first.
    expect(thin.score!).toBeGreaterThan(poor.score!);
    expect(compareRank(poor, thin)).toBeLessThan(0);
  });

  it('a point with no data at all is refused with a reason, never scored 0', () => {
    const e = explainPoint({ ...makeFacts({}), region: null }, { profile: 'mining' });
    expect(e.score).toBeNull();
    expect(e.scoreLow).toBeNull();
    expect(e.excludedReason).toBe(NO_DATA_REASON);
    expect(scoreText(e)).toBe('no data');
  });

  it('Compare never marks a site with insufficient data, or a site missing data over an equal one with it, as best', () => {
    const scoring = compileSiteScoring({ profile: 'ai', weights: {}, constraints: {}, economics: ECONOMICS });
    const withData = scoring.score(makeFacts({ retail: 60, wholesale: 30, carbon: 300, cdd: 800, summerMaxC: 30, land: 3000, latencyMs: 5 }));
    const zeroCarbon = scoring.score(makeFacts({ retail: 60, wholesale: 30, carbon: 900, cdd: 800, summerMaxC: 30, land: 3000, latencyMs: 5 }));
    const noCarbon = scoring.score(makeFacts({ retail: 60, wholesale: 30, carbon: null, cdd: 800, summerMaxC: 30, land: 3000, latencyMs: 5 }));
    const thin = scoring.score(makeFacts({ land: 1000, latencyMs: 2 }));
    const row = (sites: typeof withData[]) => compareRows(sites).find((r) => r.label === 'AI score')!;
    // Carbon at its worst (0 points) and carbon unknown have the same guaranteed score: the one with data is best.
    expect(noCarbon.scores.ai.score!).toBeGreaterThan(zeroCarbon.scores.ai.score!);
    expect(row([noCarbon, zeroCarbon]).best).toEqual([1]);
    expect(row([thin, noCarbon]).best).toEqual([]);
    expect(row([thin, noCarbon, withData]).best).toEqual([2]);
    expect(row([thin, noCarbon]).texts![0]).toBe('insufficient data');
  });
});

// ---- The ranking property, through the list's sort (the CLI and Compare use the same compareRank).

const FIELDS = ['retail', 'wholesale', 'carbon', 'cdd', 'land', 'latencyMs'] as const;
const valueArb = {
  retail: fc.double({ min: 20, max: 200, noNaN: true }),
  wholesale: fc.double({ min: 10, max: 120, noNaN: true }),
  carbon: fc.double({ min: 0, max: 1000, noNaN: true }),
  cdd: fc.double({ min: 0, max: 3500, noNaN: true }),
  land: fc.double({ min: 500, max: 20000, noNaN: true }),
  latencyMs: fc.double({ min: 1, max: 60, noNaN: true }),
};
/** A site's values, each either present or missing; the ranges run past both anchors, so scores of 0 and 100 (and ties) occur. */
const siteArb: fc.Arbitrary<FixtureValues> = fc.record(Object.fromEntries(FIELDS.map((f) => [f, fc.option(valueArb[f], { nil: null })])) as Record<(typeof FIELDS)[number], fc.Arbitrary<number | null>>);

function rankOf(summaries: SiteSummary[], profile: ProfileId, id: string): number {
  const items: ListItem[] = summaries.map((scored, i) => ({ candidate: { id: `s${i}`, name: `s${i}`, lon: 0, lat: 0, starred: false, props: {}, addedAt: '' } as Candidate, scored }));
  return filterAndSort(items, '', { key: profile, dir: 'desc' }).findIndex((it) => it.candidate.id === id);
}

describe('ranking: removing a criterion\u2019s data never raises a site\u2019s rank', () => {
  it('property over random sites, weights, facility types and removed criteria', () => {
    fc.assert(
      fc.property(
        fc.array(siteArb, { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...FIELDS),
        fc.constantFrom(...PROFILE_IDS),
        weightArb,
        fc.boolean(),
        // Constraints too: a constraint whose input goes missing must not bring an excluded site back.
        fc.record({ maxRetailPriceUsdPerMwh: fc.double({ min: 30, max: 200, noNaN: true }), maxCarbonGPerKwh: fc.double({ min: 50, max: 1000, noNaN: true }) }, { requiredKeys: [] }),
        (sites, pick, field, profile, weights, duplicate, constraints) => {
          const j = pick % sites.length;
          // Half the runs compare against an otherwise identical twin that keeps the data.
          const list = duplicate ? [...sites, { ...sites[j] }] : sites;
          const settings: ScoringSettings = { profile, weights: { [profile]: weights }, constraints, economics: ECONOMICS };
          const scoring = compileSiteScoring(settings);
          const summaries = list.map((v) => scoring.summarise(makeFacts(v)));
          const before = rankOf(summaries, profile, `s${j}`);
          const after = rankOf(summaries.map((s, i) => (i === j ? scoring.summarise(makeFacts({ ...list[i], [field]: null })) : s)), profile, `s${j}`);
          expect(after).toBeGreaterThanOrEqual(before);
          if (duplicate) {
            // The twin that kept the data ranks at least as high as the site that lost it.
            const twin = summaries[list.length - 1].scores[profile];
            const lost = scoring.summarise(makeFacts({ ...list[j], [field]: null })).scores[profile];
            expect(compareRank(twin, lost)).toBeLessThanOrEqual(0);
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('a constraint that cannot be checked leaves the site unranked, with the excluded ones', () => {
    const scoring = compileSiteScoring({ profile: 'mining', weights: {}, constraints: { maxRetailPriceUsdPerMwh: 60 }, economics: ECONOMICS });
    const dear = scoring.summarise(makeFacts({ retail: 90, wholesale: 30, carbon: 300, cdd: 500, land: 2000, latencyMs: 5 })).scores.mining;
    const unknown = scoring.summarise(makeFacts({ retail: null, wholesale: 30, carbon: 300, cdd: 500, land: 2000, latencyMs: 5 })).scores.mining;
    const poorButChecked = scoring.summarise(makeFacts({ retail: 59, wholesale: 90, carbon: 800, cdd: 3000, land: 15000, latencyMs: 5 })).scores.mining;
    expect(dear.excludedReason).not.toBeNull();
    expect(unknown.excludedReason).toBeNull();
    expect(unknown.constraintUnchecked).toBe(true);
    expect(scoreText(unknown)).toBe('not checked: no data');
    expect(compareRank(poorButChecked, unknown)).toBeLessThan(0);
    expect(compareRank(unknown, dear)).toBe(0);
  });

  it('the ranking rule can fail: ordering by the re-weighted score alone lets missing data win', () => {
    // The Galveston/Houston case of the issue: the site without cooling data has the higher re-weighted score.
    const hot = { retail: 70, wholesale: 30, carbon: 400, cdd: 1850, summerMaxC: 34.5, land: 4000, latencyMs: 8 };
    const scoring = compileSiteScoring({ profile: 'mining', weights: {}, constraints: {}, economics: ECONOMICS });
    const houston = scoring.summarise(makeFacts(hot)).scores.mining;
    const galveston = scoring.summarise(makeFacts({ ...hot, cdd: null })).scores.mining;
    expect(galveston.score!).toBeGreaterThan(houston.score!);
    expect(compareRank(houston, galveston)).toBeLessThan(0);
  });
});
