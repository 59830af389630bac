// Areas step: US counties (us-atlas geometry) with their AC transfer capability (ReEDS) and FEMA
// National Risk Index score, and the retail utility territories with their industrial rates →
// public/data/counties.topo.json, county-facts.json, utility-territories.topo.json, utilities.json.
// None of these is read by the criteria grid, so adding them leaves the other files unchanged.
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { CountyFactsFile, CountyRecord, DatasetSource, UtilitiesFile, UtilityRateStatus, UtilityRecord } from '../../src/data/areaFiles';
import type { DatasetInfo } from '../../src/data/types';
import { QUALITIES } from '../../src/data/quality';
import { MIN_INDUSTRIAL_SALES_MWH } from '../extract/gridAreasRules';
import { parseAndValidate, type TableSpec } from './validateTable';

const require = createRequire(import.meta.url);

const cited = [
  { name: 'unit', type: 'string', required: true },
  { name: 'source', type: 'string', required: true },
  { name: 'source_url', type: 'url', required: true },
  { name: 'quality', type: 'enum', values: QUALITIES, required: true },
] as const;

const TRANSFER_SPEC: TableSpec = {
  file: 'data/county-transfer-capability.csv',
  columns: [
    { name: 'fips', type: 'string', required: true },
    { name: 'transfer_mw', type: 'number', required: true, min: 0, max: 1e6 },
    { name: 'import_mw', type: 'number', required: true, min: 0, max: 1e6 },
    { name: 'export_mw', type: 'number', required: true, min: 0, max: 1e6 },
    { name: 'interfaces', type: 'integer', required: true, min: 1 },
    { name: 'year', type: 'year', required: true },
    { name: 'licence', type: 'string', required: true },
    ...cited,
  ],
};
const NRI_SPEC: TableSpec = {
  file: 'data/county-risk-nri.csv',
  columns: [
    { name: 'fips', type: 'string', required: true },
    { name: 'county', type: 'string', required: true },
    { name: 'state', type: 'string', required: true },
    { name: 'risk_score', type: 'number', required: true, min: 0, max: 100 },
    { name: 'risk_rating', type: 'string', required: true },
    { name: 'period', type: 'string', required: true },
    { name: 'licence', type: 'string', required: true },
    ...cited,
  ],
};
const STATUSES: readonly UtilityRateStatus[] = ['rate', 'below_min_sales', 'delivery_service', 'no_industrial_sales', 'not_in_eia861'];
const RATES_SPEC: TableSpec = {
  file: 'data/utility-industrial-rates.csv',
  columns: [
    { name: 'eia_id', type: 'integer', required: true },
    { name: 'utility_name', type: 'string', required: true },
    { name: 'state', type: 'string', required: true },
    { name: 'ownership', type: 'string' },
    { name: 'industrial_sales_mwh', type: 'number', min: 0 },
    { name: 'industrial_revenue_kusd', type: 'number' },
    { name: 'industrial_rate_usd_per_mwh', type: 'number', min: 1, max: 1000 },
    { name: 'rate_status', type: 'enum', values: STATUSES, required: true },
    { name: 'year', type: 'year', required: true },
    ...cited,
    { name: 'rate_2020_usd_per_mwh', type: 'number', min: 1, max: 1000 },
    { name: 'source_2020', type: 'string' },
    { name: 'source_url_2020', type: 'url' },
  ],
};


/** us-atlas state FIPS → postal code, for counties without a row in either table. */
const STATE_FIPS: Record<string, string> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY', '72': 'PR',
};

function transferGap(fips: string): string {
  const st = fips.slice(0, 2);
  if (st === '02' || st === '15' || st === '72') return 'ReEDS models the contiguous United States only.';
  if (st === '09') return "ReEDS lists Connecticut by its 2022 planning regions, which do not match the county map's eight counties.";
  return 'ReEDS lists no AC interface for this county.';
}

function one<T>(rows: readonly Record<string, string>[], pick: (r: Record<string, string>) => T, what: string): T {
  const values = [...new Set(rows.map((r) => JSON.stringify(pick(r))))];
  if (values.length !== 1) throw new Error(`${what}: expected one value in every row, found ${values.length}`);
  return JSON.parse(values[0]) as T;
}

export interface AreasOutput {
  files: Record<string, string>;
  datasets: DatasetInfo[];
  warnings: string[];
  counties: CountyFactsFile;
  utilities: UtilitiesFile;
  countyTopology: Topology;
  territoryTopology: Topology;
}

export function buildAreas(readText: (path: string) => string): AreasOutput {
  const transferRows = parseAndValidate(TRANSFER_SPEC, readText(TRANSFER_SPEC.file));
  const nriRows = parseAndValidate(NRI_SPEC, readText(NRI_SPEC.file));
  const rateRows = parseAndValidate(RATES_SPEC, readText(RATES_SPEC.file));

  const transfer: DatasetSource = one(transferRows, (r) => ({ source: r.source, sourceUrl: r.source_url, unit: r.unit, year: Number(r.year), quality: r.quality, licence: r.licence }), TRANSFER_SPEC.file) as DatasetSource;
  const hazard: DatasetSource = one(nriRows, (r) => ({ source: r.source, sourceUrl: r.source_url, unit: r.unit, year: null, period: r.period, quality: r.quality, licence: r.licence }), NRI_SPEC.file) as DatasetSource;
  const rate: DatasetSource = one(rateRows, (r) => ({ source: r.source, sourceUrl: r.source_url, unit: r.unit, year: Number(r.year), quality: r.quality, licence: 'Public domain (U.S. EIA)' }), RATES_SPEC.file) as DatasetSource;
  const with2020 = rateRows.filter((r) => r.rate_2020_usd_per_mwh !== '');
  const rate2020: DatasetSource = { ...(one(with2020, (r) => ({ source: r.source_2020, sourceUrl: r.source_url_2020 }), `${RATES_SPEC.file} (2020)`) as { source: string; sourceUrl: string }), unit: 'USD/MWh', year: 2020, quality: 'secondary', licence: 'U.S. government data (NREL/OpenEI)' };

  // County geometry: us-atlas (Census cartographic boundaries 1:10m), counties object only.
  const atlas = require('us-atlas/counties-10m.json') as Topology;
  const countiesObject = atlas.objects.counties as { type: 'GeometryCollection'; geometries: { id?: string | number; properties?: { name?: string } }[] };
  const geometries = countiesObject.geometries.filter((g) => STATE_FIPS[String(g.id).slice(0, 2)] !== undefined);
  const byTransfer = new Map(transferRows.map((r) => [r.fips, r]));
  const byNri = new Map(nriRows.map((r) => [r.fips, r]));
  const counties: Record<string, CountyRecord> = {};
  for (const g of geometries) {
    const fips = String(g.id);
    const t = byTransfer.get(fips);
    const n = byNri.get(fips);
    counties[fips] = {
      name: g.properties?.name ?? fips,
      state: STATE_FIPS[fips.slice(0, 2)],
      ...(t
        ? { transferMw: Number(t.transfer_mw), importMw: Number(t.import_mw), exportMw: Number(t.export_mw), interfaces: Number(t.interfaces) }
        : { transferNoData: transferGap(fips) }),
      ...(n ? { riskScore: Number(n.risk_score), riskRating: n.risk_rating } : { hazardNoData: fips.startsWith('72') ? 'The National Risk Index table used here has no Puerto Rico municipios.' : 'No National Risk Index score for this county in the table used here.' }),
    };
  }
  const mapped = new Set(Object.keys(counties));
  const unmatchedTransfer = transferRows.filter((r) => !mapped.has(r.fips)).map((r) => r.fips);
  const unmatchedNri = nriRows.filter((r) => !mapped.has(r.fips)).map((r) => r.fips);
  const countyTopology: Topology = {
    type: 'Topology',
    ...(atlas.bbox ? { bbox: atlas.bbox } : {}),
    transform: atlas.transform,
    objects: { counties: { type: 'GeometryCollection', geometries: geometries.map((g) => ({ ...(g as object), properties: {} })) } as never },
    arcs: atlas.arcs,
  };
  const countyFile: CountyFactsFile = { transfer, hazard, counties };

  const territoryTopology = JSON.parse(readText('data/utility-territories.topo.json')) as Topology;
  const utilities: Record<string, UtilityRecord> = {};
  for (const r of rateRows) {
    utilities[r.eia_id] = {
      name: r.utility_name,
      state: r.state,
      ownership: r.ownership,
      rateUsdPerMwh: r.industrial_rate_usd_per_mwh === '' ? null : Number(r.industrial_rate_usd_per_mwh),
      status: r.rate_status as UtilityRateStatus,
      industrialSalesMwh: r.industrial_sales_mwh === '' ? null : Number(r.industrial_sales_mwh),
      rate2020UsdPerMwh: r.rate_2020_usd_per_mwh === '' ? null : Number(r.rate_2020_usd_per_mwh),
    };
  }
  const territoryIds = (territoryTopology.objects.territories as { geometries: { properties?: { e?: string } }[] }).geometries.map((g) => String(g.properties?.e));
  const missing = territoryIds.filter((e) => !utilities[e]);
  if (missing.length) throw new Error(`utility-territories.topo.json: ${missing.length} territories have no row in ${RATES_SPEC.file} (e.g. ${missing[0]})`);
  const territories: DatasetSource = {
    source: 'HIFLD Electric Retail Service Territories, via CommonGrid (© Texture, Inc. and CommonGrid contributors, ODbL 1.0)',
    sourceUrl: 'https://github.com/TextureHQ/commongrid',
    unit: '',
    year: 2026,
    quality: 'secondary',
    licence: 'ODbL 1.0',
  };
  const utilitiesFile: UtilitiesFile = { territories, rate, rate2020, minIndustrialSalesMwh: MIN_INDUSTRIAL_SALES_MWH, utilities };

  const counted = (pred: (c: CountyRecord) => boolean) => Object.values(counties).filter(pred).length;
  const withRate = Object.values(utilities).filter((u) => u.rateUsdPerMwh !== null).length;
  const datasets: DatasetInfo[] = [
    {
      id: 'grid-strength',
      title: 'Grid strength (county AC transfer capability)',
      description:
        'How much power the AC grid can move between a county and its neighbours: the sum of the county’s interfaces with neighbouring counties, each at its larger directional limit (into and out of the county are shown beside it). From NREL’s ReEDS model inputs (NARIS 2024 nodal network), as shipped in the PyPSA-USA repository. A measure of how strong the grid is around a county, not spare capacity or a connection offer.',
      unit: 'MW',
      years: String(transfer.year),
      sources: [
        { name: transfer.source, url: transfer.sourceUrl },
        { name: 'us-atlas county boundaries (US Census cartographic boundaries)', url: 'https://github.com/topojson/us-atlas' },
      ],
      rowCount: transferRows.length,
      gaps: `Contiguous US only (no Alaska, Hawaii or Puerto Rico). Connecticut is listed by its 2022 planning regions, which do not match the county map: no figure there. ${counted((c) => c.transferMw === undefined)} of ${geometries.length} mapped counties have no figure.`,
      file: TRANSFER_SPEC.file,
    },
    {
      id: 'natural-hazard',
      title: 'Natural hazard (FEMA National Risk Index)',
      description:
        'FEMA National Risk Index composite risk score by county (0–100; higher = more risk from 18 natural hazards, combining expected annual loss, social vulnerability and community resilience), with FEMA’s rating.',
      unit: 'score 0–100',
      years: hazard.period ?? '',
      sources: [{ name: hazard.source, url: hazard.sourceUrl }],
      rowCount: nriRows.length,
      gaps: `Composite score only (no per-hazard scores in this table). No Puerto Rico or island territories. ${counted((c) => c.riskScore === undefined)} of ${geometries.length} mapped counties have no score.`,
      file: NRI_SPEC.file,
    },
    {
      id: 'utility-territories',
      title: 'Utility territories and industrial rates',
      description: `Retail electric service territories (HIFLD, via CommonGrid, © Texture, Inc. and CommonGrid contributors, ODbL 1.0; the derived territory file is offered under the ODbL) with each utility’s industrial rate: EIA-861 ${rate.year} industrial revenue ÷ industrial sales, for utilities with bundled service only (no delivery-only revenue) and at least ${MIN_INDUSTRIAL_SALES_MWH.toLocaleString('en-US')} MWh of industrial sales. The ${rate2020.year} bundled figure of non-investor-owned utilities (NREL/OpenEI) is shown beside it. Where territories overlap, the smallest is taken as the serving utility.`,
      unit: 'USD/MWh',
      years: `${rate.year} (rates), ${rate2020.year} (non-investor-owned second figure), territories captured 2026`,
      sources: [
        { name: territories.source, url: territories.sourceUrl },
        { name: rate.source, url: rate.sourceUrl },
        { name: rate2020.source, url: rate2020.sourceUrl },
      ],
      rowCount: rateRows.length,
      gaps: `No EIA-861 industrial split newer than ${rate.year} was available for all utilities (the 2024 utility table has totals only). ${withRate} of ${rateRows.length} territories have a rate; the others fall back to the state average (below the minimum sales, delivery service in retail-choice states, no industrial sales, or not in the ${rate.year} table). US only; points outside every territory get no utility.`,
      file: RATES_SPEC.file,
    },
  ];
  const warnings = [
    ...(unmatchedTransfer.length ? [`county transfer capability: ${unmatchedTransfer.length} ReEDS counties are not on the county map (${unmatchedTransfer.join(', ')})`] : []),
    ...(unmatchedNri.length ? [`county risk: ${unmatchedNri.length} NRI counties are not on the county map (${unmatchedNri.slice(0, 10).join(', ')})`] : []),
  ];
  return {
    files: {
      'counties.topo.json': JSON.stringify(countyTopology),
      'county-facts.json': JSON.stringify(countyFile),
      'utility-territories.topo.json': JSON.stringify(territoryTopology),
      'utilities.json': JSON.stringify(utilitiesFile),
    },
    datasets,
    warnings,
    counties: countyFile,
    utilities: utilitiesFile,
    countyTopology,
    territoryTopology,
  };
}
