// What the layer store holds about the map's layers: their ids (visibility) and the hover read-out.
// Defined here, not in src/map, because state sits below map: the map's layer modules produce
// these, the store keeps them, the UI shows them.
import type { Quality } from '../data/types';

export type LayerId =
  | 'suitability'
  | 'retail'
  | 'wholesale'
  | 'carbon'
  | 'climate'
  | 'land'
  | 'connectivity'
  | 'knownSites'
  | 'incentives'
  | 'plants'
  | 'lines'
  | 'flaredGas'
  | 'gridStrength'
  | 'utilities'
  | 'hazard';

export interface SourceRef {
  name: string;
  url: string;
}

export interface TooltipRow {
  label: string;
  value: string;
  year?: number | string | null;
  source?: SourceRef;
  quality?: Quality;
  note?: string;
}

export interface TooltipContent {
  title: string;
  subtitle?: string;
  rows: TooltipRow[];
}
