// The county at a point and its cited county figures: AC transfer capability (ReEDS) and the FEMA
// National Risk Index score. Pure: the page, the workers, the CLI and the build share it.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import * as topojson from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createPolygonIndex } from '../geo/polygonIndex';
import type { CountyFactsFile, CountyRecord, DatasetSource } from './areaFiles';
import type { CountyPointFacts, Fact } from './types';


export interface CountyIndex {
  countyAt(lon: number, lat: number): CountyPointFacts;
  readonly file: CountyFactsFile;
  /** County polygons with their FIPS as `id` and `fips` property, for the map. */
  readonly features: FeatureCollection<Polygon | MultiPolygon, { fips: string }>;
}

const fact = (value: number, s: DatasetSource, note?: string): Fact => ({
  value,
  unit: s.unit,
  year: s.year,
  ...(s.period ? { period: s.period } : {}),
  source: s.source,
  sourceUrl: s.sourceUrl,
  quality: s.quality,
  ...(note ? { note } : {}),
});

export function countyFactsOf(rec: CountyRecord, file: CountyFactsFile): Omit<CountyPointFacts, 'county'> {
  const mw = (x: number | undefined) => `${Math.round(x ?? 0).toLocaleString('en-US')} MW`;
  const grid =
    rec.transferMw !== undefined
      ? fact(rec.transferMw, file.transfer, `Sum of the county's ${rec.interfaces} AC interfaces with neighbouring counties, each at its larger direction; into the county ${mw(rec.importMw)}, out ${mw(rec.exportMw)}. A measure of grid strength, not spare capacity.`)
      : null;
  const hazard = rec.riskScore !== undefined ? fact(rec.riskScore, file.hazard, rec.riskRating ? `FEMA rating: ${rec.riskRating}` : undefined) : null;
  return {
    gridStrength: grid,
    ...(grid ? {} : { gridStrengthNoData: rec.transferNoData ?? 'No transfer capability listed for this county.' }),
    naturalHazard: hazard,
    ...(hazard ? {} : { naturalHazardNoData: rec.hazardNoData ?? 'No National Risk Index score for this county.' }),
  };
}

const OUTSIDE: Omit<CountyPointFacts, 'county'> = {
  gridStrength: null,
  gridStrengthNoData: 'County figures cover the United States only.',
  naturalHazard: null,
  naturalHazardNoData: 'County figures cover the United States only.',
};

export function createCountyIndex(topology: Topology, file: CountyFactsFile): CountyIndex {
  const fc = topojson.feature(topology, topology.objects.counties as GeometryCollection) as unknown as FeatureCollection<Polygon | MultiPolygon, { name?: string }>;
  const features: FeatureCollection<Polygon | MultiPolygon, { fips: string }> = {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ type: 'Feature', id: Number(f.id), geometry: f.geometry, properties: { fips: String(f.id) } })),
  };
  const index = createPolygonIndex(features.features.map((f) => f.geometry));
  return {
    file,
    features,
    countyAt(lon, lat) {
      const hit = index.allAt(lon, lat)[0];
      if (hit === undefined) return { county: null, ...OUTSIDE };
      const fips = features.features[hit].properties.fips;
      const rec = file.counties[fips];
      if (!rec) return { county: { fips, name: fips, state: '' }, ...OUTSIDE };
      return { county: { fips, name: rec.name, state: rec.state }, ...countyFactsOf(rec, file) };
    },
  };
}
