// The BuildContext of a real build: files from the repository root, regions from the
// boundaries that the boundaries step has just written to public/data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBoundariesNode } from '../lib/nodeData';
import type { BuildContext } from './step';

const ROOT = resolve(import.meta.dirname, '../..');

export function repoBuildContext(): BuildContext {
  return { readText: (path) => readFileSync(resolve(ROOT, path), 'utf8'), regions: loadBoundariesNode().index };
}
