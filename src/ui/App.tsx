import { MapView } from '../map/MapView';
import { Header } from './Header';
import { SidePanel } from './SidePanel';

export function App() {
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <SidePanel
          content={{
            layers: <p className="empty">Data layers arrive here: power prices, grid carbon, climate, land and connectivity.</p>,
            data: <p className="empty">The datasets behind every layer, with sources, years and gaps, are listed here.</p>,
          }}
        />
        <MapView />
      </main>
    </div>
  );
}
