// The sources of a real build: files from the repository root and Electricity Maps from
// node_modules. Nothing here reads public/data: the build's outputs are never its inputs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadElectricityMaps } from './electricityMaps';
import type { BuildSources } from './pipeline';

const ROOT = resolve(import.meta.dirname, '../..');

/** Reads a repository file, e.g. readRepoText('data/ixps.csv'). */
export function readRepoText(path: string): string {
  return readFileSync(resolve(ROOT, path), 'utf8');
}

export function repoBuildSources(): BuildSources {
  return { readText: readRepoText, electricityMaps: loadElectricityMaps() };
}
