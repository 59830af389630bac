import { MapLayers, useLayerModules } from '../map/MapLayers';
import { MapView } from '../map/MapView';
import { SelectionMarker } from '../map/SelectionMarker';
import { PointCard } from './PointCard';
import { DataPanel } from './DataPanel';
import { Header } from './Header';
import { LayersPanel } from './LayersPanel';
import { MapTooltip } from './MapTooltip';
import { SidePanel } from './SidePanel';

export function App() {
  const modules = useLayerModules();
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <SidePanel content={{ layers: <LayersPanel modules={modules} />, data: <DataPanel /> }} />
        <MapView>
          <MapTooltip />
          <PointCard />
        </MapView>
        <MapLayers modules={modules} />
        <SelectionMarker />
      </main>
    </div>
  );
}
