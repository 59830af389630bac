// Export builders: candidates + their scores → the flat contract (src/scoring/flatten.ts) plus the
// columns a re-import needs to restore them (id, shortlisted, added_at) and the export's provenance
// (weights used, time, app version). GeoJSON per RFC 7946; CSV with the same columns, one row a site.
//
// A file is written as a sequence of text chunks (exportChunks), never as one string: 100,000 sites
// are ~400 MB of GeoJSON, near V8's string limit. The chunks go into a Blob as they are made. Each
// site is written straight from its values (no record object, no JSON.stringify of the whole
// collection); the output is byte-for-byte what JSON.stringify / Papa.unparse of the records wrote
// (test/unit/exportBytes.test.ts). A site whose own columns JavaScript would order differently
// (array-index-like names such as "2024", "__proto__", a clash with a renamed column) is written
// from a record object, as before.
import { CRITERION_IDS } from '../scoring/criteria';
import { CONTRACT_WIDTH, contractColumns, flattenScoredSite, flattenValues, hasStandardCriteria, type FlatRecord, type FlatValue, type ScoredSite } from '../scoring/flatten';
import { resolveWeights } from '../scoring/weights';
import type { ModelOptions } from '../scoring/model';
import { csvCell, csvEnd, csvHeader } from '../io/csvWrite';
import type { CellValue } from '../io/readRows';
import { round6, type Candidate } from './types';

export interface ExportMeta {
  exportedAt: string;
  appVersion: string;
  model: ModelOptions;
}

/** Columns GridScout writes (beyond the contract); an input column of the same name becomes input_<name>. */
export const META_COLUMNS = ['id', 'shortlisted', 'added_at', 'exported_at', 'app_version', 'lon', 'lat'] as const;
export const weightColumn = (id: string) => `weight_${id}`;

let reserved: Set<string> | null = null;
/** Every column an export writes itself; anything else in an export is the user's own. */
export function reservedColumns(): Set<string> {
  reserved ??= new Set([...contractColumns(), ...META_COLUMNS, ...CRITERION_IDS.map(weightColumn)]);
  return reserved;
}

/** The weights as entered for the active profile (defaults + the user's overrides), as % of their sum, 0.1 % steps. */
function weightPercents(model: ModelOptions): number[] {
  const w = resolveWeights(model.profile, model.weights);
  const total = CRITERION_IDS.reduce((s, id) => s + w[id], 0) || 1;
  return CRITERION_IDS.map((id) => Math.round((w[id] / total) * 1000) / 10);
}

/** One flat record: GridScout columns first, then the user's own columns (renamed on a clash). */
export function exportRecord(c: Candidate, scored: ScoredSite, meta: ExportMeta): FlatRecord {
  const out: FlatRecord = { id: c.id, ...flattenScoredSite({ ...scored, input: {} }) };
  out.shortlisted = c.starred;
  const w = weightPercents(meta.model);
  CRITERION_IDS.forEach((id, i) => (out[weightColumn(id)] = w[i]));
  out.added_at = c.addedAt;
  out.exported_at = meta.exportedAt;
  out.app_version = meta.appVersion;
  const taken = reservedColumns();
  for (const [k, v] of Object.entries(c.props)) out[taken.has(k) ? `input_${k}` : k] = v;
  return out;
}

// ---- The record as a row of slots: [id, ...contract, shortlisted, ...weights, added_at, exported_at, app_version, lon, lat]
// (the order of exportRecord's keys; lon/lat are CSV only).
const S_CONTRACT = 1;
const S_SHORTLISTED = S_CONTRACT + CONTRACT_WIDTH;
const S_WEIGHTS = S_SHORTLISTED + 1;
const S_ADDED = S_WEIGHTS + CRITERION_IDS.length;
const S_EXPORTED = S_ADDED + 1;
const S_VERSION = S_EXPORTED + 1;
const S_LON = S_VERSION + 1;
const S_LAT = S_LON + 1;
const SLOTS = S_LAT + 1;
/** Slots written as GeoJSON properties (all but lon/lat). */
const PROPERTY_SLOTS = S_LON;

let slotKeys: readonly string[] | null = null;
function recordKeys(): readonly string[] {
  slotKeys ??= ['id', ...contractColumns(), 'shortlisted', ...CRITERION_IDS.map(weightColumn), 'added_at', 'exported_at', 'app_version', 'lon', 'lat'];
  return slotKeys;
}

/** Slots whose text repeats across sites (units, sources, region, flags): their escaped text is cached. */
let repeatSlots: Uint8Array | null = null;
function repeatingSlots(): Uint8Array {
  if (!repeatSlots) {
    const keys = recordKeys();
    repeatSlots = Uint8Array.from(keys, (k) => (/_(unit|source)$|^(region_code|region_name|profile|missing|mining_restriction|flags)$/.test(k) ? 1 : 0));
  }
  return repeatSlots;
}

/**
 * True when a site's own columns land after ours in insertion order, as written: no name JavaScript
 * would order first (array indices: any name starting with a digit is treated as one), no
 * "__proto__", and no two columns that end up with the same name (x and input_x where x is ours).
 */
function plainProps(props: Record<string, CellValue>, taken: Set<string>): boolean {
  for (const k of Object.keys(props)) {
    const c = k.charCodeAt(0);
    if ((c >= 48 && c <= 57) || k === '__proto__') return false;
    if (taken.has(k)) {
      const renamed = `input_${k}`;
      if (taken.has(renamed) || Object.prototype.hasOwnProperty.call(props, renamed)) return false;
    }
  }
  return true;
}

/** JSON text of one value, exactly as JSON.stringify writes it inside an object; undefined = key left out. */
function jsonValue(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      return v === null ? 'null' : JSON.stringify(v);
  }
}

/** Per-export state shared by both formats: the constant columns, caches and a reused slot row. */
class SiteValues {
  readonly values: FlatValue[] = new Array(SLOTS);
  readonly taken = reservedColumns();
  readonly repeat = repeatingSlots();
  private readonly weights: number[];

  constructor(readonly meta: ExportMeta) {
    this.weights = weightPercents(meta.model);
  }

  /** Fills the slot row for a site (standard criteria only). */
  fill(c: Candidate, scored: ScoredSite): FlatValue[] {
    const v = this.values;
    v[0] = c.id;
    flattenValues(scored, v, S_CONTRACT);
    v[S_SHORTLISTED] = c.starred;
    for (let i = 0; i < this.weights.length; i++) v[S_WEIGHTS + i] = this.weights[i];
    v[S_ADDED] = c.addedAt;
    v[S_EXPORTED] = this.meta.exportedAt;
    v[S_VERSION] = this.meta.appVersion;
    v[S_LON] = round6(c.lon);
    v[S_LAT] = round6(c.lat);
    return v;
  }

  /** Constant per export: the weights, exported_at, app_version. */
  static isConstant(slot: number): boolean {
    return (slot >= S_WEIGHTS && slot < S_ADDED) || slot === S_EXPORTED || slot === S_VERSION;
  }
}

/** Text of one site (with its separator), plus what goes before the first and after the last. */
interface FormatWriter {
  head(): string;
  site(c: Candidate, scored: ScoredSite, index: number): string;
  tail(count: number): string;
}

const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[';

class GeoJsonWriter implements FormatWriter {
  private readonly row: SiteValues;
  /** '"key":' per slot. */
  private readonly keys: string[];
  /** '"key":value' for constant slots ('' when JSON leaves the key out); null for the others. */
  private readonly constant: (string | null)[];
  private readonly cache = new Map<string, string>();
  private readonly userKeys = new Map<string, string>();

  constructor(private readonly meta: ExportMeta) {
    this.row = new SiteValues(meta);
    this.keys = recordKeys().map((k) => `${JSON.stringify(k)}:`);
    const filled = new Array<FlatValue>(SLOTS);
    filled.splice(S_WEIGHTS, CRITERION_IDS.length, ...weightPercents(meta.model));
    filled[S_EXPORTED] = meta.exportedAt;
    filled[S_VERSION] = meta.appVersion;
    this.constant = this.keys.map((key, slot) => {
      if (!SiteValues.isConstant(slot)) return null;
      const json = jsonValue(filled[slot]);
      return json === undefined ? '' : key + json;
    });
  }

  head(): string {
    return GEOJSON_HEAD;
  }

  tail(): string {
    return ']}';
  }

  site(c: Candidate, scored: ScoredSite, index: number): string {
    const sep = index === 0 ? '' : ',';
    const coords = `[${jsonValue(round6(c.lon)) ?? 'null'},${jsonValue(round6(c.lat)) ?? 'null'}]`;
    const head = `${sep}{"type":"Feature","geometry":{"type":"Point","coordinates":${coords}},"properties":`;
    if (!hasStandardCriteria(scored) || !plainProps(c.props, this.row.taken)) return `${head}${JSON.stringify(exportRecord(c, scored, this.meta))}}`;
    const v = this.row.fill(c, scored);
    const repeat = this.row.repeat;
    let s = '{';
    let n = 0;
    for (let i = 0; i < PROPERTY_SLOTS; i++) {
      const k = this.constant[i];
      if (k !== null) {
        if (k) s += (n++ ? ',' : '') + k;
        continue;
      }
      const x = v[i];
      let json: string | undefined;
      if (repeat[i] && typeof x === 'string') {
        json = this.cache.get(x);
        if (json === undefined) this.cache.set(x, (json = JSON.stringify(x)));
      } else json = jsonValue(x);
      if (json !== undefined) s += (n++ ? ',' : '') + this.keys[i] + json;
    }
    const props = c.props;
    for (const k of Object.keys(props)) {
      const json = jsonValue(props[k]);
      if (json === undefined) continue;
      const name = this.row.taken.has(k) ? `input_${k}` : k;
      let key = this.userKeys.get(name);
      if (key === undefined) this.userKeys.set(name, (key = `${JSON.stringify(name)}:`));
      s += (n++ ? ',' : '') + key + json;
    }
    return `${head}${s}}}`;
  }
}

const FIRST_CSV_COLUMNS = ['id', 'name', 'lon', 'lat'];

class CsvWriter implements FormatWriter {
  private readonly row: SiteValues;
  private readonly columns: string[] = [...FIRST_CSV_COLUMNS];
  private readonly seen = new Set<string>(FIRST_CSV_COLUMNS);
  private ourColumnsSeen = false;
  /** Per column: its slot, or -1 for a user's column. */
  private slotOf: Int32Array = new Int32Array(0);
  /** Per column: the cell text when constant for the export; null otherwise. */
  private constant: (string | null)[] = [];
  /** Per user column named input_x with x one of ours: x (the site's own column it came from). */
  private renamedFrom: (string | null)[] = [];
  private readonly cache = new Map<string, string>();

  constructor(private readonly meta: ExportMeta) {
    this.row = new SiteValues(meta);
  }

  private add(k: string): void {
    if (!this.seen.has(k)) (this.seen.add(k), this.columns.push(k));
  }

  /** First pass, over the candidates only (their own columns decide the header): columns in first-seen order. */
  scan(list: readonly Candidate[], from: number, to: number): void {
    const taken = this.row.taken;
    const ours = recordKeys();
    for (let i = from; i < to; i++) {
      const props = list[i].props;
      if (plainProps(props, taken)) {
        if (!this.ourColumnsSeen) for (let s = 0; s < PROPERTY_SLOTS; s++) this.add(ours[s]);
        for (const k of Object.keys(props)) this.add(taken.has(k) ? `input_${k}` : k);
      } else {
        // The keys of the record object, in the order JavaScript gives them.
        const o: Record<string, unknown> = {};
        for (let s = 0; s < PROPERTY_SLOTS; s++) o[ours[s]] = 0;
        for (const [k, v] of Object.entries(props)) o[taken.has(k) ? `input_${k}` : k] = v;
        o.lon = 0;
        o.lat = 0;
        for (const k of Object.keys(o)) this.add(k);
      }
      this.ourColumnsSeen = true;
    }
  }

  head(): string {
    const slots = new Map(recordKeys().map((k, i) => [k, i]));
    this.slotOf = Int32Array.from(this.columns, (k) => slots.get(k) ?? -1);
    const filled = new Array<FlatValue>(SLOTS);
    filled.splice(S_WEIGHTS, CRITERION_IDS.length, ...weightPercents(this.meta.model));
    filled[S_EXPORTED] = this.meta.exportedAt;
    filled[S_VERSION] = this.meta.appVersion;
    this.constant = Array.from(this.slotOf, (slot) => (slot >= 0 && SiteValues.isConstant(slot) ? csvCell(filled[slot]) : null));
    this.renamedFrom = this.columns.map((k, j) => (this.slotOf[j] < 0 && k.startsWith('input_') && this.row.taken.has(k.slice(6)) ? k.slice(6) : null));
    return csvHeader(this.columns);
  }

  tail(count: number): string {
    return csvEnd(count);
  }

  site(c: Candidate, scored: ScoredSite): string {
    if (!hasStandardCriteria(scored)) throw new Error('export: a site was scored without every criterion');
    const props = c.props;
    const own = (k: string) => Object.prototype.hasOwnProperty.call(props, k);
    const cols = this.columns;
    let s = '';
    if (!plainProps(props, this.row.taken)) {
      const r: Record<string, FlatValue> = { ...exportRecord(c, scored, this.meta), lon: round6(c.lon), lat: round6(c.lat) };
      for (let j = 0; j < cols.length; j++) s += (j ? ',' : '') + csvCell(Object.prototype.hasOwnProperty.call(r, cols[j]) ? r[cols[j]] : undefined);
      return s + '\n';
    }
    const v = this.row.fill(c, scored);
    const repeat = this.row.repeat;
    for (let j = 0; j < cols.length; j++) {
      if (j) s += ',';
      const slot = this.slotOf[j];
      if (slot >= 0) {
        const k = this.constant[j];
        if (k !== null) s += k;
        else {
          const x = v[slot];
          if (repeat[slot] && typeof x === 'string') {
            let cell = this.cache.get(x);
            if (cell === undefined) this.cache.set(x, (cell = csvCell(x)));
            s += cell;
          } else s += csvCell(x);
        }
      } else {
        const from = this.renamedFrom[j];
        const k = from !== null && own(from) ? from : cols[j];
        s += own(k) ? csvCell(props[k]) : '';
      }
    }
    return s + '\n';
  }
}

export type ExportFormat = 'geojson' | 'csv';

export interface ExportChunk {
  /** The next piece of the file ('' while the CSV header is still being worked out). */
  text: string;
  /** Sites written so far. */
  done: number;
  total: number;
}

/**
 * The export file as a sequence of text chunks, each covering up to `sitesPerChunk` sites (the CSV
 * first reads every site's own columns, `scanPerChunk` sites a step, to write its header). Concatenated,
 * the chunks are the whole file. `score` is called once per site, in order, as its chunk is written,
 * so the full scores of all sites never need to be held at once.
 */
export function* exportChunks(
  format: ExportFormat,
  list: readonly Candidate[],
  score: (c: Candidate, index: number) => ScoredSite,
  meta: ExportMeta,
  { sitesPerChunk = 64, scanPerChunk = 20_000 }: { sitesPerChunk?: number; scanPerChunk?: number } = {},
): Generator<ExportChunk, void, undefined> {
  const total = list.length;
  let writer: FormatWriter;
  if (format === 'csv') {
    const csv = new CsvWriter(meta);
    for (let i = 0; i < total; i += scanPerChunk) {
      csv.scan(list, i, Math.min(total, i + scanPerChunk));
      if (i + scanPerChunk < total) yield { text: '', done: 0, total };
    }
    writer = csv;
  } else writer = new GeoJsonWriter(meta);
  let text = writer.head();
  let i = 0;
  do {
    const end = Math.min(total, i + sitesPerChunk);
    for (; i < end; i++) text += writer.site(list[i], score(list[i], i), i);
    if (i === total) text += writer.tail(total);
    yield { text, done: i, total };
    text = '';
  } while (i < total);
}

export interface ExportItem {
  candidate: Candidate;
  scored: ScoredSite;
}

/** The whole file as one string, from sites already scored (CLI-sized lists, tests). */
export function exportText(format: ExportFormat, items: readonly ExportItem[], meta: ExportMeta): string {
  const parts: string[] = [];
  for (const chunk of exportChunks(format, items.map((it) => it.candidate), (_, i) => items[i].scored, meta, { sitesPerChunk: 1000 })) parts.push(chunk.text);
  return parts.join('');
}

export function exportGeoJson(items: readonly ExportItem[], meta: ExportMeta): string {
  return exportText('geojson', items, meta);
}

export function exportCsv(items: readonly ExportItem[], meta: ExportMeta): string {
  return exportText('csv', items, meta);
}

/** gridscout-shortlist-2026-11-24.geojson (local date). */
export function exportFileName(kind: 'shortlist' | 'all' | 'rejected', ext: 'geojson' | 'csv', date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gridscout-${kind}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${ext}`;
}
