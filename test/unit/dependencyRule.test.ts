// The dependency rule (.dependency-cruiser.cjs) catches what it says it catches: a fixture tree that
// breaks each rule once gives exactly those violations, and its allowed imports give none.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[]; options: Record<string, unknown> };
const FIXTURE = fileURLToPath(new URL('../fixtures/dependency-rule/', import.meta.url));

describe('dependency rule', () => {
  it('reports each broken rule in the fixture tree, and nothing else', async () => {
    const { tsConfig: _tsConfig, exclude: _exclude, ...options } = config.options;
    const { output } = await cruise(['src', 'test'], { ...options, baseDir: FIXTURE, validate: true, ruleSet: { forbidden: config.forbidden } });
    const got = (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\/([^/]+)\/.*$/, '$1')}`).sort();
    expect(got).toEqual([
      'entry-imported-by-none: src/workers/perf.ts → src/perfMarks.ts',
      'geo-io-independent: src/geo/point.ts → src/io/csv.ts',
      'no-circular: src/candidates/a.ts → src/candidates/b.ts',
      'no-upward-from-data: src/data/table.ts → src/scoring/weights.ts',
      'no-upward-from-state: src/state/store.ts → src/map/colours.ts',
      'pure-core-no-ui-frameworks: src/scoring/store.ts → zustand',
      'src-not-scripts-or-test: src/io/readsTest.ts → test/helper.ts',
    ]);
  });
});
