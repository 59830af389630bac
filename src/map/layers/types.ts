import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { ConnectivityBundle, FactsBundle, Quality } from '../../data/types';
import type { Surface } from '../../data/surface';
import type { QueryContext } from '../../data/pointQuery';
import type { GridRegions } from '../../data/gridRegions';
import type { CountyIndex } from '../../data/countyFacts';
import type { UtilityIndex } from '../../data/utilityAt';
import type { ModelOptions } from '../../scoring/model';
import type { SuitabilityScores } from '../../state/suitabilityStore';
import type { LayerId, SourceRef, TooltipContent } from '../../state/layerTypes';
import type { PlantFilter } from '../../state/plantFilterStore';
import type { PowerPlants } from '../../data/powerPlants';
import type { TransmissionLines } from '../../data/transmissionLines';

export interface LegendItem {
  color: string;
  label: string;
  /** 'fill' swatch (default), 'circle' marker, or 'hatch' for no data. */
  shape?: 'fill' | 'circle' | 'hatch';
}

export interface LegendSpec {
  unit: string;
  years: string;
  sources: SourceRef[];
  items: LegendItem[];
  /** Class breaks and method in words, e.g. "7 classes, breaks at 50, 70, …". */
  method?: string;
  /** Caveats, low-quality flags. */
  notes?: string[];
}

/** Everything the layers draw from; any part may still be loading (null). */
export interface LayerData {
  facts: FactsBundle | null;
  connectivity: ConnectivityBundle | null;
  surface: Surface | null;
  suitability: SuitabilityScores | null;
  /** Everything the point query needs, once loaded. */
  query: QueryContext | null;
  /** The query context with plants, lines, counties and utilities (what scores use), once those have loaded. */
  scoringQuery?: QueryContext | null;
  /** Loaded when "Power plants" or "Transmission lines" is first ticked (or a point card opens). */
  plants?: PowerPlants | null;
  lines?: TransmissionLines | null;
  /** eGRID subregions, ISO footprints and shale plays. */
  gridRegions: GridRegions | null;
  /** County and utility indexes, loaded when their layer is first ticked (src/state/areaStore.ts). */
  areas?: { counties: CountyIndex | null; utilities: UtilityIndex | null };
}

export interface LayerOptions {
  /** Climate layer variable. */
  climateVariable: string;
  /** Active profile, weights and constraints. */
  modelOptions: ModelOptions;
  /** "Power plants" filter. */
  plantFilter?: PlantFilter;
}

/** One map layer: its MapLibre sources/layers, legend and tooltip. Kept free of React. */
export interface MapLayerModule {
  id: LayerId;
  title: string;
  /** Whether this layer can draw with the data loaded so far. */
  ready(data: LayerData): boolean;
  /** Adds sources and style layers (hidden) once; called again with new data/options to refresh. */
  sync(map: MapLibreMap, data: LayerData, options: LayerOptions, beforeId: string): void;
  setVisible(map: MapLibreMap, visible: boolean): void;
  /** Style layer ids that answer hover/click. */
  interactiveLayers: string[];
  legend(data: LayerData, options: LayerOptions): LegendSpec | null;
  tooltip(feature: MapGeoJSONFeature, data: LayerData, options: LayerOptions): TooltipContent | null;
  /** For raster layers (no features to query): the tooltip at a location, or null. */
  tooltipAt?(lon: number, lat: number, data: LayerData, options: LayerOptions): TooltipContent | null;
}

export const qualityLabel = (q: Quality | undefined): string => (q === 'low' ? 'low-quality source' : q ?? '');
