// build:data — turns npm boundary packages and data/*.csv into the compact files in public/data/.
// Same inputs → byte-identical outputs (stable ordering, fixed thresholds, no timestamps).
// The steps (scripts/build/<step>.ts) run as one in-memory pipeline (scripts/build/pipeline.ts);
// this script only writes what it returns, at the end, and reads none of it back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildData } from './build/pipeline';
import { repoBuildSources } from './build/repoSources';

const OUT_DIR = resolve('public/data');
const SOURCES_DIR = resolve('.cache/boundary-sources');

function main(): void {
  const built = buildData(SOURCES_DIR, repoBuildSources());
  for (const w of built.warnings) console.warn(`  note: ${w}`);
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, content] of Object.entries(built.files)) {
    writeFileSync(resolve(OUT_DIR, name), content);
    console.log(`wrote public/data/${name} (${(content.length / 1024).toFixed(0)} KB)`);
  }
}

try {
  main();
} catch (err) {
  console.error(`build:data failed: ${(err as Error).message}`);
  process.exit(1);
}
