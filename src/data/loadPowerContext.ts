// Loads the plant and line files behind the nearby-power facts (public/data/plants.json and
// lines.json, ~450 KB gzip together). Kept apart from loadQueryContext so that neither the page's
// first load nor a worker's start waits for them: callers ask for them when they need them.
import type { PublicDataReader } from './loadQueryContext';
import type { PowerContext } from './nearbyPower';
import { decodePowerPlants, type PowerPlantsFile } from './powerPlants';
import { decodeTransmissionLines, type TransmissionLinesFile } from './transmissionLines';

export const POWER_FILES = { plants: 'plants.json', lines: 'lines.json' } as const;

export async function loadPowerContext(read: PublicDataReader): Promise<PowerContext> {
  const [plants, lines] = await Promise.all([read.json<PowerPlantsFile>(POWER_FILES.plants), read.json<TransmissionLinesFile>(POWER_FILES.lines)]);
  return { plants: decodePowerPlants(plants), lines: decodeTransmissionLines(lines) };
}
