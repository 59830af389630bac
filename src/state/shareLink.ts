// Share link: the whole story of a view in the URL hash — facility type, the active profile's weight
// overrides, constraints, economics inputs, the map view and the shortlist:
//   #v=2&type=ai&w=retail_price:30&c=maxPue:1.3&e=itMw:80&map=-98.5,39.5,3.2&s=<deflate, base64url>
// A link of the first version (#type=…&w=…&map=…) still opens. Invalid parts are ignored so a mangled
// link still opens the app. The shortlist is compressed; past SHARE_LINK_MAX_CHARS it is left out
// and the caller says so.
import { CRITERION_IDS, type CriterionId } from '../scoring/criteria';
import type { Constraints } from '../scoring/constraints';
import type { EconomicsInputs } from '../scoring/economicsDefaults';
import { isProfileId, type ProfileId } from '../scoring/profiles';

export interface SharedSite {
  name: string;
  lat: number;
  lon: number;
}

export interface ShareState {
  profile: ProfileId;
  weights: Partial<Record<CriterionId, number>>;
  constraints?: Constraints;
  economics?: Partial<EconomicsInputs>;
  view?: { lon: number; lat: number; zoom: number };
  shortlist?: SharedSite[];
}

/** Longer links are cut by chat apps and some browsers; a shortlist that does not fit is left out. */
export const SHARE_LINK_MAX_CHARS = 8000;

const NUMBER_CONSTRAINTS = ['maxRetailPriceUsdPerMwh', 'maxWholesalePriceUsdPerMwh', 'maxCarbonGPerKwh', 'maxLatencyMs', 'maxLandValueUsdPerAcre', 'maxPue', 'maxSummerMaxC', 'minAnnualMeanC'] as const;
const ECONOMICS_KEYS = ['itMw', 'hashpriceUsdPerPhDay', 'fleetEfficiencyJPerTh', 'colocationUsdPerKwMonth', 'aiBasePue', 'miningBasePue', 'carbonPriceUsdPerTCo2', 'hybridAiSharePct'] as const;

const r = (x: number, d: number) => String(Math.round(x * 10 ** d) / 10 ** d);
const pairs = (o: Record<string, number | undefined>, keys: readonly string[]) =>
  keys.filter((k) => typeof o[k] === 'number' && Number.isFinite(o[k])).map((k) => `${k}:${r(o[k]!, 4)}`).join(',');

function readPairs(text: string | null, keys: readonly string[], min = -Infinity): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of (text ?? '').split(',')) {
    const [k, v] = pair.split(':');
    const n = Number(v);
    if (keys.includes(k) && v !== undefined && v !== '' && Number.isFinite(n) && n >= min) out[k] = n;
  }
  return out;
}

// Shortlist: "lat,lon,name" lines (names without line breaks), deflated and base64url-coded.
async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function inflate(code: string): Promise<string> {
  const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

export interface EncodedShare {
  hash: string;
  /** Set when the shortlist was left out: why. */
  shortlistLeftOut?: string;
}

export async function encodeShareHash(s: ShareState): Promise<EncodedShare> {
  const parts = ['v=2', `type=${s.profile}`];
  const w = CRITERION_IDS.filter((id) => s.weights[id] !== undefined).map((id) => `${id}:${r(s.weights[id]!, 2)}`);
  if (w.length) parts.push(`w=${w.join(',')}`);
  const c = s.constraints ? pairs(s.constraints as Record<string, number | undefined>, NUMBER_CONSTRAINTS) : '';
  if (c) parts.push(`c=${c}`);
  if (s.constraints?.excludeMiningRestricted) parts.push('xm=1');
  const e = s.economics ? pairs(s.economics, ECONOMICS_KEYS) : '';
  if (e) parts.push(`e=${e}`);
  if (s.view) parts.push(`map=${r(s.view.lon, 4)},${r(s.view.lat, 4)},${r(s.view.zoom, 2)}`);
  const base = `#${parts.join('&')}`;
  if (!s.shortlist?.length) return { hash: base };
  const lines = s.shortlist.map((x) => `${r(x.lat, 6)},${r(x.lon, 6)},${x.name.replace(/[\r\n]+/g, ' ')}`).join('\n');
  const hash = `${base}&s=${await deflate(lines)}`;
  if (hash.length <= SHARE_LINK_MAX_CHARS) return { hash };
  const kb = (hash.length / 1024).toFixed(0);
  return { hash: base, shortlistLeftOut: `the shortlist of ${s.shortlist.length.toLocaleString('en-US')} sites would make a ${kb} KB link (at most ${SHARE_LINK_MAX_CHARS / 1000} KB): export it as a file instead` };
}

export async function decodeShareHash(hash: string): Promise<Partial<ShareState> | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Partial<ShareState> = {};
  const type = params.get('type');
  if (type && isProfileId(type)) out.profile = type;
  if (params.has('w')) out.weights = readPairs(params.get('w'), CRITERION_IDS, 0);
  if (params.has('c') || params.has('xm')) {
    const c: Constraints = readPairs(params.get('c'), NUMBER_CONSTRAINTS);
    if (params.get('xm') === '1') c.excludeMiningRestricted = true;
    out.constraints = c;
  }
  if (params.has('e')) out.economics = readPairs(params.get('e'), ECONOMICS_KEYS, 0);
  const map = params.get('map')?.split(',').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite) && Math.abs(map[1]) <= 90 && Math.abs(map[0]) <= 180 && map[2] >= 0 && map[2] <= 22) out.view = { lon: map[0], lat: map[1], zoom: map[2] };
  const s = params.get('s');
  if (s) {
    try {
      const sites: SharedSite[] = [];
      for (const line of (await inflate(s)).split('\n')) {
        const [lat, lon, ...name] = line.split(',');
        const la = Number(lat), lo = Number(lon);
        if (lat !== '' && lon !== '' && Math.abs(la) <= 90 && Math.abs(lo) <= 180) sites.push({ lat: la, lon: lo, name: name.join(',') || 'Shared site' });
      }
      out.shortlist = sites;
    } catch {
      // A cut or mangled shortlist: the rest of the link still applies.
    }
  }
  return Object.keys(out).length ? out : null;
}
