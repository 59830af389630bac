// Which columns of a table hold latitude, longitude and a site name, found by common header names.
export const LAT_NAMES = ['lat', 'latitude', 'lat_dd', 'latitude_dd', 'y', 'lat_deg', 'site_lat'];
export const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'lon_dd', 'longitude_dd', 'x', 'lon_deg', 'site_lon', 'site_lng'];
export const NAME_NAMES = ['name', 'site_name', 'site', 'title', 'label', 'id'];

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The header whose normalised name comes first in `candidates` (so "lat" beats "y"). */
export function findColumn(headers: readonly string[], candidates: readonly string[]): string | null {
  const normalised = headers.map(norm);
  for (const c of candidates) {
    const i = normalised.indexOf(c);
    if (i >= 0) return headers[i];
  }
  return null;
}

export interface ColumnChoice {
  lat: string | null;
  lon: string | null;
  name: string | null;
}

export function detectColumns(headers: readonly string[]): ColumnChoice {
  return { lat: findColumn(headers, LAT_NAMES), lon: findColumn(headers, LON_NAMES), name: findColumn(headers, NAME_NAMES) };
}
