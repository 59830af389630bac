// "lat, lon" typed or pasted (decimal degrees): "45.5, -73.6", "45.5 -73.6", "45.5;-73.6", with an
// optional N/S/E/W suffix. Returns the point or the reason it is not one; a point outside the study
// area is refused with the import's message (src/io/studyArea.ts).
import { parseCoordinate } from '../io/coordinate';
import { outsideStudyArea, type RegionLookup } from '../io/studyArea';

export type PastedResult = { ok: true; lat: number; lon: number } | { ok: false; message: string };

export function parseLatLonText(text: string, regionAt: RegionLookup): PastedResult {
  const t = text.trim().replace(/[()[\]°]/g, ' ');
  if (!t) return { ok: false, message: 'enter a latitude and a longitude, e.g. 45.50, -73.57' };
  const parts = t.split(/\s*[,;]\s*|\s+/).filter(Boolean);
  if (parts.length !== 2) return { ok: false, message: `expected two numbers "lat, lon", got ${parts.length} part(s)` };
  const signed = (p: string, pos: string, neg: string): string => {
    const m = /^([+-]?[\d.]+)\s*([A-Za-z])?$/.exec(p);
    if (!m || !m[2]) return p;
    const hemi = m[2].toUpperCase();
    if (hemi === neg) return `-${m[1].replace(/^[+-]/, '')}`;
    return hemi === pos ? m[1] : p;
  };
  const lat = parseCoordinate(signed(parts[0], 'N', 'S'), 'latitude');
  const lon = parseCoordinate(signed(parts[1], 'E', 'W'), 'longitude');
  if (!lat.ok || !lon.ok) {
    const msg = [lat, lon].filter((r) => !r.ok).map((r) => (r as { message: string }).message).join('; ');
    const swapped = !lat.ok && lat.code === 'out_of_range' && lon.ok && Math.abs(lon.value) <= 90;
    return { ok: false, message: swapped ? `${msg}: the order is latitude first, then longitude` : msg };
  }
  const outside = outsideStudyArea(lon.value, lat.value, regionAt);
  if (outside) return { ok: false, message: outside.message };
  return { ok: true, lat: lat.value, lon: lon.value };
}
