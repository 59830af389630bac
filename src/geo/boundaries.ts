import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionProps } from './types';

export interface ContextCountryProps {
  id: string;
  name: string;
}

export interface Boundaries {
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProps>;
  countries: FeatureCollection<Polygon | MultiPolygon, ContextCountryProps>;
}

/** Decodes the boundary TopoJSON written by scripts/build-data. */
export function decodeBoundaries(topo: Topology): Boundaries {
  const { regions, countries } = topo.objects as Record<string, GeometryCollection>;
  if (!regions || !countries) throw new Error('boundaries.topo.json: expected objects "regions" and "countries"');
  return {
    regions: feature(topo, regions) as unknown as Boundaries['regions'],
    countries: feature(topo, countries) as unknown as Boundaries['countries'],
  };
}
