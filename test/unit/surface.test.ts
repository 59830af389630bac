import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBoundariesNode, publicDataPath, readPublicJson } from '../../scripts/lib/nodeData';
import { decodeClimateStations, type ClimateStationsFile } from '../../src/data/climatePoints';
import { decodeSurface, regionCodeAt, sampleAt, type SurfaceMeta } from '../../src/data/surface';
import { cellCenter, cellIndexAt, NORTH_AMERICA_GRID } from '../../src/geo/grid';

const meta = readPublicJson<SurfaceMeta>('surface.json');
const surface = decodeSurface(meta, readFileSync(publicDataPath('surface.bin')));
const { index } = loadBoundariesNode();

describe('committed surface', () => {
  it('is on the shared grid with the five variables', () => {
    expect(meta.grid).toEqual(NORTH_AMERICA_GRID);
    expect(meta.variables.map((v) => v.id)).toEqual(['annual_mean_temp_c', 'summer_mean_max_c', 'cdd', 'nearest_station_km', 'latency_ms']);
    expect(surface.regionIndex).toHaveLength(68700);
  });

  it.each([
    ['Austin', -97.7431, 30.2672],
    ['Montréal', -73.5673, 45.5017],
    ['Monterrey', -100.3161, 25.6866],
    ['Denver', -104.9903, 39.7392],
    ['Calgary', -114.0719, 51.0447],
    ['Mexico City', -99.1332, 19.4326],
  ])('region index agrees with regionAt at the cell centre: %s', (_name, lon, lat) => {
    const [clon, clat] = cellCenter(meta.grid, cellIndexAt(meta.grid, lon, lat));
    expect(regionCodeAt(surface, lon, lat)).toBe(index.regionAt(clon, clat)?.code ?? null);
    expect(regionCodeAt(surface, lon, lat)).not.toBeNull();
  });

  it('is NaN at sea and outside the grid', () => {
    expect(regionCodeAt(surface, -40, 35)).toBeNull();
    for (const v of meta.variables) {
      expect(sampleAt(surface, v.id, -40, 35)).toBeNaN(); // mid-Atlantic
      expect(sampleAt(surface, v.id, 10, 50)).toBeNaN(); // Europe: off the grid
    }
  });

  it('has plausible values at known places', () => {
    // Phoenix is hot and near a market; Montréal cool; Baker Lake (Nunavut) too far from any station.
    expect(sampleAt(surface, 'summer_mean_max_c', -112.074, 33.4484)).toBeGreaterThan(38);
    expect(sampleAt(surface, 'cdd', -112.074, 33.4484)).toBeGreaterThan(2000);
    expect(sampleAt(surface, 'latency_ms', -112.074, 33.4484)).toBeLessThan(2);
    expect(sampleAt(surface, 'annual_mean_temp_c', -73.5673, 45.5017)).toBeGreaterThan(4);
    expect(sampleAt(surface, 'annual_mean_temp_c', -73.5673, 45.5017)).toBeLessThan(9);
    expect(sampleAt(surface, 'annual_mean_temp_c', -96.0, 64.3)).toBeNaN();
    expect(sampleAt(surface, 'nearest_station_km', -96.0, 64.3)).toBeGreaterThan(300);
  });

  it('station points decode with their own values and sources', () => {
    const stations = decodeClimateStations(readPublicJson<ClimateStationsFile>('climate-stations.json'));
    const pg = stations.find((s) => s.id === 'ECCC-1096450');
    // The 1991-2020 row (ECCC national file) superseded the 1981-2010 one.
    expect(pg).toMatchObject({ name: 'PRINCE GEORGE', period: '1991-2020', annualMeanC: 4.3, summerMaxC: 21.7, cdd: 27.6, cddBaseC: 18, quality: 'secondary' });
    const noaa = stations.find((s) => s.id === 'USC00010063');
    expect(noaa?.sourceUrl).toBe('https://www.ncei.noaa.gov/data/normals-annualseasonal/2006-2020/access/USC00010063.csv');
  });
});
