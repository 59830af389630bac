// Electricity Maps yearly carbon-intensity averages, as republished (ODbL) in the npm package
// @tgwf/co2 (dist/cjs/data/electricity-maps/yearly_<year>.js). Used only as a labelled second
// opinion (RegionFacts.carbonAlt) where a zone maps cleanly onto one of our regions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';

export interface ElectricityMapsZone {
  zoneName: string;
  /** gCO2eq/kWh as published. */
  carbonIntensity: number;
}

export interface ElectricityMapsYear {
  year: number;
  packageVersion: string;
  methodologyUrl: string;
  zones: Record<string, ElectricityMapsZone>;
}

/** The newest year the package ships. 2025 came with @tgwf/co2 0.18.0 (released 2026-02-26). */
const ELECTRICITY_MAPS_YEAR = 2025;

/**
 * Our region → Electricity Maps zone, only where the zone covers the region cleanly:
 * - Canadian provinces and territories: one zone each, same ISO code.
 * - US-HI: the "Hawaii" zone. Other US states are split across balancing authorities (ERCOT is
 *   not all of Texas; Alaska has a separate Southeast Alaska zone), so they get no second opinion.
 * - Mexican states: the country zone "MX", labelled as national, like the primary SEN factor.
 */
export function electricityMapsZoneFor(regionCode: string): { zone: string; national: boolean } | null {
  if (/^CA-[A-Z]{2}$/.test(regionCode)) return { zone: regionCode, national: false };
  if (regionCode === 'US-HI') return { zone: 'US-HI', national: false };
  if (regionCode.startsWith('MX-')) return { zone: 'MX', national: true };
  return null;
}

/** Loads the yearly file from node_modules (Node only; build step and tests). */
export function loadElectricityMaps(year = ELECTRICITY_MAPS_YEAR): ElectricityMapsYear {
  const require = createRequire(import.meta.url);
  // The package's "exports" hide package.json, so find it from the data module's own path.
  const dataPath = require.resolve('@tgwf/co2/data/electricity-maps');
  const pkgDir = dataPath.slice(0, dataPath.lastIndexOf(`${sep}dist${sep}`));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { name: string; version: string };
  if (pkg.name !== '@tgwf/co2') throw new Error(`unexpected package at ${pkgDir}`);
  const mod = require('@tgwf/co2/data/electricity-maps') as Record<string, unknown>;
  const yearly = mod[`yearly${year}`] as { data?: Record<string, unknown>; methodology?: unknown } | undefined;
  if (!yearly?.data || typeof yearly.methodology !== 'string') throw new Error(`@tgwf/co2 has no Electricity Maps data for ${year}`);
  const zones: Record<string, ElectricityMapsZone> = {};
  for (const [zone, raw] of Object.entries(yearly.data)) {
    const entry = raw as { zone?: { zoneName?: unknown }; carbonIntensity?: { value?: unknown; unit?: unknown } };
    const value = entry.carbonIntensity?.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (entry.carbonIntensity?.unit !== 'gCO2eq/kWh') throw new Error(`Electricity Maps zone ${zone}: unexpected unit ${String(entry.carbonIntensity?.unit)}`);
    zones[zone] = { zoneName: String(entry.zone?.zoneName ?? zone), carbonIntensity: value };
  }
  return { year, packageVersion: pkg.version, methodologyUrl: yearly.methodology, zones };
}
