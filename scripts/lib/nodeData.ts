// Node-side loaders for the files in public/data (tests, CLI, bench). The browser fetches the same files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { decodeBoundaries, type Boundaries } from '../../src/geo/boundaries';
import { createRegionIndex, type RegionIndex } from '../../src/geo/regionIndex';

const ROOT = resolve(import.meta.dirname, '../..');

export function publicDataPath(name: string): string {
  return resolve(ROOT, 'public/data', name);
}

export function readPublicJson<T>(name: string): T {
  return JSON.parse(readFileSync(publicDataPath(name), 'utf8')) as T;
}

let cached: { boundaries: Boundaries; index: RegionIndex } | undefined;

export function loadBoundariesNode(): { boundaries: Boundaries; index: RegionIndex } {
  if (!cached) {
    const boundaries = decodeBoundaries(readPublicJson<Topology>('boundaries.topo.json'));
    cached = { boundaries, index: createRegionIndex(boundaries.regions.features) };
  }
  return cached;
}
