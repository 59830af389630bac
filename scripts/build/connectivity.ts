// Connectivity step: data-center markets, IXPs and known sites → public/data/connectivity.json,
// plus the latency layer of the surface (round trip to the nearest market or IXP).
import type { ConnectivityBundle, DatasetInfo, DcMarket, Ixp, KnownSite, PointFeatureBase, Quality } from '../../src/data/types';
import { nearestPoint, roundTripMs, type LatencyModel } from '../../src/geo/latency';
import type { RegionIndex } from '../../src/geo/regionIndex';
import { regionCodeSet, type BuildContext, type StepOutput, type SurfaceLayer } from './step';
import { landLayer, type CellRegions } from './surface';
import { SURFACE_VARIABLE } from '../../src/data/surface';
import { QUALITIES } from '../../src/data/quality';
import { DataValidationError, parseAndValidate, type ColumnSpec, type TableSpec, type ValidationContext } from './validateTable';

const located: ColumnSpec[] = [
  { name: 'name', type: 'string', required: true },
  { name: 'region_code', type: 'regionCode', required: true },
  { name: 'country', type: 'enum', values: ['US', 'CA', 'MX'], required: true },
  { name: 'lat', type: 'number', required: true, min: 14, max: 84 },
  { name: 'lon', type: 'number', required: true, min: -180, max: -50 },
];
const cited: ColumnSpec[] = [
  { name: 'source', type: 'string', required: true },
  { name: 'source_url', type: 'url', required: true },
  { name: 'quality', type: 'enum', values: QUALITIES, required: true },
  { name: 'notes', type: 'string' },
];

const MARKETS_SPEC: TableSpec = {
  file: 'data/dc-markets.csv',
  columns: [
    { name: 'market_id', type: 'string', required: true },
    ...located,
    { name: 'inventory_mw', type: 'number', min: 0, max: 100000 },
    { name: 'under_construction_mw', type: 'number', min: 0, max: 100000 },
    { name: 'vacancy_pct', type: 'number', min: 0, max: 100 },
    { name: 'colocation_usd_per_kw_month', type: 'number', min: 0, max: 2000 },
    // Empty on location-only rows (checked in checkLocationOnlyMarkets).
    { name: 'year', type: 'year' },
    { name: 'period', type: 'string' },
    { name: 'source', type: 'string' },
    { name: 'source_url', type: 'url' },
    { name: 'quality', type: 'enum', values: QUALITIES, required: true },
    { name: 'notes', type: 'string' },
  ],
};

const MARKET_FIGURES = ['inventory_mw', 'under_construction_mw', 'vacancy_pct', 'colocation_usd_per_kw_month'];
/** Where a market row has no source, its only claim is the place (a GeoNames centroid, per its notes). */
const LOCATION_ONLY_SOURCE = 'GeoNames, towns of more than 1,000 people: market location only, no market figures found';
const LOCATION_ONLY_URL = 'https://www.geonames.org/';

/** A market row may omit source and year only if it carries no figure and is marked low quality. */
function checkLocationOnlyMarkets(rows: Record<string, string>[]): void {
  rows.forEach((r, i) => {
    if (r.source && r.source_url && r.year) return;
    const fail = (column: string, detail: string) => {
      throw new DataValidationError(MARKETS_SPEC.file, i + 2, column, detail);
    };
    for (const c of ['source', 'source_url', 'year']) if (!r[c] && MARKET_FIGURES.some((f) => r[f])) fail(c, 'is empty but the row has market figures');
    if (r.quality !== 'low') fail('quality', 'must be "low" on a row without source, source_url or year');
  });
}

const IXPS_SPEC: TableSpec = {
  file: 'data/ixps.csv',
  columns: [{ name: 'ixp_id', type: 'string', required: true }, ...located, { name: 'city', type: 'string', required: true }, { name: 'year', type: 'year', required: true }, ...cited],
};

const KNOWN_SITES_SPEC: TableSpec = {
  file: 'data/known-sites.csv',
  columns: [
    { name: 'site_id', type: 'string', required: true },
    ...located,
    { name: 'operator', type: 'string', required: true },
    { name: 'kind', type: 'enum', values: ['mining', 'ai_hpc', 'hybrid'], required: true },
    // Empty where the source left it open (the row's notes say why).
    { name: 'status', type: 'string' },
    { name: 'city', type: 'string' },
    { name: 'location_precision', type: 'string', required: true },
    { name: 'capacity_mw', type: 'number', min: 0, max: 100000 },
    { name: 'capacity_basis', type: 'string' },
    { name: 'year', type: 'year', required: true },
    ...cited,
  ],
};

const LATENCY_MODEL_SPEC: TableSpec = {
  file: 'data/latency-model.csv',
  columns: [
    { name: 'parameter', type: 'string', required: true },
    { name: 'value', type: 'number', required: true, min: 0 },
    { name: 'unit', type: 'string', required: true },
    { name: 'year', type: 'year' },
    ...cited,
  ],
};

const num = (s: string): number | null => (s === '' ? null : Number(s));

/** Rejects a repeated id, naming the row. */
function assertUniqueIds(spec: TableSpec, rows: Record<string, string>[], column: string): void {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r[column])) throw new DataValidationError(spec.file, i + 2, column, `duplicate id "${r[column]}"`);
    seen.add(r[column]);
  });
}

function pointBase(r: Record<string, string>, id: string, regions: RegionIndex, warnings: string[], file: string): PointFeatureBase {
  const lon = Number(r.lon);
  const lat = Number(r.lat);
  // The region is where the point falls on GridScout's own boundaries; the table's code is the
  // fallback for city centroids that land just offshore of the simplified coastline.
  const hit = regions.regionAt(lon, lat);
  if (!hit) warnings.push(`${file} ${id}: (${lon}, ${lat}) falls outside every region; kept the table's ${r.region_code}`);
  else if (hit.code !== r.region_code) warnings.push(`${file} ${id}: table says ${r.region_code}, regionAt says ${hit.code} (used)`);
  return {
    id,
    name: r.name,
    lon,
    lat,
    regionCode: hit?.code ?? r.region_code,
    source: r.source,
    sourceUrl: r.source_url,
    quality: r.quality as Quality,
    year: num(r.year),
    ...(r.notes ? { note: r.notes } : {}),
  };
}

export interface LatencyModelRecord extends LatencyModel {
  source: string;
  sourceUrl: string;
}

export function parseLatencyModel(csv: string): LatencyModelRecord {
  const rows = parseAndValidate(LATENCY_MODEL_SPEC, csv);
  const pick = (parameter: string) => {
    const row = rows.find((r) => r.parameter === parameter);
    if (!row) throw new DataValidationError(LATENCY_MODEL_SPEC.file, null, 'parameter', `needs a row "${parameter}"`);
    return row;
  };
  const route = pick('route_factor');
  const fibre = pick('fibre_km_per_ms');
  return {
    routeFactor: Number(route.value),
    fibreKmPerMs: Number(fibre.value),
    source: `Route factor ${route.value}: ${route.source}. Speed of light in fibre ${fibre.value} km/ms: ${fibre.source} (${fibre.source_url})`,
    sourceUrl: route.source_url,
  };
}

export interface ConnectivityStep extends StepOutput {
  bundle: ConnectivityBundle;
  latencyModel: LatencyModelRecord;
}

/** Parses and validates the three point tables and the latency model (no surface). */
export function buildConnectivityBundle(ctx: BuildContext): ConnectivityStep {
  const vctx: ValidationContext = { regionCodes: regionCodeSet(ctx.regions) };
  const warnings: string[] = [];
  const marketRows = parseAndValidate(MARKETS_SPEC, ctx.readText(MARKETS_SPEC.file), vctx);
  const ixpRows = parseAndValidate(IXPS_SPEC, ctx.readText(IXPS_SPEC.file), vctx);
  const siteRows = parseAndValidate(KNOWN_SITES_SPEC, ctx.readText(KNOWN_SITES_SPEC.file), vctx);
  assertUniqueIds(MARKETS_SPEC, marketRows, 'market_id');
  checkLocationOnlyMarkets(marketRows);
  assertUniqueIds(IXPS_SPEC, ixpRows, 'ixp_id');
  assertUniqueIds(KNOWN_SITES_SPEC, siteRows, 'site_id');
  const latencyModel = parseLatencyModel(ctx.readText(LATENCY_MODEL_SPEC.file));

  const markets: DcMarket[] = marketRows.map((r) => ({
    ...pointBase(r.source ? r : { ...r, source: LOCATION_ONLY_SOURCE, source_url: LOCATION_ONLY_URL }, r.market_id, ctx.regions, warnings, MARKETS_SPEC.file),
    inventoryMw: num(r.inventory_mw),
    underConstructionMw: num(r.under_construction_mw),
    vacancyPct: num(r.vacancy_pct),
  }));
  const ixps: Ixp[] = ixpRows.map((r) => ({ ...pointBase(r, r.ixp_id, ctx.regions, warnings, IXPS_SPEC.file), city: r.city }));
  const knownSites: KnownSite[] = siteRows.map((r) => ({
    ...pointBase(r, r.site_id, ctx.regions, warnings, KNOWN_SITES_SPEC.file),
    operator: r.operator,
    // The table says ai_hpc; the shared KnownSiteKind calls it 'ai'.
    kind: r.kind === 'ai_hpc' ? 'ai' : r.kind,
    status: r.status || 'unknown',
    capacityMw: num(r.capacity_mw),
    capacityBasis: r.capacity_basis,
    locationPrecision: r.location_precision,
  }));
  const bundle: ConnectivityBundle = { markets, ixps, knownSites, latencyModel: { ...latencyModel } };
  return {
    bundle,
    latencyModel,
    files: { 'connectivity.json': JSON.stringify(bundle) },
    datasets: connectivityDatasets(bundle),
    warnings,
  };
}

export interface ConnectivityWithLayer extends ConnectivityStep {
  latencyLayer: SurfaceLayer;
}

/**
 * The build step: connectivity.json, the Data panel entries and the latency layer of the surface.
 * `cells` = cellRegions(…), computed once by the pipeline and shared with the climate step.
 */
export function buildConnectivity(ctx: BuildContext, cells: CellRegions): ConnectivityWithLayer {
  const step = buildConnectivityBundle(ctx);
  return { ...step, latencyLayer: latencyLayer(step.bundle, step.latencyModel, cells) };
}

/** The latency layer: round trip to the nearest market or IXP from every land cell. */
export function latencyLayer(bundle: ConnectivityBundle, model: LatencyModelRecord, regions: CellRegions): SurfaceLayer {
  const targets = [...bundle.markets, ...bundle.ixps];
  return {
    id: SURFACE_VARIABLE.latencyMs,
    name: 'Estimated round trip to nearest data-center market or IXP',
    unit: 'ms',
    period: `markets ${yearSpan(bundle.markets)}; IXPs ${yearSpan(bundle.ixps)}`,
    source: `${model.source}. Points: data center markets (CBRE, Cushman & Wakefield) and internet exchanges (PeeringDB 2021)`,
    method: `2 × great-circle km to the nearest of ${targets.length} markets/IXPs × route factor ${model.routeFactor} / ${model.fibreKmPerMs} km/ms; propagation only, at the cell centre (or, where the centre is at sea, at the cell's land point nearest it)`,
    values: landLayer(regions, (lon, lat) => {
      const near = nearestPoint(targets, lon, lat);
      return near ? roundTripMs(near.distanceKm, model) : Number.NaN;
    }),
  };
}

function yearSpan(points: readonly PointFeatureBase[]): string {
  const years = points.map((p) => p.year).filter((y): y is number => y !== null);
  const lo = Math.min(...years), hi = Math.max(...years);
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}

const uniqueSources = (points: readonly PointFeatureBase[]) => {
  const seen = new Map<string, string>();
  for (const p of points) if (!seen.has(p.sourceUrl)) seen.set(p.sourceUrl, p.source);
  return [...seen].map(([url, name]) => ({ name, url }));
};

function connectivityDatasets(b: ConnectivityBundle): DatasetInfo[] {
  return [
    {
      id: 'dc-markets',
      title: 'Data-center markets',
      description: 'North American data-center markets with inventory, construction and vacancy, plotted at the main city.',
      unit: 'MW; %',
      years: yearSpan(b.markets),
      sources: uniqueSources(b.markets),
      rowCount: b.markets.length,
      gaps: 'CBRE "inventory" (wholesale colocation) and Cushman & Wakefield "MW in operation" are different definitions; colocation rates only as ranges (not in the table); points are city centroids.',
      file: 'connectivity.json',
    },
    {
      id: 'ixps',
      title: 'Internet exchange points',
      description: 'Internet exchange points in the US, Canada and Mexico from PeeringDB, plotted at their city.',
      unit: '—',
      years: yearSpan(b.ixps),
      sources: [{ name: 'PeeringDB ix table (dump 2021-08-24)', url: 'https://www.peeringdb.com/' }],
      rowCount: b.ixps.length,
      gaps: 'A 2021 snapshot (names and members as of then); city centroid, not the exchange building; a selection, not every IXP.',
      file: 'connectivity.json',
    },
    {
      id: 'known-sites',
      title: 'Known mining and AI sites',
      description: 'Reported Bitcoin mining, AI/HPC and hybrid sites with operator, status and capacity.',
      unit: 'MW',
      years: yearSpan(b.knownSites),
      sources: uniqueSources(b.knownSites),
      rowCount: b.knownSites.length,
      gaps: 'Positions are city or county-seat level, not the facility; capacity bases differ (grid, IT, contracted, energized MW); status as of the source date.',
      file: 'connectivity.json',
    },
    {
      id: 'latency-model',
      title: 'Latency model',
      description: `Estimated round trip to the nearest market or IXP: 2 × great-circle km × ${b.latencyModel.routeFactor} / ${b.latencyModel.fibreKmPerMs} km/ms.`,
      unit: 'ms',
      years: '2018 (route factor)',
      sources: [
        { name: 'Bozkurt et al. 2018, Dissecting Latency in the Internet\'s Fiber Infrastructure (route factor 2.1)', url: 'https://arxiv.org/abs/1811.10737' },
        { name: 'MapYourTech, The 5-Microsecond Rule (204,190 km/s in fibre)', url: 'https://mapyourtech.com/the-5-microsecond-rule-fiber-propagation-latency-per-kilometer/' },
      ],
      rowCount: 4,
      gaps: 'Propagation only (no switching, queuing or last mile); one route factor for every path; distance to a city centroid, not to a carrier hotel.',
      file: 'surface.bin',
    },
  ];
}
