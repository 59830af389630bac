// public/data/climate-stations.json: every station behind the climate surface, for drawing as
// points with its own values. Stored as rows plus a table of sources (≈5,900 stations share a
// handful of sources), expanded back into ClimateStation records here.
import type { ClimateStation, Quality } from './types';

export interface ClimateSourceEntry {
  source: string;
  quality: Quality;
  period: string;
  cddBaseC: number | null;
  /** When every station of this source has the URL `urlTemplate` with {id} replaced, rows omit it. */
  urlTemplate: string | null;
}

/** id, name, country, lon, lat, elevationM, annualMeanC, summerMaxC, cdd, warmestMonthMaxC, sourceIndex, sourceUrl (null = template), note. */
export type ClimateStationRow = [
  string,
  string,
  'US' | 'CA' | 'MX',
  number,
  number,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number,
  string | null,
  string | null,
];

export interface ClimateStationsFile {
  columns: string[];
  sources: ClimateSourceEntry[];
  rows: ClimateStationRow[];
}

/** A station as drawn: the shared record plus what only some sources have. */
export interface ClimateStationPoint extends ClimateStation {
  country: 'US' | 'CA' | 'MX';
  /** Mean daily maximum of the warmest month, °C (climate-stations.csv); not a JJA mean, so not in the summer surface. */
  warmestMonthMaxC: number | null;
  note: string | null;
}

export const CLIMATE_STATION_COLUMNS = [
  'id', 'name', 'country', 'lon', 'lat', 'elevationM', 'annualMeanC', 'summerMaxC', 'cdd', 'warmestMonthMaxC', 'sourceIndex', 'sourceUrl', 'note',
];

export function decodeClimateStations(file: ClimateStationsFile): ClimateStationPoint[] {
  return file.rows.map(([id, name, country, lon, lat, elevationM, annualMeanC, summerMaxC, cdd, warmestMonthMaxC, sourceIndex, sourceUrl, note]) => {
    const src = file.sources[sourceIndex];
    if (!src) throw new Error(`climate-stations.json: station ${id} names source ${sourceIndex}, which does not exist`);
    return {
      id, name, country, lon, lat, elevationM, annualMeanC, summerMaxC, cdd,
      cddBaseC: cdd === null ? null : src.cddBaseC,
      period: src.period,
      source: src.source,
      sourceUrl: sourceUrl ?? (src.urlTemplate ?? '').replace('{id}', id),
      quality: src.quality,
      warmestMonthMaxC,
      note,
    };
  });
}
