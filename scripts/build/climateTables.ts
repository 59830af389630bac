// The three climate-normals tables: schemas, rows → station records, and the merge into one
// station list. The tables differ (see data/*.csv and docs/climate-method.md):
//   climate-normals-us.csv     NOAA 2006–2020, JJA mean max, degree days base 18.3 °C
//   climate-normals-ca-mx.csv  ECCC 1981–2010 / 1991–2020, JJA mean max, degree days base 18 °C
//   climate-stations.csv       mixed periods; WARMEST-MONTH mean max (not JJA); degree days only
//                              for its US rows (base 18.3 °C despite the column name)
import type { ClimateStationPoint } from '../../src/data/climatePoints';
import { QUALITIES, qualityRank, type Quality } from '../../src/data/quality';
import { createPointIndex } from '../../src/geo/pointIndex';
import { DataValidationError, parseAndValidate, type ColumnSpec, type TableSpec, type ValidationContext } from './validateTable';

const QUALITY: ColumnSpec = { name: 'quality', type: 'enum', values: QUALITIES, required: true };
const common = (country: readonly string[]): ColumnSpec[] => [
  { name: 'station_id', type: 'string', required: true },
  { name: 'name', type: 'string', required: true },
  { name: 'country', type: 'enum', values: country, required: true },
  { name: 'region_code', type: 'regionCode', required: true },
  { name: 'lat', type: 'number', required: true, min: 14, max: 84 },
  { name: 'lon', type: 'number', required: true, min: -180, max: -50 },
  { name: 'elevation_m', type: 'number', min: -100, max: 6200 },
  { name: 'annual_mean_temp_c', type: 'number', min: -30, max: 35 },
  { name: 'source', type: 'string', required: true },
  { name: 'source_url', type: 'url', required: true },
  QUALITY,
];
const degreeDays = (name: string): ColumnSpec => ({ name, type: 'number', min: 0, max: 15000 });
const tempC = (name: string): ColumnSpec => ({ name, type: 'number', min: -60, max: 50 });

export const CLIMATE_US_SPEC: TableSpec = {
  file: 'data/climate-normals-us.csv',
  columns: [
    ...common(['US']),
    { name: 'period', type: 'string', required: true },
    tempC('summer_mean_max_c'),
    tempC('winter_mean_min_c'),
    degreeDays('annual_cdd_18_3c'),
    degreeDays('annual_hdd_18_3c'),
    { name: 'years_tavg', type: 'integer', min: 0, max: 30 },
  ],
};

export const CLIMATE_CA_MX_SPEC: TableSpec = {
  file: 'data/climate-normals-ca-mx.csv',
  columns: [
    ...common(['CA', 'MX']),
    { name: 'period', type: 'string', required: true },
    tempC('summer_mean_max_c'),
    tempC('winter_mean_min_c'),
    degreeDays('annual_cdd_18c'),
    degreeDays('annual_hdd_18c'),
  ],
};

export const CLIMATE_STATIONS_SPEC: TableSpec = {
  file: 'data/climate-stations.csv',
  columns: [
    ...common(['US', 'CA', 'MX']),
    // Empty only where the source lost it (scraped Mexican tables); checked below.
    { name: 'period', type: 'string' },
    tempC('warmest_month_mean_max_c'),
    tempC('coldest_month_mean_min_c'),
    degreeDays('annual_cdd_18c'),
    degreeDays('annual_hdd_18c'),
  ],
};

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));
/** The period field of rows whose source does not give one. */
const UNKNOWN_PERIOD = 'unknown (source gives none)';

/**
 * The source as shown to users: the publisher's product. Where a table row also says in which copy
 * of the publisher's file a figure was read ("; read in a GitHub copy (…)"), that stays in the
 * table (and in the provenance column of climate-normals-ca-mx.csv), for audit, not in the app.
 */
export function publisherSource(source: string): string {
  return source.replace(/[;,]\s*(?:read in a GitHub copy|GitHub copy|as copied|read in a verbatim)\b.*$/, '').trim();
}

function base(r: Record<string, string>, period: string): Omit<ClimateStationPoint, 'summerMaxC' | 'cdd' | 'cddBaseC' | 'warmestMonthMaxC'> {
  return {
    id: r.station_id,
    name: r.name,
    country: r.country as ClimateStationPoint['country'],
    lon: Number(r.lon),
    lat: Number(r.lat),
    elevationM: num(r.elevation_m),
    period,
    annualMeanC: num(r.annual_mean_temp_c),
    source: publisherSource(r.source),
    sourceUrl: r.source_url,
    quality: r.quality as Quality,
    note: r.notes ? r.notes : null,
  };
}

export function parseUsNormals(csv: string, ctx: ValidationContext): ClimateStationPoint[] {
  return parseAndValidate(CLIMATE_US_SPEC, csv, ctx).map((r) => {
    const cdd = num(r.annual_cdd_18_3c);
    return { ...base(r, r.period), summerMaxC: num(r.summer_mean_max_c), cdd, cddBaseC: cdd === null ? null : 18.3, warmestMonthMaxC: null };
  });
}

export function parseCaMxNormals(csv: string, ctx: ValidationContext): ClimateStationPoint[] {
  return parseAndValidate(CLIMATE_CA_MX_SPEC, csv, ctx).map((r) => {
    const cdd = num(r.annual_cdd_18c);
    return { ...base(r, r.period), summerMaxC: num(r.summer_mean_max_c), cdd, cddBaseC: cdd === null ? null : 18, warmestMonthMaxC: null };
  });
}

export function parseClimateStations(csv: string, ctx: ValidationContext): ClimateStationPoint[] {
  return parseAndValidate(CLIMATE_STATIONS_SPEC, csv, ctx).map((r, i) => {
    if (!r.period && r.quality !== 'low') {
      throw new DataValidationError(CLIMATE_STATIONS_SPEC.file, i + 2, 'period', 'is empty on a row that is not quality "low"');
    }
    const cdd = num(r.annual_cdd_18c);
    return {
      ...base(r, r.period || UNKNOWN_PERIOD),
      // Warmest-month mean max is not the JJA mean max of the other tables: kept apart.
      summerMaxC: null,
      warmestMonthMaxC: num(r.warmest_month_mean_max_c),
      cdd,
      // The US rows carry NOAA's base-65 °F degree days (notes say so); no other row has any.
      cddBaseC: cdd === null ? null : r.country === 'US' ? 18.3 : 18,
    };
  });
}

const richness = (s: ClimateStationPoint) => [s.annualMeanC, s.summerMaxC, s.cdd].filter((v) => v !== null).length;
const periodEnd = (s: ClimateStationPoint) => Number(/(\d{4})\s*$/.exec(s.period)?.[1] ?? 0);
/** Higher first: more surface variables, then better quality, then the more recent period. */
const better = (a: ClimateStationPoint, b: ClimateStationPoint) =>
  richness(b) - richness(a) || qualityRank(a.quality) - qualityRank(b.quality) || periodEnd(b) - periodEnd(a);

/** Two rows from different tables this close (km) are taken as the same station. */
const SAME_STATION_KM = 3;

export interface MergedStations {
  stations: ClimateStationPoint[];
  /** "dropped X (table) for Y (table)" lines, for the build log and the Data panel. */
  duplicates: string[];
}

/**
 * One list from several tables. A station present in two tables (same id, or within
 * SAME_STATION_KM) keeps only its richer/better row; rows are never blended, so a station's
 * values always come from one source and one period. Output is sorted by id.
 */
export function mergeStations(tables: readonly { file: string; stations: readonly ClimateStationPoint[] }[]): MergedStations {
  const all = tables.flatMap((t, table) => t.stations.map((s) => ({ s, table })));
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byId = new Map<string, number>();
  all.forEach(({ s }, i) => {
    const j = byId.get(s.id);
    if (j === undefined) byId.set(s.id, i);
    else union(i, j);
  });
  // Rows matched by id are settled; proximity only pairs the others, and only across tables
  // (two NOAA stations 2 km apart are two stations).
  const tablesOfId = new Map<string, Set<number>>();
  for (const { s, table } of all) tablesOfId.set(s.id, (tablesOfId.get(s.id) ?? new Set()).add(table));
  const unmatched = (i: number) => (tablesOfId.get(all[i].s.id)?.size ?? 0) < 2;
  const index = createPointIndex(all.map(({ s }) => s));
  all.forEach(({ s, table }, i) => {
    if (!unmatched(i)) return;
    for (const h of index.within(s.lon, s.lat, SAME_STATION_KM)) if (all[h.index].table !== table && unmatched(h.index)) union(i, h.index);
  });
  const groups = new Map<number, number[]>();
  all.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const stations: ClimateStationPoint[] = [];
  const duplicates: string[] = [];
  for (const members of groups.values()) {
    const sorted = [...members].sort((a, b) => better(all[a].s, all[b].s) || a - b);
    const keep = all[sorted[0]];
    stations.push(keep.s);
    for (const i of sorted.slice(1)) {
      duplicates.push(`${all[i].s.id} (${tables[all[i].table].file}) → kept ${keep.s.id} (${tables[keep.table].file})`);
    }
  }
  stations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { stations, duplicates: duplicates.sort() };
}
