// Which retail utility serves a point (HIFLD service territories) and its industrial rate (EIA-861).
// Territories overlap (a co-op or city system inside a larger utility's footprint): the smallest
// territory containing the point is taken as the one serving it, the others are listed.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import * as topojson from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { approxAreaKm2, createPolygonIndex } from '../geo/polygonIndex';
import type { DatasetSource, UtilitiesFile, UtilityRecord } from './areaFiles';
import type { Fact, UtilityPointFacts, UtilityRef } from './types';


export interface UtilityIndex {
  utilityAt(lon: number, lat: number): UtilityPointFacts;
  readonly file: UtilitiesFile;
  /** Territories, largest first (so smaller ones draw on top), `id` = position, `e` = EIA id. */
  readonly features: FeatureCollection<Polygon | MultiPolygon, { e: string }>;
}

const NO_TERRITORY =
  'No retail service territory covers this point. A ZIP-code table names utilities but cannot place a point without ZIP-code boundaries, so no utility is named.';

export function rateNoDataReason(u: UtilityRecord, file: UtilitiesFile): string | undefined {
  const min = file.minIndustrialSalesMwh.toLocaleString('en-US');
  switch (u.status) {
    case 'rate':
      return undefined;
    case 'below_min_sales':
      return `Industrial sales of ${(u.industrialSalesMwh ?? 0).toLocaleString('en-US')} MWh in ${file.rate.year} are below the ${min} MWh minimum for a representative average; the state average applies.`;
    case 'delivery_service':
      return 'This utility also delivers power its customers buy from competitive suppliers, so its industrial revenue is partly delivery charges, not a price; the state average applies.';
    case 'no_industrial_sales':
      return `No industrial sales reported for ${file.rate.year}; the state average applies.`;
    case 'not_in_eia861':
      return `Not in the EIA-861 ${file.rate.year} utility table; the state average applies.`;
  }
}

const fact = (value: number, s: DatasetSource, note?: string): Fact => ({
  value,
  unit: s.unit,
  year: s.year,
  source: s.source,
  sourceUrl: s.sourceUrl,
  quality: s.quality,
  ...(note ? { note } : {}),
});

export function createUtilityIndex(topology: Topology, file: UtilitiesFile): UtilityIndex {
  const fc = topojson.feature(topology, topology.objects.territories as GeometryCollection) as unknown as FeatureCollection<Polygon | MultiPolygon, { e: string }>;
  const sized = fc.features.map((f) => ({ f, km2: approxAreaKm2(f.geometry) }));
  sized.sort((a, b) => b.km2 - a.km2 || Number(a.f.properties.e) - Number(b.f.properties.e));
  const features: FeatureCollection<Polygon | MultiPolygon, { e: string }> = {
    type: 'FeatureCollection',
    features: sized.map(({ f }, i) => ({ type: 'Feature', id: i, geometry: f.geometry, properties: { e: f.properties.e } })),
  };
  const index = createPolygonIndex(features.features.map((f) => f.geometry));
  const ref = (eiaId: string): UtilityRef => {
    const u = file.utilities[eiaId];
    return { eiaId, name: u?.name ?? `EIA utility ${eiaId}`, state: u?.state ?? '', ownership: u?.ownership ?? '' };
  };
  return {
    file,
    features,
    utilityAt(lon, lat) {
      // Features are largest first, so the last hit is the smallest territory.
      const hits = index.allAt(lon, lat).reverse().map((i) => features.features[i].properties.e);
      if (hits.length === 0) return { utility: null, others: [], noTerritoryReason: NO_TERRITORY, industrialRate: null, rateNoDataReason: 'No utility identified here; the state average applies.', industrialRate2020: null };
      const [served, ...rest] = hits;
      const u = file.utilities[served];
      const others = [...new Set(rest)].filter((e) => e !== served).map(ref);
      const sales = u?.industrialSalesMwh != null ? `${u.industrialSalesMwh.toLocaleString('en-US')} MWh sold to industry` : undefined;
      return {
        utility: ref(served),
        others,
        industrialRate: u && u.rateUsdPerMwh !== null ? fact(u.rateUsdPerMwh, file.rate, `Industrial revenue ÷ sales, bundled service (${sales}).`) : null,
        ...(u && u.rateUsdPerMwh !== null ? {} : { rateNoDataReason: u ? rateNoDataReason(u, file) : `Not in the EIA-861 ${file.rate.year} utility table; the state average applies.` }),
        industrialRate2020: u && u.rate2020UsdPerMwh !== null ? fact(u.rate2020UsdPerMwh, file.rate2020) : null,
      };
    },
  };
}
