// build:data — turns npm boundary packages and data/*.csv into the compact files in public/data/.
// Same inputs → byte-identical outputs (stable ordering, fixed thresholds, no timestamps).
// Each step lives in scripts/build/<step>.ts and returns the files it wants written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBoundaryTopologies } from './build/boundaries';
import { writeDatasets } from './build/datasets';
import { factsStep } from './build/facts';
import { buildClimate } from './build/climate';
import { buildConnectivity } from './build/connectivity';
import { repoBuildContext } from './build/repoContext';
import { writeStepFiles } from './build/step';
import { buildCriteriaGrid } from './build/criteriaGrid';
import { loadQueryContextNode } from './lib/nodeData';

const OUT_DIR = resolve('public/data');
const SOURCES_DIR = resolve('.cache/boundary-sources');

function write(name: string, content: string | Uint8Array): void {
  writeFileSync(resolve(OUT_DIR, name), content);
  console.log(`wrote public/data/${name} (${(content.length / 1024).toFixed(0)} KB)`);
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const boundaries = buildBoundaryTopologies(SOURCES_DIR);
  write('boundaries.topo.json', JSON.stringify(boundaries.lookup));
  write('boundaries-display.topo.json', JSON.stringify(boundaries.display));
  // Further steps (facts, climate grid, connectivity, datasets) are added below, one line each.
  const connectivity = writeStepFiles(buildConnectivity(repoBuildContext()), write);
  const climate = writeStepFiles(buildClimate(repoBuildContext(), [connectivity.latencyLayer]), write);
  writeDatasets(write, [...factsStep(write), ...connectivity.datasets, ...climate.datasets]);
  // Last: it reads back the files written above, exactly as the app and the CLI will.
  const criteria = buildCriteriaGrid(loadQueryContextNode());
  write('criteria.json', criteria.json);
  write('criteria.bin', criteria.bin);
}

try {
  main();
} catch (err) {
  console.error(`build:data failed: ${(err as Error).message}`);
  process.exit(1);
}
