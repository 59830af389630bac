// The "Flared gas" layer: its checkbox title, a legend with unit, year and source, polygons sent to
// the map only when first ticked, and plays without a figure drawn as "no data", not as a colour.
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { flaredGasLayer } from '../../src/map/layers/flaredGas';
import type { LayerData, LayerOptions } from '../../src/map/layers/types';
import { loadQueryContextNode } from '../../scripts/lib/nodeData';

const ctx = loadQueryContextNode();
const data = { facts: ctx.facts, connectivity: ctx.connectivity, surface: ctx.surface, suitability: null, query: ctx, gridRegions: ctx.gridRegions } as LayerData;
const options = {} as LayerOptions;

/** Records what the layer asks of the map. */
function fakeMap() {
  const sources = new Map<string, { type: string; data: { features: { properties: Record<string, unknown> }[] } }>();
  const layers = new Map<string, Record<string, unknown>>();
  const images = new Set<string>();
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, s: never) => void sources.set(id, s),
    getLayer: (id: string) => layers.get(id),
    addLayer: (l: { id: string }) => void layers.set(l.id, l),
    setLayoutProperty: (id: string, _k: string, v: string) => void (layers.get(id)!.visibility = v),
    getLayoutProperty: (id: string) => layers.get(id)?.visibility,
    hasImage: (id: string) => images.has(id),
    addImage: (id: string) => void images.add(id),
  };
  return { map: map as unknown as MapLibreMap, sources, layers };
}

describe('Flared gas layer', () => {
  it('is named exactly "Flared gas" and waits for the grid regions', () => {
    expect(flaredGasLayer.title).toBe('Flared gas');
    expect(flaredGasLayer.ready({ ...data, gridRegions: null })).toBe(false);
    expect(flaredGasLayer.ready(data)).toBe(true);
  });

  it('uploads the plays only when first ticked; plays without a figure carry no value', () => {
    const { map, sources, layers } = fakeMap();
    flaredGasLayer.sync(map, data, options, 'region-lines');
    flaredGasLayer.setVisible(map, false);
    expect(sources.size).toBe(0);
    flaredGasLayer.setVisible(map, true);
    const plays = sources.get('shale-plays')!.data.features;
    expect(plays).toHaveLength(ctx.gridRegions.plays.length);
    const withValue = plays.filter((f) => 'v' in f.properties);
    expect(withValue).toHaveLength(ctx.gridRegions.plays.filter((p) => p.flared).length);
    expect(withValue.every((f) => typeof f.properties.v === 'number' && (f.properties.v as number) > 0)).toBe(true);
    expect([...layers.keys()].sort()).toEqual(['shale-plays-fill', 'shale-plays-line', 'shale-plays-nodata']);
  });

  it('legend: unit with the year, the monitor as source, the no-data hatch and the coverage caveat', () => {
    const legend = flaredGasLayer.legend(data, options)!;
    expect(legend.unit).toBe('million cubic feet of gas flared per year (2020)');
    expect(legend.years).toBe('2020');
    expect(legend.sources.some((s) => /Flaring Monitor/.test(s.name) && s.url.startsWith('https://'))).toBe(true);
    expect(legend.items.at(-1)).toMatchObject({ shape: 'hatch' });
    expect(legend.notes?.join(' ')).toMatch(/Texas, New Mexico, North Dakota and Colorado only/);
  });
});
