import { describe, expect, it } from 'vitest';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { compareRows, contributionBars } from '../../src/candidates/compare';
import { CRITERION_IDS } from '../../src/scoring/criteria';
import { filterAndSort } from '../../src/candidates/listView';
import { compileSiteScoring, type ScoringSettings } from '../../src/scoring/siteScoring';
import { candidateScorer } from '../../src/candidates/candidateScorer';
import type { Candidate } from '../../src/candidates/types';

const ctx = loadQueryContextNode();
const settings: ScoringSettings = { profile: 'mining', weights: {}, constraints: {}, economics: economicsDefaults(ctx.facts.economics).inputs };
const mk = (id: string, name: string, lon: number, lat: number): Candidate => ({ id, name, lon, lat, starred: false, props: {}, addedAt: '' });
const cands = [mk('a', 'Abilene', -99.73, 32.45), mk('q', 'Sherbrooke, Québec', -71.89, 45.4), mk('o', 'Offshore', -90, 25)];
const scored = cands.map(candidateScorer(ctx, compileSiteScoring(settings)));

describe('compare model', () => {
  const rows = compareRows(scored.slice(0, 2));
  it('has scores, every criterion (value, score, contribution) and economics', () => {
    expect(rows.filter((r) => r.group === 'Scores')).toHaveLength(3);
    expect(rows.filter((r) => r.label === 'Value')).toHaveLength(CRITERION_IDS.length);
    expect(rows.filter((r) => r.label === 'Contribution')).toHaveLength(CRITERION_IDS.length);
    expect(rows.some((r) => r.group === 'Economics' && r.label === 'Revenue')).toBe(true);
  });
  it('marks the best value by the criterion direction', () => {
    const price = rows.find((r) => r.group === 'Industrial retail power price' && r.label === 'Value')!;
    const low = Math.min(...(price.values as number[]));
    expect(price.best).toEqual([price.values.indexOf(low)]);
    // Scores by the ranking rule: Abilene's guaranteed score (70, all data) beats Sherbrooke's 52, whose
    // re-weighted 75 rests on 70 % of the weight (no grid-strength, hazard or stranded-gas data in Canada).
    const mining = rows[0];
    expect(mining.best).toEqual([0]);
    expect((mining.values as number[])[1]).toBeGreaterThan((mining.values as number[])[0]);
  });
  it('contribution bars add up to the score', () => {
    const bars = contributionBars(scored[0]);
    expect(bars.reduce((s, b) => s + b.points, 0)).toBeCloseTo(scored[0].scores.mining.score!, 6);
  });
});

describe('list view', () => {
  const items = cands.map((candidate, i) => ({ candidate, scored: scored[i] }));
  it('filters by name or region, accent-insensitive', () => {
    expect(filterAndSort(items, 'quebec', { key: 'name', dir: 'asc' }).map((i) => i.candidate.id)).toEqual(['q']);
    expect(filterAndSort(items, 'US-TX', { key: 'name', dir: 'asc' }).map((i) => i.candidate.id)).toEqual(['a']);
  });
  it('sorts by score with missing scores last in either direction', () => {
    const desc = filterAndSort(items, '', { key: 'mining', dir: 'desc' }).map((i) => i.candidate.id);
    const asc = filterAndSort(items, '', { key: 'mining', dir: 'asc' }).map((i) => i.candidate.id);
    expect(desc[2]).toBe('o');
    expect(asc[2]).toBe('o');
    expect(desc.slice(0, 2).reverse()).toEqual(asc.slice(0, 2));
  });
});
