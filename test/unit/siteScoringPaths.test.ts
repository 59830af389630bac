// Every place a site is scored goes through the one site-scoring service, so the same 50 sites (US,
// Canada, Mexico), under weights changed for all three facility types and a constraint, give
// identical records through every path: the point card, the list summaries (page and worker),
// Compare, the GeoJSON and CSV exports, and the CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/score';
import { loadQueryContextNode, readPublicJson } from '../../scripts/lib/nodeData';
import { candidateScorer } from '../../src/candidates/candidateScorer';
import { compareRows } from '../../src/candidates/compare';
import { exportText, type ExportItem, type ExportMeta } from '../../src/candidates/exportRecords';
import { decodeGazetteer, type Place } from '../../src/candidates/gazetteer';
import type { Candidate } from '../../src/candidates/types';
import { queryPoint } from '../../src/data/pointQuery';
import { economicsDefaults } from '../../src/scoring/economicsDefaults';
import { explainPoint } from '../../src/scoring/explain';
import { compareRank } from '../../src/scoring/rank';
import { contractColumns, flattenScoredSite, type FlatValue, type ScoredSite } from '../../src/scoring/flatten';
import { PROFILE_IDS, type ProfileId, type Weights } from '../../src/scoring/profiles';
import { compileSiteScoring, modelOptionsOf, summariserAt, type ScoringSettings, type SiteSummary } from '../../src/scoring/siteScoring';
import { scoringSettingsOf, useScoringStore } from '../../src/state/scoringStore';
import { createSiteScoreHandlers, type SiteScoreApi } from '../../src/workers/siteScoreProtocol';
import { createSiteScoreClient } from '../../src/workers/siteScoreClient';
import { exportInWorker } from '../../src/workers/exportClient';
import { createExportHandlers, type ExportApi } from '../../src/workers/exportProtocol';
import { rpcPair } from './rpcPair';

const ctx = loadQueryContextNode();
const SELECTED: ProfileId = 'ai';
const WEIGHTS: Record<ProfileId, Partial<Weights>> = {
  mining: { cooling: 50, retail_price: 20, land_value: 0 },
  ai: { latency: 40, carbon: 5 },
  hybrid: { flexibility: 35, tax_incentive: 0 },
};
const CONSTRAINTS = { maxRetailPriceUsdPerMwh: 110 };
const IT_MW = 30;

/** 20 US, 15 Canadian and 15 Mexican towns, spread over each country's list (largest first). */
function fiftySites(): Place[] {
  const places = decodeGazetteer(readPublicJson('gazetteer.json'));
  return ([['US', 20], ['CA', 15], ['MX', 15]] as const).flatMap(([country, n]) => {
    const own = places.filter((p) => p.region.startsWith(`${country}-`) || p.region === country);
    return Array.from({ length: n }, (_, i) => own[Math.floor((i * own.length) / n)]);
  });
}

const places = fiftySites();
const candidates: Candidate[] = places.map((p, i) => ({ id: `s${i}`, name: p.name, lon: p.lon, lat: p.lat, starred: i % 2 === 0, props: {}, addedAt: '2026-11-01T00:00:00.000Z' }));

/** The settings as the app builds them: from the scoring store, edited through its actions. */
function appSettings(): ScoringSettings {
  const store = useScoringStore.getState();
  for (const id of PROFILE_IDS) for (const [c, w] of Object.entries(WEIGHTS[id])) store.setWeight(id, c as keyof Weights, w);
  store.setConstraint('maxRetailPriceUsdPerMwh', CONSTRAINTS.maxRetailPriceUsdPerMwh);
  store.setEconomics('itMw', IT_MW);
  const economics = { ...economicsDefaults(ctx.facts.economics).inputs, ...useScoringStore.getState().economics };
  return scoringSettingsOf(useScoringStore.getState(), SELECTED, economics);
}

const settings = appSettings();
/** The point card: the service on the point query's facts (the card has no name; the records below carry the site's). */
const cardScoring = compileSiteScoring(settings);
const card: ScoredSite[] = places.map((p, i) => ({ ...cardScoring.score(queryPoint(ctx, p.lon, p.lat)), name: candidates[i].name }));
const projection = (s: ScoredSite): SiteSummary => ({
  region: s.region,
  scores: Object.fromEntries(
    PROFILE_IDS.map((id) => {
      const x = s.scores[id];
      return [id, { score: x.score, scoreLow: x.scoreLow, scoreHigh: x.scoreHigh, coveragePct: x.coveragePct, insufficientData: x.insufficientData, constraintUnchecked: x.constraintUnchecked, excludedReason: x.excludedReason }];
    }),
  ) as SiteSummary['scores'],
});
const expectedRecord = (s: ScoredSite) => JSON.parse(JSON.stringify(flattenScoredSite(s))) as Record<string, FlatValue>;
const contract = (r: Record<string, unknown>) => Object.fromEntries(contractColumns().map((k) => [k, r[k]]));

describe('the same 50 sites through every scoring path', () => {
  it('the sample is a real test: sites in all three countries, scored and excluded, weights that change the types not selected', () => {
    expect(new Set(card.map((s) => s.region?.code.slice(0, 2)))).toEqual(new Set(['US', 'CA', 'MX']));
    expect(card.filter((s) => s.scores.ai.score !== null).length).toBeGreaterThan(10);
    expect(card.some((s) => s.scores.ai.excludedReason?.startsWith('retail price'))).toBe(true);
    for (const id of PROFILE_IDS) {
      const changed = card.filter((s, i) => s.scores[id].score !== explainPoint(queryPoint(ctx, places[i].lon, places[i].lat), { profile: id, constraints: CONSTRAINTS }).score);
      expect(changed.length, id).toBeGreaterThan(10);
    }
    expect(card[0].economics.itMw).toBe(IT_MW);
  });

  it('list summaries, on the page and from the worker, are the projection of the point card', async () => {
    const onPage = candidates.map(summariserAt(ctx, compileSiteScoring(settings)));
    expect(onPage).toEqual(card.map(projection));
    // Through the worker's request layer over a real MessageChannel (every message cloned).
    const pair = rpcPair<SiteScoreApi>(createSiteScoreHandlers(async () => ctx));
    const fromWorker: SiteSummary[] = [];
    try {
      const job = createSiteScoreClient(pair.client).summarise(candidates, settings, (_from, chunk) => fromWorker.push(...chunk));
      await expect(job.done).resolves.toBe(true);
    } finally {
      pair.close();
    }
    expect(fromWorker).toEqual(card.map(projection));
  });

  it("Compare's input is the point card's result, and so is its table", () => {
    const compared = candidates.map(candidateScorer(ctx, compileSiteScoring(settings)));
    expect(compared).toEqual(card);
    expect(compareRows(compared.slice(0, 4))).toEqual(compareRows(card.slice(0, 4)));
  });

  describe('exports and the CLI write the point card as the flat contract', () => {
    const score = candidateScorer(ctx, compileSiteScoring(settings));
    const items: ExportItem[] = candidates.map((c) => ({ candidate: c, scored: score(c) }));
    const meta: ExportMeta = { exportedAt: '2026-12-02T10:00:00.000Z', appVersion: 'test', model: modelOptionsOf(settings, SELECTED) };

    it('GeoJSON export', () => {
      const features = JSON.parse(exportText('geojson', items, meta)).features as { properties: Record<string, unknown> }[];
      expect(features.map((f) => contract(f.properties))).toEqual(card.map((s) => contract(expectedRecord(s))));
    });

    it('both exports written in the worker are the same bytes as on the page', async () => {
      const pair = rpcPair<ExportApi>(createExportHandlers(async () => ctx));
      try {
        for (const format of ['geojson', 'csv'] as const) {
          const parts = await exportInWorker(pair.client, candidates, { format, meta, settings }, () => {});
          expect(await new Blob(parts).text()).toBe(exportText(format, items, meta));
        }
      } finally {
        pair.close();
      }
    });

    it('CSV export', () => {
      const rows = Papa.parse<Record<string, string>>(exportText('csv', items, meta), { header: true, skipEmptyLines: true }).data;
      const asCells = (r: Record<string, FlatValue>) => Object.fromEntries(Object.entries(contract(r)).map(([k, v]) => [k, v === null ? '' : String(v)]));
      expect(rows.map(contract)).toEqual(card.map((s) => asCells(flattenScoredSite(s))));
    });

    let cli: Record<string, unknown>[];
    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'gridscout-paths-'));
      const input = join(dir, 'sites.csv');
      writeFileSync(input, Papa.unparse(candidates.map((c) => ({ name: c.name, lat: c.lat, lon: c.lon }))));
      const weights = join(dir, 'weights.json');
      writeFileSync(weights, JSON.stringify({ weights: WEIGHTS, constraints: CONSTRAINTS }));
      const out = join(dir, 'out.geojson');
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(main([input, '--profile', SELECTED, '--weights', weights, '--mw', String(IT_MW), '--out', out])).toBe(0);
      quiet.mockRestore();
      cli = (JSON.parse(readFileSync(out, 'utf8')).features as { properties: Record<string, unknown> }[]).map((f) => f.properties);
    });

    it('CLI, best first by the ranking rule', () => {
      // The CLI writes sites best first (stable, so ties keep the input order); the card is per site.
      const ranked = card.map((s, i) => ({ s, i })).sort((a, b) => compareRank(a.s.scores[SELECTED], b.s.scores[SELECTED]) || a.i - b.i);
      expect(cli.map(contract)).toEqual(ranked.map(({ s }) => contract(expectedRecord(s))));
    });
  });
});
