// What a build step receives and returns. Steps are pure: file reading and the region index are
// injected, so tests call them on the committed inputs without touching public/data.
import type { DatasetInfo } from '../../src/data/types';
import type { SurfaceVariableMeta } from '../../src/data/surface';
import type { RegionIndex } from '../../src/geo/regionIndex';

export interface BuildContext {
  /** Reads a repository file, e.g. readText('data/ixps.csv'). */
  readText(path: string): string;
  regions: RegionIndex;
}

/** One per-cell variable of the surface, before it is packed into surface.bin (its meta minus the byte layout). */
export interface SurfaceLayer extends Omit<SurfaceVariableMeta, 'byteOffset' | 'length'> {
  /** One value per grid cell; NaN = no data. */
  values: Float32Array;
}

export interface StepOutput {
  /** File name under public/data → content. */
  files: Record<string, string | Uint8Array>;
  /** Entries for the Data panel (public/data/datasets.json). */
  datasets: DatasetInfo[];
  /** Things worth a line in the build log (not errors). */
  warnings: string[];
}

export function regionCodeSet(regions: RegionIndex): Set<string> {
  return new Set(regions.regions.map((r) => r.code));
}
