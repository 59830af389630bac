// The power-market geography at a point: eGRID2023 subregion carbon (NYUP vs NYCW), wholesale hubs
// by market footprint (El Paso none, Houston ERCOT, Chicago PJM), flared gas by shale play (Permian),
// one greenhouse-gas basis (CO2e), over the shipped public/data and the committed tables.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { queryPoint } from '../../src/data/pointQuery';
import { criterionInputs } from '../../src/scoring/rawValues';
import { pointFactSections } from '../../src/ui/pointFactRows';
import { createPolygonIndex } from '../../src/geo/polygonIndex';
import { decodeWkbHex } from '../../scripts/extract/wkb';
import { loadQueryContextNode, readPublicJson } from '../../scripts/lib/nodeData';
import type { GridRegionsFile } from '../../src/data/gridRegions';

const ctx = loadQueryContextNode();
const table = (name: string) => Papa.parse<Record<string, string>>(readFileSync(resolve(__dirname, '../../data', name), 'utf8'), { header: true, skipEmptyLines: true }).data;
const carbonRows = table('grid-carbon.csv');
const LB_PER_MWH_TO_G_PER_KWH = 0.45359237;
const rate = (code: string, metric: string) => Number(carbonRows.find((r) => r.region_code === code && r.metric === metric)!.co2_rate);
const CO2E = 'eGRID total output emission rate CO2e';

const BUFFALO: [number, number] = [-78.8784, 42.8864];
const NYC: [number, number] = [-74.006, 40.7128];
const EL_PASO: [number, number] = [-106.485, 31.7619];
const HOUSTON: [number, number] = [-95.3698, 29.7604];
const CHICAGO: [number, number] = [-87.6298, 41.8781];
const MIDLAND_TX: [number, number] = [-102.0779, 31.9973];

describe('eGRID2023 subregion carbon', () => {
  it('NYUP vs NYCW: the subregion rates, converted from lb/MWh, ~3.6× apart; the state rate is the second opinion', () => {
    const up = queryPoint(ctx, ...BUFFALO);
    const city = queryPoint(ctx, ...NYC);
    expect(up.gridSubregion).toEqual({ code: 'NYUP', name: 'NPCC Upstate NY' });
    expect(city.gridSubregion).toEqual({ code: 'NYCW', name: 'NPCC NYC/Westchester' });
    // Raw eGRID2023 SRC2ERTA: NYUP 242.776, NYCW 865.744 lb/MWh (Power Profiler file and Table 1 agree).
    expect(rate('NYUP', CO2E)).toBe(242.776);
    expect(rate('NYCW', CO2E)).toBe(865.744);
    expect(up.carbon).toMatchObject({ value: 110.1, unit: 'gCO2e/kWh', year: 2023, quality: 'primary' });
    expect(city.carbon).toMatchObject({ value: 392.7, unit: 'gCO2e/kWh', year: 2023 });
    expect(up.carbon!.conversion).toBe('242.776 lb/MWh × 0.45359237 = 110.1 g/kWh');
    expect(city.carbon!.value / up.carbon!.value).toBeGreaterThan(3.5);
    expect(up.carbon!.note).toMatch(/SRC2ERTA/);
    // Both points are in New York State: one state rate, shown beside the subregion rate.
    const ny = Math.round(rate('US-NY', CO2E) * LB_PER_MWH_TO_G_PER_KWH * 10) / 10;
    expect(up.carbonState?.value).toBe(ny);
    expect(city.carbonState?.value).toBe(ny);
    expect(criterionInputs(up).carbon?.value).toBe(110.1);
  });

  it('Canada and Mexico keep their provincial and national figures, with no subregion', () => {
    const toronto = queryPoint(ctx, -79.3832, 43.6532);
    expect(toronto.gridSubregion).toBeNull();
    expect(toronto.carbonState).toBeNull();
    expect(toronto.carbon).toEqual(ctx.facts.regions['CA-ON'].carbon);
  });

  it('a US point outside every subregion outline takes the state rate and says so', () => {
    // El Paso falls in a gap of EPA's Power Profiler outlines.
    const p = queryPoint(ctx, ...EL_PASO);
    expect(p.gridSubregion).toBeNull();
    expect(p.carbon?.value).toBe(ctx.facts.regions['US-TX'].carbon!.value);
    expect(p.carbon?.note).toMatch(/No eGRID subregion outline covers this point: state rate shown/);
  });

  it('one greenhouse-gas basis: every subregion figure is its CO2e row (not the CO2 row), every carbon fact gCO2e/kWh', () => {
    const file = readPublicJson<GridRegionsFile>('grid-regions.json');
    expect(file.subregions).toHaveLength(27);
    for (const s of file.subregions) {
      const co2e = Math.round(rate(s.code, CO2E) * LB_PER_MWH_TO_G_PER_KWH * 10) / 10;
      const co2 = Math.round(rate(s.code, 'eGRID total output emission rate CO2') * LB_PER_MWH_TO_G_PER_KWH * 10) / 10;
      expect(s.carbon.value, s.code).toBe(co2e);
      expect(co2e, s.code).toBeGreaterThanOrEqual(co2);
      expect(s.carbon.unit).toBe('gCO2e/kWh');
    }
    for (const r of Object.values(ctx.facts.regions)) if (r.carbon) expect(r.carbon.unit, r.code).toBe('gCO2e/kWh');
    // Rows whose metric is CO2-only are never what a point shows.
    for (let lon = -124; lon <= -68; lon += 4) {
      for (let lat = 26; lat <= 48; lat += 4) {
        const p = queryPoint(ctx, lon, lat);
        if (p.carbon) expect(p.carbon.unit).toBe('gCO2e/kWh');
      }
    }
  });
});

describe('wholesale hubs by market footprint', () => {
  it('El Paso: no hub, not in an organised wholesale market; flexibility 0, wholesale price missing', () => {
    const p = queryPoint(ctx, ...EL_PASO);
    expect(ctx.gridRegions.isosAt(...EL_PASO)).toEqual([]);
    expect(p.wholesale).toBeNull();
    expect(p.wholesaleReason).toMatch(/^Not in an organised wholesale market/);
    const inputs = criterionInputs(p);
    expect(inputs.wholesale_price).toBeNull();
    expect(inputs.flexibility?.value).toBe(0);
    const power = pointFactSections(p).find((s) => s.title === 'Power')!;
    expect(power.rows.find((r) => r.label === 'Wholesale hub')).toMatchObject({ value: 'none applies' });
  });

  it('Houston: an ERCOT hub (CommonGrid\'s MISO outline overlaps here: the nearest hub of the two wins, and the card says so)', () => {
    const p = queryPoint(ctx, ...HOUSTON);
    expect(ctx.gridRegions.isosAt(...HOUSTON).map((i) => i.id)).toEqual(['ERCOT', 'MISO']);
    expect(p.wholesale?.market).toBe('ERCOT');
    expect(p.wholesale?.hubId).toMatch(/^ERCOT_/);
    expect(p.wholesale?.otherMarkets).toEqual(['MISO']);
    const power = pointFactSections(p).find((s) => s.title === 'Power')!;
    expect(power.rows.find((r) => r.label.startsWith('Wholesale:'))?.note).toMatch(/footprints of MISO also overlap here/);
  });

  it('Chicago: PJM, as the footprint says (ComEd), not MISO\'s nearer Indianapolis point', () => {
    const p = queryPoint(ctx, ...CHICAGO);
    expect(ctx.gridRegions.isosAt(...CHICAGO).map((i) => i.id)).toEqual(['PJM']);
    expect(p.wholesale).toMatchObject({ hubId: 'PJM_RTO', market: 'PJM' });
    expect(p.wholesale?.otherMarkets).toBeUndefined();
  });

  it('bilateral hubs apply nowhere: Wenatchee (Mid-C) and Phoenix (Palo Verde) get no hub', () => {
    for (const [lon, lat] of [[-120.3103, 47.4235], [-112.074, 33.4484]] as [number, number][]) {
      const p = queryPoint(ctx, lon, lat);
      expect(p.wholesale).toBeNull();
      expect(p.wholesaleReason).toMatch(/^Not in an organised wholesale market/);
    }
    expect(ctx.gridRegions.hubFootprint('MIDC')?.type).toBe('none');
    expect(ctx.gridRegions.hubFootprint('PALO_VERDE')?.type).toBe('none');
  });

  it('province-wide markets: Calgary gets AESO, Regina none', () => {
    expect(queryPoint(ctx, -114.0719, 51.0447).wholesale?.hubId).toBe('AESO_POOL');
    const regina = queryPoint(ctx, -104.6, 50.45);
    expect(regina.wholesale).toBeNull();
    expect(regina.wholesaleReason).toMatch(/only Alberta and Ontario/);
  });

  it('every hub has a footprint row, and every ISO footprint has a hub', () => {
    for (const h of ctx.facts.hubs) expect(ctx.gridRegions.hubFootprint(h.id), h.id).toBeDefined();
    for (const iso of ctx.gridRegions.isos) expect(ctx.gridRegions.hubFootprints.some((f) => f.type === 'iso' && f.footprint === iso.id), iso.id).toBe(true);
  });
});

describe('flared gas by shale play', () => {
  it('Midland TX: inside the Permian Midland play, with its 2020 VIIRS volume', () => {
    const p = queryPoint(ctx, ...MIDLAND_TX);
    const row = table('flared-gas.csv').find((r) => r.play === 'Midland')!;
    expect(row.flared_volume).toBe('37223');
    expect(p.flaredGas).toMatchObject({ play: 'Midland', basin: 'Permian' });
    expect(p.flaredGas!.volume).toMatchObject({ value: 37223, unit: 'million ft³/yr', year: 2020, quality: 'secondary' });
    expect(p.flaredGas!.volume.source).toMatch(/Flaring Monitor/);
    expect(p.flaredGasReason).toBeNull();
  });

  it('outside every play: null, "not in a flaring basin"', () => {
    const p = queryPoint(ctx, ...CHICAGO);
    expect(p.flaredGas).toBeNull();
    expect(p.flaredGasReason).toMatch(/^Not in a flaring basin/);
  });

  it('a play the monitor does not cover, or counts only in another state, has no data, never zero', () => {
    const pittsburgh = queryPoint(ctx, -79.9959, 40.4406);
    expect(pittsburgh.flaredGas).toBeNull();
    expect(pittsburgh.flaredGasReason).toMatch(/Marcellus.*does not cover/);
    // The Bakken in Montana: the monitor counts North Dakota's flares only.
    const sidney = queryPoint(ctx, -104.156, 47.716);
    expect(sidney.region?.code).toBe('US-MT');
    expect(sidney.flaredGas).toBeNull();
    expect(sidney.flaredGasReason).toMatch(/only in ND: no data here/);
  });

  it('overlapping plays: the larger figure, the other named', () => {
    const p = queryPoint(ctx, -103.618, 48.147); // Williston ND
    expect(p.flaredGas?.basin).toBe('Williston');
    expect(p.flaredGas?.alsoIn.length).toBe(1);
  });
});

describe('createPolygonIndex', () => {
  const square = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
  const idx = createPolygonIndex([
    { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] },
    { type: 'MultiPolygon', coordinates: [[square(8, 8, 4)], [square(20, 20, 1)]] },
    null,
  ]);
  it('finds every shape holding a point, honours holes and multipolygon parts', () => {
    expect(idx.allAt(1, 1)).toEqual([0]);
    expect(idx.allAt(5, 5)).toEqual([]);
    expect(idx.allAt(9, 9)).toEqual([0, 1]);
    expect(idx.firstAt(9, 9)).toBe(0);
    expect(idx.allAt(20.5, 20.5)).toEqual([1]);
    expect(idx.firstAt(50, 50)).toBe(-1);
    expect(idx.allAt(Number.NaN, 1)).toEqual([]);
  });
});

describe('decodeWkbHex', () => {
  it('reads an EWKB multipolygon with SRID, as the EIA play table stores them', () => {
    const buf = Buffer.alloc(1 + 4 + 4 + 4 + (1 + 4 + 4 + 4 + 4 * 16));
    let o = 0;
    buf.writeUInt8(1, o++); buf.writeUInt32LE(0x20000006, o); o += 4; buf.writeUInt32LE(4326, o); o += 4; buf.writeUInt32LE(1, o); o += 4;
    buf.writeUInt8(1, o++); buf.writeUInt32LE(3, o); o += 4; buf.writeUInt32LE(1, o); o += 4; buf.writeUInt32LE(4, o); o += 4;
    for (const [x, y] of [[-100, 30], [-99, 30], [-99, 31], [-100, 30]]) {
      buf.writeDoubleLE(x, o); o += 8; buf.writeDoubleLE(y, o); o += 8;
    }
    expect(decodeWkbHex(buf.toString('hex'))).toEqual({ type: 'MultiPolygon', coordinates: [[[[-100, 30], [-99, 30], [-99, 31], [-100, 30]]]] });
    expect(() => decodeWkbHex(buf.toString('hex') + '00')).toThrow(/trailing/);
  });
});
