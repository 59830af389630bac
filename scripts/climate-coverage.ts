// Sweeps every gazetteer town (public/data/gazetteer.json, see scripts/build-gazetteer.ts) through
// the point query and counts, per country, the towns it gives no climate: no annual mean
// temperature at all, and no cooling inputs (CDD or summer maximum missing, so the cooling
// criterion is unscored). Ends with one key=value line for before/after comparisons.
//   npx tsx scripts/climate-coverage.ts [--list N]   (N: how many of the largest towns to name per country)
import { loadQueryContextNode, readPublicJson } from './lib/nodeData';
import { decodeGazetteer } from '../src/candidates/gazetteer';
import { queryPoint } from '../src/data/pointQuery';

const COUNTRIES = ['US', 'CA', 'MX'] as const;
const listArg = process.argv.indexOf('--list');
const listN = listArg >= 0 ? Number(process.argv[listArg + 1] ?? 10) : 10;

const ctx = loadQueryContextNode();
const places = decodeGazetteer(readPublicJson('gazetteer.json'));

interface Tally {
  places: number;
  noClimate: number;
  noClimatePopulation: number;
  noCooling: number;
  /** Of noClimate: towns the point query places in no region (a geography gap, not a climate one). */
  noRegion: number;
  names: string[];
}
const tally = Object.fromEntries(COUNTRIES.map((c) => [c, { places: 0, noClimate: 0, noClimatePopulation: 0, noCooling: 0, noRegion: 0, names: [] as string[] }])) as Record<(typeof COUNTRIES)[number], Tally>;

// Places come largest first, so the first names collected are the largest towns.
for (const p of places) {
  const country = p.region.slice(0, 2) as (typeof COUNTRIES)[number];
  const t = tally[country];
  if (!t) continue;
  t.places++;
  const facts = queryPoint(ctx, p.lon, p.lat);
  const c = facts.climate;
  if (c.annualMeanC === null) {
    t.noClimate++;
    if (facts.region === null) t.noRegion++;
    t.noClimatePopulation += p.population;
    if (t.names.length < listN) t.names.push(`${p.name} (${p.region}, ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`);
  }
  if (c.cdd === null || c.summerMaxC === null) t.noCooling++;
}

for (const c of COUNTRIES) {
  const t = tally[c];
  console.log(`${c}: ${t.noClimate} of ${t.places} places without climate (population ${t.noClimatePopulation.toLocaleString('en-US')}; ${t.noRegion} of them outside every region); ${t.noCooling} without cooling inputs (CDD or summer maximum)`);
  for (const n of t.names) console.log(`  ${n}`);
}
const kv = COUNTRIES.flatMap((c) => [`no_climate_${c.toLowerCase()}=${tally[c].noClimate}`, `no_climate_in_region_${c.toLowerCase()}=${tally[c].noClimate - tally[c].noRegion}`, `no_cooling_${c.toLowerCase()}=${tally[c].noCooling}`]);
const total = COUNTRIES.reduce((n, c) => n + tally[c].noClimate, 0);
console.log(`climate_coverage places=${places.length} no_climate=${total} ${kv.join(' ')}`);
