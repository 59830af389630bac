// public/data/plants.json: the power plants of the WRI Global Power Plant Database (GPPD) v1.3.0 in
// the US, Canada and Mexico, stored as columns (≈11,000 plants share a few sources, fuels and
// many owners) and expanded back into records here. Written by scripts/build/power.ts.
import type { Quality } from './types';

/** GPPD's primary-fuel words, in legend order, with the words a site developer reads. */
export const PLANT_FUELS = [
  { id: 'Nuclear', label: 'Nuclear' },
  { id: 'Hydro', label: 'Hydro' },
  { id: 'Geothermal', label: 'Geothermal' },
  { id: 'Wind', label: 'Wind' },
  { id: 'Solar', label: 'Solar' },
  { id: 'Gas', label: 'Natural gas' },
  { id: 'Coal', label: 'Coal' },
  { id: 'Oil', label: 'Oil' },
  { id: 'Petcoke', label: 'Petroleum coke' },
  { id: 'Biomass', label: 'Biomass' },
  { id: 'Waste', label: 'Waste' },
  { id: 'Cogeneration', label: 'Cogeneration' },
  { id: 'Storage', label: 'Storage' },
  { id: 'Wave and Tidal', label: 'Wave and tidal' },
  { id: 'Other', label: 'Other' },
] as const;

export type PlantFuel = (typeof PLANT_FUELS)[number]['id'];

/** Firm, low-carbon generation as the point facts count it. */
export const FIRM_LOW_CARBON_FUELS: readonly PlantFuel[] = ['Hydro', 'Nuclear', 'Geothermal'];

export const fuelLabel = (fuel: string): string => PLANT_FUELS.find((f) => f.id === fuel)?.label ?? 'Other';

export interface PlantSource {
  name: string;
  url: string;
  /** The year of the capacity figure (GPPD year_of_capacity_data); null where GPPD gives none. */
  year: number | null;
  quality: Quality;
}

/** Column-wise plants; index i of every array is one plant. */
export interface PowerPlantsFile {
  /** The dataset as a whole (GPPD), cited once. */
  dataset: { name: string; url: string; licence: string; licenceUrl: string; version: string };
  fuels: string[];
  sources: PlantSource[];
  owners: string[];
  name: string[];
  /** 'U' | 'C' | 'M' per plant (US, Canada, Mexico), one character each. */
  country: string;
  /** Degrees × 10⁴ (GPPD gives 4 decimals). */
  lon: number[];
  lat: number[];
  /** Capacity, MW × 10. */
  mw10: number[];
  fuel: number[];
  /** Commissioning year; null where GPPD gives none (all Canadian and Mexican plants). */
  year: (number | null)[];
  /** Index into owners; -1 where GPPD names none. */
  owner: number[];
  source: number[];
}

export interface PowerPlant {
  name: string;
  country: 'US' | 'CA' | 'MX';
  lon: number;
  lat: number;
  capacityMw: number;
  /** GPPD primary fuel word (see PLANT_FUELS for the label). */
  fuel: string;
  commissioningYear: number | null;
  owner: string | null;
  source: PlantSource;
}

export interface PowerPlants {
  dataset: PowerPlantsFile['dataset'];
  plants: PowerPlant[];
}

const COUNTRY = { U: 'US', C: 'CA', M: 'MX' } as const;

export function decodePowerPlants(file: PowerPlantsFile): PowerPlants {
  const n = file.name.length;
  for (const col of [file.lon, file.lat, file.mw10, file.fuel, file.year, file.owner, file.source]) {
    if (col.length !== n) throw new Error(`plants.json: a column has ${col.length} entries, names have ${n}`);
  }
  const plants: PowerPlant[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const source = file.sources[file.source[i]];
    const fuel = file.fuels[file.fuel[i]];
    const country = COUNTRY[file.country[i] as keyof typeof COUNTRY];
    if (!source || !fuel || !country) throw new Error(`plants.json: plant ${i} (${file.name[i]}) names a source, fuel or country that does not exist`);
    plants[i] = {
      name: file.name[i],
      country,
      lon: file.lon[i] / 1e4,
      lat: file.lat[i] / 1e4,
      capacityMw: file.mw10[i] / 10,
      fuel,
      commissioningYear: file.year[i],
      owner: file.owner[i] >= 0 ? file.owners[file.owner[i]] : null,
      source,
    };
  }
  return { dataset: file.dataset, plants };
}
