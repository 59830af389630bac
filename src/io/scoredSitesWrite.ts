// The CLI's output files: scored sites as flat records (the output contract, src/scoring/flatten.ts)
// written as GeoJSON or CSV. CSV goes through src/io/csvWrite.ts, the app export's cell writer, so a
// name such as =HYPERLINK(…) is neutralised the same way in both.
import { findColumn, LAT_NAMES, LON_NAMES } from './columns';
import { round6 } from './coordinate';
import { columnsOf, writeCsv } from './csvWrite';
import type { CellValue } from './readRows';

export interface ScoredRecord {
  lon: number;
  lat: number;
  /** The flat record: contract columns, then the input row's own columns. */
  properties: Record<string, CellValue>;
}

/** RFC 7946 FeatureCollection: WGS84 lon/lat, no crs member, coordinates to 6 decimals (~0.1 m). */
export function scoredSitesGeoJson(records: readonly ScoredRecord[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: records.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [round6(r.lon), round6(r.lat)] }, properties: r.properties })),
  });
}

/** CSV with every column of every record (first-seen order); lon/lat added when the input had none. */
export function scoredSitesCsv(records: readonly ScoredRecord[]): string {
  const rows = records.map((r) => {
    const headers = Object.keys(r.properties);
    const hasCoords = findColumn(headers, LAT_NAMES) && findColumn(headers, LON_NAMES);
    return hasCoords ? r.properties : { ...r.properties, lon: r.lon, lat: r.lat };
  });
  return writeCsv(columnsOf(rows), rows);
}
