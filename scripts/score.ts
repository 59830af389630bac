// npm run score -- <sites.csv|sites.geojson> --profile mining|ai|hybrid [--weights weights.json] [--mw 50]
//   [--out out.geojson|out.csv] [--carbon-price USD/t] [--hashprice USD/PH/day] [--jth J/TH]
//   [--colo USD/kW-month] [--ai-share %] [--exclude-mining-restricted]
// Scores every site with the same model as the app (src/scoring) and the same point query. Sites are
// read and checked as the app's import reads them (src/io/readSites.ts): a row the import refuses is
// reported here with the same message and line, and skipped. Sites are written best first by the
// app's ranking rule (docs/methodology.md § Ranking).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadQueryContextNode } from './lib/nodeData';
import { weightsFromDoc } from './lib/weightsFile';
import { queryPoint } from '../src/data/pointQuery';
import type { PointFacts } from '../src/data/types';
import type { Constraints } from '../src/scoring/constraints';
import { economicsDefaults, type EconomicsInputs } from '../src/scoring/economicsDefaults';
import { NO_DATA_REASON, type SiteScore } from '../src/scoring/explain';
import { flattenScoredSite } from '../src/scoring/flatten';
import { compareRank } from '../src/scoring/rank';
import { isProfileId, PROFILE_IDS, type ProfileId } from '../src/scoring/profiles';
import { compileSiteScoring, type ScoringSettings } from '../src/scoring/siteScoring';
import { formatOf } from '../src/io/readRows';
import { readScoringInput } from '../src/io/scoringInput';
import { scoredSitesCsv, scoredSitesGeoJson, type ScoredRecord } from '../src/io/scoredSitesWrite';
import type { RegionLookup } from '../src/io/studyArea';

const USAGE = 'usage: npm run score -- <sites.csv|sites.geojson> --profile mining|ai|hybrid [--weights weights.json] [--mw 50] [--out out.geojson|out.csv]';

interface CliOptions {
  input: string;
  profile: ProfileId;
  weightsFile?: string;
  out?: string;
  overrides: Partial<EconomicsInputs>;
  excludeMiningRestricted: boolean;
}

const NUMERIC_FLAGS: Record<string, keyof EconomicsInputs> = {
  '--mw': 'itMw',
  '--carbon-price': 'carbonPriceUsdPerTCo2',
  '--hashprice': 'hashpriceUsdPerPhDay',
  '--jth': 'fleetEfficiencyJPerTh',
  '--colo': 'colocationUsdPerKwMonth',
  '--ai-share': 'hybridAiSharePct',
};

export function parseArgs(argv: string[]): CliOptions {
  let input: string | undefined;
  let profile: string | undefined;
  let weightsFile: string | undefined;
  let out: string | undefined;
  let excludeMiningRestricted = false;
  const overrides: Partial<EconomicsInputs> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--profile') profile = next();
    else if (a === '--weights') weightsFile = next();
    else if (a === '--out') out = next();
    else if (a === '--exclude-mining-restricted') excludeMiningRestricted = true;
    else if (a in NUMERIC_FLAGS) {
      const raw = next();
      const v = Number(raw);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} must be a number ≥ 0 (got "${raw}")`);
      overrides[NUMERIC_FLAGS[a]] = v;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (input === undefined) input = a;
    else throw new Error(`unexpected argument "${a}"`);
  }
  if (!input) throw new Error('no input file');
  if (!profile || !isProfileId(profile)) throw new Error(`--profile must be one of ${PROFILE_IDS.join(', ')}`);
  return { input, profile, weightsFile, out, overrides, excludeMiningRestricted };
}

/** weights.json: see scripts/lib/weightsFile.ts for its shapes. */
export function readWeightsFile(path: string, profile: ProfileId): Pick<ScoringSettings, 'weights' | 'constraints'> {
  return weightsFromDoc(JSON.parse(readFileSync(path, 'utf8')), profile);
}

export interface ScoreRun {
  records: ScoredRecord[];
  errors: { row: number; message: string }[];
  rowKind: 'line' | 'feature';
  notices: string[];
}

/**
 * Read, check, query, score and flatten. `lookup` is queryPoint and `regionAt` the region index over
 * the shipped data unless a test injects them.
 */
export function scoreFile(opts: CliOptions, lookup: (lon: number, lat: number) => PointFacts, regionAt: RegionLookup): ScoreRun {
  const { sites, errors, rowKind, notices } = readScoringInput(opts.input, readFileSync(opts.input), regionAt);
  const { weights, constraints } = opts.weightsFile ? readWeightsFile(opts.weightsFile, opts.profile) : { weights: {}, constraints: {} as Constraints };
  if (opts.excludeMiningRestricted) constraints.excludeMiningRestricted = true;
  const ctxFacts = loadEconomicsFacts();
  const economics = { ...economicsDefaults(ctxFacts).inputs, ...opts.overrides };
  // Compiling validates the weights and constraints once, before any row.
  const scoring = compileSiteScoring({ profile: opts.profile, weights, constraints, economics });
  const scored: { record: ScoredRecord; rank: SiteScore }[] = [];
  for (const s of sites) {
    try {
      const site = scoring.score(lookup(s.lon, s.lat), { name: s.name, input: s.input });
      const active = site.scores[opts.profile];
      // A site without data for any weighted criterion is refused, never written with a score.
      if (active.excludedReason === NO_DATA_REASON) throw new Error(NO_DATA_REASON);
      scored.push({ record: { lon: s.lon, lat: s.lat, properties: flattenScoredSite(site) }, rank: active });
    } catch (e) {
      errors.push({ row: s.row, message: (e as Error).message });
    }
  }
  // Best first by the ranking rule (src/scoring/rank.ts): ranked sites, then insufficient data, then
  // excluded; ties keep the input order (the sort is stable).
  const records = scored.sort((a, b) => compareRank(a.rank, b.rank)).map((x) => x.record);
  errors.sort((a, b) => a.row - b.row);
  return { records, errors, rowKind, notices };
}

function loadEconomicsFacts() {
  return loadQueryContextNode().facts.economics;
}

export function main(argv: string[]): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`score: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  let run: ScoreRun;
  try {
    const ctx = loadQueryContextNode();
    run = scoreFile(opts, (lon, lat) => queryPoint(ctx, lon, lat), (lon, lat) => ctx.regionIndex.regionAt(lon, lat));
  } catch (e) {
    console.error(`score: ${opts.input}: ${(e as Error).message}`);
    return 1;
  }
  for (const note of run.notices) console.error(`score: ${opts.input}: note: ${note}`);
  for (const err of run.errors) console.error(`score: ${opts.input}: ${run.rowKind} ${err.row}: ${err.message} (skipped)`);
  const body = opts.out && formatOf(opts.out) === 'csv' ? scoredSitesCsv(run.records) : scoredSitesGeoJson(run.records);
  if (opts.out) writeFileSync(opts.out, body);
  else process.stdout.write(body + '\n');
  console.error(`score: ${run.records.length} site(s) scored for profile ${opts.profile}, ${run.errors.length} row(s) skipped${opts.out ? ` → ${opts.out}` : ''}`);
  return run.records.length > 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
