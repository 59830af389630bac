// public/data/grid-regions.json: the power-market geography of the point query — eGRID2023
// subregions (carbon), ISO/RTO footprints (which wholesale hub applies) and EIA shale plays (flared
// gas) — with their cited figures. Decoded once per realm into polygon indexes.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createPolygonIndex } from '../geo/polygonIndex';
import type { Fact } from './types';

export interface SubregionInfo {
  /** EPA's eGRID subregion acronym, e.g. 'NYUP'. */
  code: string;
  /** EPA's name, e.g. 'NPCC Upstate NY'. */
  name: string;
  /** eGRID2023 CO2e total output emission rate, gCO2e/kWh. */
  carbon: Fact;
}

export interface IsoInfo {
  /** Short name, e.g. 'ERCOT', 'PJM'. */
  id: string;
  name: string;
}

export interface ShalePlayInfo {
  id: string;
  basin: string;
  play: string;
  /** Flared gas volume in a year (million cubic feet), where the flaring monitor covers the play; else null. */
  flared: Fact | null;
  /** Regions (ISO 3166-2) whose flares the figure counts; a point elsewhere in the play has no figure. */
  coveredRegions: string[];
}

export type HubFootprintType = 'iso' | 'region' | 'country' | 'none';

/** Where a wholesale hub's price applies: an ISO footprint, a whole province, a country, or nowhere. */
export interface HubFootprint {
  hubId: string;
  type: HubFootprintType;
  /** ISO id, region code or country code; null when type is 'none'. */
  footprint: string | null;
  basis: string;
}

export interface GridRegionsFile {
  version: 1;
  /** Objects `subregions` (property code), `isos` (id) and `plays` (id), in the arrays' order. */
  topology: Topology;
  subregions: SubregionInfo[];
  isos: IsoInfo[];
  plays: ShalePlayInfo[];
  hubFootprints: HubFootprint[];
}

type Shape = Polygon | MultiPolygon;

export interface GridRegions {
  readonly subregions: readonly SubregionInfo[];
  readonly isos: readonly IsoInfo[];
  readonly plays: readonly ShalePlayInfo[];
  readonly hubFootprints: readonly HubFootprint[];
  /** GeoJSON for the map, features in the arrays' order, ids = code / id. */
  readonly features: {
    subregions: FeatureCollection<Shape, { code: string }>;
    isos: FeatureCollection<Shape, { id: string }>;
    plays: FeatureCollection<Shape, { id: string }>;
  };
  subregionAt(lon: number, lat: number): SubregionInfo | null;
  isosAt(lon: number, lat: number): IsoInfo[];
  playsAt(lon: number, lat: number): ShalePlayInfo[];
  hubFootprint(hubId: string): HubFootprint | undefined;
}

function collection<P>(topo: Topology, name: string, key: keyof P & string, expected: readonly string[]): FeatureCollection<Shape, P> {
  const obj = topo.objects[name] as GeometryCollection | undefined;
  if (!obj) throw new Error(`grid-regions.json: no object "${name}"`);
  const fc = feature(topo, obj) as unknown as FeatureCollection<Shape, P>;
  const keys = fc.features.map((f) => String(f.properties[key]));
  if (keys.join('|') !== expected.join('|')) throw new Error(`grid-regions.json: ${name} geometries do not match their table`);
  fc.features.forEach((f: Feature<Shape, P>) => (f.id = String(f.properties[key])));
  return fc;
}

export function decodeGridRegions(file: GridRegionsFile): GridRegions {
  if (file.version !== 1) throw new Error(`grid-regions.json: unknown version ${String(file.version)}`);
  const features = {
    subregions: collection<{ code: string }>(file.topology, 'subregions', 'code', file.subregions.map((s) => s.code)),
    isos: collection<{ id: string }>(file.topology, 'isos', 'id', file.isos.map((s) => s.id)),
    plays: collection<{ id: string }>(file.topology, 'plays', 'id', file.plays.map((s) => s.id)),
  };
  const subIndex = createPolygonIndex(features.subregions.features.map((f) => f.geometry));
  const isoIndex = createPolygonIndex(features.isos.features.map((f) => f.geometry));
  const playIndex = createPolygonIndex(features.plays.features.map((f) => f.geometry));
  const footprints = new Map(file.hubFootprints.map((h) => [h.hubId, h]));
  return {
    subregions: file.subregions,
    isos: file.isos,
    plays: file.plays,
    hubFootprints: file.hubFootprints,
    features,
    subregionAt(lon, lat) {
      const i = subIndex.firstAt(lon, lat);
      return i < 0 ? null : file.subregions[i];
    },
    isosAt: (lon, lat) => isoIndex.allAt(lon, lat).map((i) => file.isos[i]),
    playsAt: (lon, lat) => playIndex.allAt(lon, lat).map((i) => file.plays[i]),
    hubFootprint: (hubId) => footprints.get(hubId),
  };
}
