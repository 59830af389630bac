import { useLayoutEffect } from 'react';
import { createPortal } from 'react-dom';
import { CandidatesMapLayer } from '../map/CandidatesMapLayer';
import { CompareMarkers } from '../map/CompareMarkers';
import { MapLayers, useLayerModules } from '../map/MapLayers';
import { MapPointer } from '../map/MapPointer';
import { MapStatus } from '../map/MapStatus';
import { SelectionMarker } from '../map/SelectionMarker';
import { SuitabilityScorer } from '../map/SuitabilityScorer';
import { TownLabels } from '../map/TownLabels';
import { PointCard } from './PointCard';
import { CandidateDetails } from './candidates/CandidateDetails';
import { DataPanel } from './DataPanel';
import { Header } from './Header';
import { LayersPanel } from './LayersPanel';
import { MapTooltip } from './MapTooltip';
import { ScoringPanel } from './ScoringPanel';
import { ScoringNotices } from './ScoringNotices';
import { SidePanel } from './SidePanel';
import { CandidatesPanel, CompareDrawer, ComparePanel, SelectedSiteDragReadout } from './candidates/lazyPanels';
import { RecoveryBanner } from './candidates/RecoveryBanner';
import { ShareLinkRestore } from './candidates/ShareLink';
import { UndoShortcuts } from './candidates/UndoRedo';

/** Where each part of the UI goes in index.html's static frame. */
export interface AppSlots {
  header: HTMLElement;
  banner: HTMLElement;
  side: HTMLElement;
  mapOverlay: HTMLElement;
}

export function App({ slots }: { slots: AppSlots }) {
  const modules = useLayerModules();
  // The portals are in: drop index.html's static placeholders in the same frame.
  useLayoutEffect(() => {
    for (const el of document.querySelectorAll('[data-placeholder]')) el.remove();
  }, []);
  return (
    <>
      {createPortal(<Header />, slots.header)}
      {createPortal(<RecoveryBanner />, slots.banner)}
      {createPortal(
        <SidePanel content={{ layers: <LayersPanel modules={modules} />, scoring: <ScoringPanel />, candidates: <CandidatesPanel />, compare: <ComparePanel />, data: <DataPanel /> }} />,
        slots.side,
      )}
      {createPortal(
        <>
          <MapTooltip />
          <PointCard />
          <CandidateDetails />
          <CompareDrawer />
          <MapStatus />
          <ScoringNotices />
        </>,
        slots.mapOverlay,
      )}
      <MapLayers modules={modules} />
      <MapPointer modules={modules} />
      <SelectionMarker />
      <SuitabilityScorer />
      <TownLabels />
      <CandidatesMapLayer />
      <CompareMarkers />
      <SelectedSiteDragReadout />
      <ShareLinkRestore />
      <UndoShortcuts />
    </>
  );
}
