// Web Worker entry: reads and checks an imported file off the main thread (src/workers/importProtocol.ts).
// It loads the region boundaries itself (same file the map uses, so usually from the HTTP cache).
import type { Topology } from 'topojson-specification';
import { fetchPublicJson } from '../data/fetchPublic';
import { decodeBoundaries } from '../geo/boundaries';
import { createRegionIndex } from '../geo/regionIndex';
import type { RegionLookup } from '../candidates/classify';
import { createImportHandler, type ImportRequest, type ImportResponse } from './importProtocol';

const ctx = self as unknown as DedicatedWorkerGlobalScope;
let lookup: Promise<RegionLookup> | null = null;
const regionLookup = () =>
  (lookup ??= fetchPublicJson<Topology>('boundaries.topo.json').then((topo) => {
    const index = createRegionIndex(decodeBoundaries(topo).regions.features);
    return (lon: number, lat: number) => index.regionAt(lon, lat);
  }));

const handle = createImportHandler(regionLookup);
// One request at a time, in order: a column change waits for the read before it.
let queue = Promise.resolve();
ctx.onmessage = (e: MessageEvent<ImportRequest>) => {
  queue = queue.then(() => handle(e.data, (r: ImportResponse) => ctx.postMessage(r)));
};
