import { MapLayers, useLayerModules } from '../map/MapLayers';
import { MapView } from '../map/MapView';
import { SelectionMarker } from '../map/SelectionMarker';
import { SuitabilityScorer } from '../map/SuitabilityScorer';
import { PointCard } from './PointCard';
import { DataPanel } from './DataPanel';
import { Header } from './Header';
import { LayersPanel } from './LayersPanel';
import { MapTooltip } from './MapTooltip';
import { ScoringPanel } from './ScoringPanel';
import { SidePanel } from './SidePanel';
import { CandidatesPanel, ComparePanel } from './candidates/lazyPanels';
import { CandidatesMapLayer } from './candidates/CandidatesMapLayer';
import { RecoveryBanner } from './candidates/RecoveryBanner';
import { ShareLinkRestore } from './candidates/ShareLink';

export function App() {
  const modules = useLayerModules();
  return (
    <div className="app">
      <Header />
      <RecoveryBanner />
      <main className="app-main">
        <SidePanel content={{ layers: <LayersPanel modules={modules} />, scoring: <ScoringPanel />, candidates: <CandidatesPanel />, compare: <ComparePanel />, data: <DataPanel /> }} />
        <MapView>
          <MapTooltip />
          <PointCard />
        </MapView>
        <MapLayers modules={modules} />
        <SelectionMarker />
        <SuitabilityScorer />
        <CandidatesMapLayer />
        <ShareLinkRestore />
      </main>
    </div>
  );
}
