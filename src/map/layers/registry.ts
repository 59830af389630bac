import type { ClimateStationPoint } from '../../data/climatePoints';
import { createClimateLayer } from './climate';
import { connectivityLayer } from './connectivity';
import { flaredGasLayer } from './flaredGas';
import { gridCarbonLayer } from './gridCarbon';
import { gridStrengthLayer } from './gridStrength';
import { incentivesLayer } from './incentives';
import { knownSitesLayer } from './knownSites';
import { landValueLayer } from './landValue';
import { naturalHazardLayer } from './naturalHazard';
import { retailPriceLayer } from './retailPrice';
import { suitabilityLayer } from './suitability';
import { utilityTerritoriesLayer } from './utilityTerritories';
import type { MapLayerModule } from './types';
import { wholesaleHubsLayer } from './wholesaleHubs';
import { powerPlantsLayer } from './powerPlants';
import { transmissionLinesLayer } from './transmissionLines';

/** The map layers in panel order (top of the list = drawn on top). */
export function createLayerModules(getStations: () => ClimateStationPoint[] | null): MapLayerModule[] {
  return [
    suitabilityLayer,
    retailPriceLayer,
    wholesaleHubsLayer,
    powerPlantsLayer,
    transmissionLinesLayer,
    gridCarbonLayer,
    gridStrengthLayer,
    utilityTerritoriesLayer,
    createClimateLayer(getStations),
    landValueLayer,
    naturalHazardLayer,
    connectivityLayer,
    knownSitesLayer,
    incentivesLayer,
    flaredGasLayer,
  ];
}
