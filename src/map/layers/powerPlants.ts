// "Power plants": GPPD v1.3.0 plants as circles, coloured by primary fuel and sized by MW (area ∝ MW),
// filtered by fuel and minimum MW. The file (plants.json) is fetched the first time the layer is ticked.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PLANT_FUELS, fuelLabel, type PowerPlant, type PowerPlants } from '../../data/powerPlants';
import type { TooltipRow } from '../../state/layerTypes';
import { usePowerDataStore } from '../../state/powerDataStore';
import { changeGate, matchColor, pointCollection, setLayersVisible, upsertGeoJson } from './pointLayer';
import type { LayerOptions, MapLayerModule } from './types';

/** One colour a fuel; firm low-carbon fuels in blues and purple, variable renewables light, fossil warm and dark. */
export const FUEL_COLORS: Record<string, string> = {
  Nuclear: '#7b3294',
  Hydro: '#1f78b4',
  Geothermal: '#c51b7d',
  Wind: '#41b6c4',
  Solar: '#fdd835',
  Gas: '#f46d43',
  Coal: '#3d3d3d',
  Oil: '#8c510a',
  Petcoke: '#5e3c0f',
  Biomass: '#4daf4a',
  Waste: '#a6d96a',
  Cogeneration: '#fdae61',
  Storage: '#e78ac3',
  'Wave and Tidal': '#80b1d3',
  Other: '#bdbdbd',
};

const LAYER = 'power-plants';

/** A fuel's total: GW from 1 GW up, else MW (so 20 MW of tidal does not read "0 GW"). */
const totalText = (mw: number) => (mw >= 1000 ? `${Math.round(mw / 1000).toLocaleString('en-US')} GW` : `${Math.round(mw).toLocaleString('en-US')} MW`);

const plantRows = (p: PowerPlant): TooltipRow[] => [
  { label: 'Capacity', value: `${p.capacityMw.toLocaleString('en-US')} MW`, year: p.source.year },
  { label: 'Primary fuel', value: fuelLabel(p.fuel) },
  {
    label: 'Commissioned',
    value: p.commissioningYear !== null ? String(p.commissioningYear) : 'no data',
    note: p.commissioningYear !== null && p.country === 'US' ? 'For plants with several units, the capacity-weighted mean year of the units (EIA-860 via GPPD).' : undefined,
  },
  { label: 'Owner', value: p.owner ?? 'no data' },
  { label: 'Source', value: p.source.name, source: { name: p.source.name, url: p.source.url }, quality: p.source.quality, year: p.source.year ?? 'undated' },
];

/** MapLibre filter for the fuel and minimum-MW choice. */
export function plantFilterExpression(options: Pick<LayerOptions, 'plantFilter'>): unknown[] {
  const f = options.plantFilter;
  const parts: unknown[] = ['all', ['>=', ['get', 'mw'], f?.minMw ?? 0]];
  if (f && f.hiddenFuels.length) parts.push(['!', ['in', ['get', 'fuel'], ['literal', f.hiddenFuels]]]);
  return parts;
}

export const powerPlantsLayer: MapLayerModule = (() => {
  const newPlants = changeGate<PowerPlants>();
  return {
    id: 'plants',
    title: 'Power plants',
    interactiveLayers: [LAYER],
    // Tickable at once: ticking it fetches the file.
    ready: () => true,
    sync(map: MapLibreMap, data, options) {
      if (newPlants(data.plants)) {
        // Largest first, so small plants draw on top of large ones and stay hoverable.
        const plants = data.plants.plants;
        const order = plants.map((_, i) => i).sort((a, b) => plants[b].capacityMw - plants[a].capacityMw);
        const fc = pointCollection(order, (i) => [plants[i].lon, plants[i].lat], (i) => ({ i, fuel: plants[i].fuel, mw: plants[i].capacityMw }));
        if (upsertGeoJson(map, LAYER, fc)) {
          const color = matchColor('fuel', FUEL_COLORS, FUEL_COLORS.Other);
          // Area ∝ MW: radius ∝ √MW, with a floor so 1 MW plants stay visible; larger as the map zooms in.
          const radius = ['interpolate', ['linear'], ['sqrt', ['get', 'mw']], 0, 1.5, 10, 2.5, 30, 6, 85, 13];
          map.addLayer({
            id: LAYER,
            type: 'circle',
            source: LAYER,
            layout: { visibility: 'none' },
            paint: {
              'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['*', 0.6, radius], 7, ['*', 1, radius], 10, ['*', 1.6, radius]] as never,
              'circle-color': color as never,
              'circle-opacity': 0.8,
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 8, 1] as never,
            },
          });
        }
      }
      if (map.getLayer(LAYER)) map.setFilter(LAYER, plantFilterExpression(options) as never);
    },
    setVisible(map, visible) {
      if (visible) usePowerDataStore.getState().load('plants');
      setLayersVisible(map, [LAYER], visible);
    },
    legend(data, options) {
      // No legend until the file has loaded: it states what was loaded.
      if (!data.plants) return null;
      const plants = data.plants.plants;
      const mwByFuel = new Map<string, number>();
      for (const p of plants) mwByFuel.set(p.fuel, (mwByFuel.get(p.fuel) ?? 0) + p.capacityMw);
      const d = data.plants.dataset;
      const f = options.plantFilter;
      const hidden = f?.hiddenFuels ?? [];
      return {
        unit: 'MW installed (circle area ∝ MW)',
        years: 'US 2019 (EIA-860), Canada 2017, Mexico 2016',
        sources: [{ name: `${d.name}, World Resources Institute (${d.licence})`, url: d.url }],
        items: PLANT_FUELS.filter((x) => mwByFuel.has(x.id)).map((x) => ({
          color: FUEL_COLORS[x.id] ?? FUEL_COLORS.Other,
          label: `${x.label} (${totalText(mwByFuel.get(x.id) ?? 0)})${hidden.includes(x.id) ? ' — hidden' : ''}`,
          shape: 'circle' as const,
        })),
        method: f && f.minMw > 0 ? `Showing plants of ${f.minMw.toLocaleString('en-US')} MW or more.` : `All ${plants.length.toLocaleString('en-US')} plants of more than 0 MW.`,
        notes: [
          'Installed capacity, not output. No status column: retired plants may still appear and plants newer than the source year do not.',
          '262 Mexican plants (7,030 MW) have no location in GPPD and are not shown.',
        ],
      };
    },
    tooltip(feature, data) {
      const p = data.plants?.plants[Number(feature.properties?.i)];
      return p ? { title: p.name, subtitle: p.country === 'US' ? 'United States' : p.country === 'CA' ? 'Canada' : 'Mexico', rows: plantRows(p) } : null;
    },
  };
})();
