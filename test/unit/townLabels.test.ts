import { describe, expect, it } from 'vitest';
import { minPopulationAt, pickTownLabels } from '../../src/candidates/townLabelPick';
import type { Place } from '../../src/candidates/gazetteer';

const town = (name: string, lon: number, lat: number, population: number): Place => ({ name, region: 'US-TX', lon, lat, population });
// 1° = 100 px, y down.
const project = (lon: number, lat: number) => ({ x: lon * 100, y: -lat * 100 });

describe('town names on the map', () => {
  const places = [town('Big', 1, -1, 900_000), town('Near Big', 1.05, -1, 300_000), town('Mid', 3, -1, 50_000), town('Small', 5, -1, 5_000), town('Off screen', 20, -1, 800_000)].sort((a, b) => b.population - a.population);

  it('none when zoomed out, more towns as the map zooms in', () => {
    expect(minPopulationAt(4)).toBeNull();
    expect(pickTownLabels(places, 4, project, 1000, 500)).toEqual([]);
    expect(pickTownLabels(places, 5.5, project, 1000, 500).map((l) => l.place.name)).toEqual(['Big']);
    expect(pickTownLabels(places, 7.5, project, 1000, 500).map((l) => l.place.name)).toEqual(['Big', 'Mid']);
    expect(pickTownLabels(places, 10, project, 1000, 500).map((l) => l.place.name)).toEqual(['Big', 'Mid', 'Small']);
  });

  it('a smaller town whose name would overlap a larger one is left out, off-screen towns too', () => {
    const names = pickTownLabels(places, 10, project, 1000, 500).map((l) => l.place.name);
    expect(names).not.toContain('Near Big');
    expect(names).not.toContain('Off screen');
  });

  it('stops at the cap', () => {
    const many = Array.from({ length: 500 }, (_, i) => town(`T${i}`, (i % 25) * 0.4, -Math.floor(i / 25) * 0.25, 100_000 - i));
    expect(pickTownLabels(many, 10, project, 1000, 500, 30)).toHaveLength(30);
  });
});
