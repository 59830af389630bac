// Share link: facility type, the active profile's weight overrides and the map view in the URL hash
// (#type=ai&w=retail_price:30,latency:40&map=-98.5,39.5,3.2). Pure encode/decode; invalid parts are
// ignored so a mangled link still opens the app.
import { CRITERION_IDS, type CriterionId } from '../scoring/criteria';
import { isProfileId, type ProfileId } from '../scoring/profiles';

export interface ShareState {
  profile: ProfileId;
  weights: Partial<Record<CriterionId, number>>;
  view?: { lon: number; lat: number; zoom: number };
}

const r = (x: number, d: number) => String(Math.round(x * 10 ** d) / 10 ** d);

export function encodeShareHash(s: ShareState): string {
  const parts = [`type=${s.profile}`];
  const w = CRITERION_IDS.filter((id) => s.weights[id] !== undefined).map((id) => `${id}:${r(s.weights[id]!, 2)}`);
  if (w.length) parts.push(`w=${w.join(',')}`);
  if (s.view) parts.push(`map=${r(s.view.lon, 4)},${r(s.view.lat, 4)},${r(s.view.zoom, 2)}`);
  return `#${parts.join('&')}`;
}

export function decodeShareHash(hash: string): Partial<ShareState> | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Partial<ShareState> = {};
  const type = params.get('type');
  if (type && isProfileId(type)) out.profile = type;
  const w = params.get('w');
  if (w !== null) {
    out.weights = {};
    for (const pair of w.split(',')) {
      const [id, v] = pair.split(':');
      const n = Number(v);
      if ((CRITERION_IDS as readonly string[]).includes(id) && v !== '' && Number.isFinite(n) && n >= 0) out.weights[id as CriterionId] = n;
    }
  }
  const map = params.get('map')?.split(',').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite) && Math.abs(map[1]) <= 90 && Math.abs(map[0]) <= 180 && map[2] >= 0 && map[2] <= 22) out.view = { lon: map[0], lat: map[1], zoom: map[2] };
  return Object.keys(out).length ? out : null;
}
