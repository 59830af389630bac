// Found regions as an RFC 7946 FeatureCollection of polygons, with properties written for people.
import type { FindRegionsResult } from './findRegions';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export function regionsGeoJson(r: FindRegionsResult, about: { facilityType: string; threshold: number; generatedAt: string }) {
  return {
    type: 'FeatureCollection' as const,
    features: r.regions.map((x) => ({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: x.rings.map((ring) => ring.map(([lon, lat]) => [round(lon, 6), round(lat, 6)])) },
      properties: {
        rank: x.rank,
        area_km2: round(x.areaKm2, 1),
        cells: x.cells,
        best_score: round(x.bestScore, 1),
        mean_score: round(x.meanScore, 1),
        best_point: `${x.bestPoint[1].toFixed(4)}, ${x.bestPoint[0].toFixed(4)}`,
        nearest_market: x.nearestMarket?.name ?? null,
        market_distance_km: x.nearestMarket ? round(x.nearestMarket.km, 0) : null,
        facility_type: about.facilityType,
        threshold: about.threshold,
        generated_at: about.generatedAt,
      },
    })),
  };
}
