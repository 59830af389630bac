// The dependency rule, checked by `npm run lint:deps` (part of `npm test`). Imports run one way:
//
//   ui → map → state → workers → candidates → scoring → data → geo, io
//
// A folder may import only from folders to its right. geo and io are both the bottom and import
// neither each other: geometry knows nothing of files, file formats nothing of geometry. The pure
// core (geo, io, data, scoring, candidates) also runs in Node (CLI, build, unit tests) and in
// workers, so it imports no React, MapLibre or zustand. src/main.ts is the entry and may import
// anything; no other file sits directly in src/. scripts/ and test/ use src, never the other way.
// Type-only imports count (tsPreCompilationDeps): a type is a dependency of the design too.

/** Top to bottom. geo and io share the bottom rank. */
const LAYERS = ['ui', 'map', 'state', 'workers', 'candidates', 'scoring', 'data', ['geo', 'io']];
const PURE_CORE = ['geo', 'io', 'data', 'scoring', 'candidates'];
const UI_FRAMEWORKS = ['react', 'react-dom', 'maplibre-gl', 'zustand'];

const names = (rank) => (Array.isArray(rank) ? rank : [rank]);

/** One rule per rank: nothing in it imports a rank above it. */
const noUpwardImports = LAYERS.slice(1).map((rank, i) => {
  const here = names(rank);
  const above = LAYERS.slice(0, i + 1).flatMap(names);
  return {
    name: `no-upward-from-${here.join('-')}`,
    comment: `src/${here.join(', src/')} may not import from src/${above.join(', src/')} (layers: ${LAYERS.map((r) => names(r).join(', ')).join(' → ')}).`,
    severity: 'error',
    from: { path: `^src/(${here.join('|')})/` },
    to: { path: `^src/(${above.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    ...noUpwardImports,
    {
      name: 'geo-io-independent',
      comment: 'geo and io are both the bottom layer: neither imports the other.',
      severity: 'error',
      from: { path: '^src/(geo|io)/' },
      to: { path: '^src/(geo|io)/', pathNot: '^src/$1/' },
    },
    {
      name: 'pure-core-no-ui-frameworks',
      comment: `The pure core (src/${PURE_CORE.join(', src/')}) runs in Node and workers: no ${UI_FRAMEWORKS.join(', ')}.`,
      severity: 'error',
      from: { path: `^src/(${PURE_CORE.join('|')})/` },
      to: { path: `(^|/)node_modules/(${UI_FRAMEWORKS.join('|')})/` },
    },
    {
      name: 'no-circular',
      comment: 'Modules may not import each other, directly or through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-scripts-or-test',
      comment: 'The app never imports build scripts or tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|test)/' },
    },
    {
      name: 'entry-imported-by-none',
      comment: 'src/ holds only the entry, main.ts; every other module belongs to a layer folder.',
      severity: 'error',
      from: {},
      to: { path: '^src/[^/]+\\.(ts|tsx)$' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing cannot be checked (and will not build).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // A small tree that breaks every rule once, for test/unit/dependencyRule.test.ts.
    exclude: { path: '^test/fixtures/dependency-rule/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
