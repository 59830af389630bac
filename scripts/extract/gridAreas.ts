// Development-time extract for the county and utility layers: reads the verbatim raw files in
// ../shared/data/raw (ReEDS county interfaces, FEMA NRI counties, CommonGrid/HIFLD territories,
// EIA-861 utility tables) and writes the project's compact, cited tables in data/. Run by hand:
//   npx tsx scripts/extract/gridAreas.ts [--shared ../shared/data]
// The app, its tests and CI read only what this writes, never ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import * as topojsonClient from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { sharedDataDir, type Row } from './csvTable';
import { countyTransferCapability, industrialRate, MIN_INDUSTRIAL_SALES_MWH, type InterfaceRow } from './gridAreasRules';

const shared = sharedDataDir(process.argv.slice(2));
const raw = (p: string) => resolve(shared, 'raw', p);
const csv = (p: string): Row[] => {
  const parsed = Papa.parse<Row>(readFileSync(raw(p), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${p}: ${parsed.errors[0].message}`);
  return parsed.data;
};
const write = (name: string, columns: string[], rows: Record<string, string | number>[]) => {
  writeFileSync(resolve('data', name), Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' }) + '\n');
  console.log(`wrote data/${name} (${rows.length} rows)`);
};
const round1 = (x: number) => Math.round(x * 10) / 10;

// 1. Grid strength: ReEDS county-to-county AC interfaces (NARIS 2024).
const REEDS = {
  source: 'NREL ReEDS, county AC transfer capability (NARIS 2024), as shipped in PyPSA-USA',
  url: 'https://github.com/PyPSA/pypsa-usa/blob/338af991/workflow/repo_data/ReEDS_Constraints/transmission/transmission_capacity_init_AC_county_NARIS2024.csv',
};
const interfaces: InterfaceRow[] = csv('grid/reeds_transmission_capacity_init_AC_county_NARIS2024.csv').map((r) => ({
  from: r.r.replace(/^p/, ''),
  to: r.rr.replace(/^p/, ''),
  forwardMw: Number(r.MW_f0),
  reverseMw: Number(r.MW_r0),
}));
const counties = countyTransferCapability(interfaces);
write(
  'county-transfer-capability.csv',
  ['fips', 'transfer_mw', 'import_mw', 'export_mw', 'interfaces', 'unit', 'year', 'source', 'source_url', 'licence', 'quality'],
  [...counties.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([fips, c]) => ({
      fips,
      transfer_mw: round1(c.transferMw),
      import_mw: round1(c.importMw),
      export_mw: round1(c.exportMw),
      interfaces: c.interfaces,
      unit: 'MW',
      year: 2024,
      source: REEDS.source,
      source_url: REEDS.url,
      licence: 'MIT (PyPSA-USA repository); NREL ReEDS inputs',
      quality: 'secondary',
    })),
);

// 2. Natural hazard: FEMA National Risk Index, composite risk score per county.
const nri = csv('hazards/fema_nri_counties.csv').filter((r) => r.RISK_SCORE !== '');
write(
  'county-risk-nri.csv',
  ['fips', 'county', 'state', 'risk_score', 'risk_rating', 'unit', 'period', 'source', 'source_url', 'licence', 'quality'],
  nri
    .map((r) => ({
      fips: r.STCOFIPS.padStart(5, '0'),
      county: r.COUNTY,
      state: r.STATEABBRV,
      risk_score: Math.round(Number(r.RISK_SCORE) * 100) / 100,
      risk_rating: r.RISK_RATNG,
      unit: 'score 0–100',
      period: '2021–2022',
      source: 'FEMA National Risk Index, county table (composite risk score)',
      source_url: 'https://hazards.fema.gov/nri/data-resources',
      licence: 'Public domain (U.S. federal government)',
      quality: 'secondary',
    }))
    .sort((a, b) => a.fips.localeCompare(b.fips)),
);

// 3. Utility territories and industrial rates.
/** Outside the app's study area (US states, DC and Puerto Rico). */
const OUTSIDE = new Set(['GU', 'AS', 'MP', 'VI']);
const territoriesRaw = JSON.parse(readFileSync(raw('utilities/commongrid_utility_territories.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { eiaId: string; name: string; state: string }>;
const names2024 = new Map<string, { name: string; segment: string }>();
for (const u of JSON.parse(readFileSync(raw('utilities/commongrid_utilities_eia861_2024.json'), 'utf8')) as { eiaId: string | number | null; name: string; segment: string | null }[]) {
  if (u.eiaId !== null) names2024.set(String(u.eiaId), { name: u.name, segment: u.segment ?? '' });
}
const eia2017 = new Map(csv('utilities/eia861_2017_utilities_corgis.csv').map((r) => [r['Utility.Number'], r]));
const openei2020 = new Map<string, { rate: number; service: string }>();
for (const r of csv('utilities/openei_non_iou_zipcodes_2020.csv')) {
  if (r.service_type !== 'Bundled' || Number(r.ind_rate) <= 0) continue;
  // One rate per utility in this table; a utility listed with two rates keeps the first and is flagged below.
  if (!openei2020.has(r.eiaid)) openei2020.set(r.eiaid, { rate: Number(r.ind_rate) * 1000, service: r.service_type });
}
const SEGMENTS: Record<string, string> = {
  INVESTOR_OWNED_UTILITY: 'Investor-owned utility',
  COOPERATIVE: 'Cooperative',
  MUNICIPAL_UTILITY: 'Municipal utility',
  POLITICAL_SUBDIVISION: 'Public utility district',
  STATE_UTILITY: 'State utility',
  FEDERAL_UTILITY: 'Federal utility',
};

const kept = territoriesRaw.features.filter((f) => !OUTSIDE.has(f.properties.state));
const utilityRows = kept
  .map((f) => {
    const id = f.properties.eiaId;
    const e = eia2017.get(id);
    const rate = industrialRate(
      e
        ? {
            industrialRevenueKusd: Number(e['Retail.Industrial.Revenue']),
            industrialSalesMwh: Number(e['Retail.Industrial.Sales']),
            deliveryRevenueKusd: Number(e['Revenue.Delivery']),
          }
        : null,
    );
    const o = openei2020.get(id);
    const n = names2024.get(id);
    return {
      eia_id: id,
      utility_name: n?.name ?? e?.['Utility.Name'] ?? f.properties.name,
      state: f.properties.state,
      ownership: (n && SEGMENTS[n.segment]) ?? '',
      industrial_sales_mwh: e ? Number(e['Retail.Industrial.Sales']) : '',
      industrial_revenue_kusd: e ? Number(e['Retail.Industrial.Revenue']) : '',
      industrial_rate_usd_per_mwh: rate.usdPerMwh === null ? '' : Math.round(rate.usdPerMwh * 10) / 10,
      rate_status: rate.status,
      unit: 'USD/MWh',
      year: 2017,
      source: 'U.S. EIA Form EIA-861 (2017), retail industrial revenue ÷ sales, as compiled by CORGIS',
      source_url: 'https://www.eia.gov/electricity/data/eia861/',
      quality: 'secondary',
      rate_2020_usd_per_mwh: o ? Math.round(o.rate * 10) / 10 : '',
      source_2020: o ? 'NREL/OpenEI U.S. Electric Utility Companies and Rates (EIA-861 2020), bundled service, non-investor-owned utilities' : '',
      source_url_2020: o ? 'https://catalog.data.gov/dataset/u-s-electric-utility-companies-and-rates-look-up-by-zipcode-2020' : '',
    };
  })
  .sort((a, b) => Number(a.eia_id) - Number(b.eia_id));
write(
  'utility-industrial-rates.csv',
  ['eia_id', 'utility_name', 'state', 'ownership', 'industrial_sales_mwh', 'industrial_revenue_kusd', 'industrial_rate_usd_per_mwh', 'rate_status', 'unit', 'year', 'source', 'source_url', 'quality', 'rate_2020_usd_per_mwh', 'source_2020', 'source_url_2020'],
  utilityRows,
);
console.log(`  minimum industrial sales for a rate: ${MIN_INDUSTRIAL_SALES_MWH.toLocaleString('en-US')} MWh`);

/** Simplification threshold (steradians) and quantization: fixed, so the output is stable. */
const TERRITORY_MIN_WEIGHT_SR = 1e-9;
const TERRITORY_QUANTIZATION = 2e5;
const features: Feature<Polygon | MultiPolygon, { e: string }>[] = kept
  .map((f) => ({ type: 'Feature' as const, id: f.properties.eiaId, geometry: f.geometry, properties: { e: f.properties.eiaId } }))
  .sort((a, b) => Number(a.properties.e) - Number(b.properties.e));
const topo = presimplify(topology({ territories: { type: 'FeatureCollection', features } as FeatureCollection }) as Topology<Objects<{}>>, sphericalTriangleArea);
const out = topojsonClient.quantize(simplify(topo, TERRITORY_MIN_WEIGHT_SR), TERRITORY_QUANTIZATION) as Topology;
const text = JSON.stringify(out);
writeFileSync(resolve('data/utility-territories.topo.json'), text);
console.log(`wrote data/utility-territories.topo.json (${(text.length / 1024).toFixed(0)} KB, ${features.length} territories)`);
