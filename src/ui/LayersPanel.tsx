import { useLayerData, useLayerOptions } from '../map/MapLayers';
import { CLIMATE_VARIABLES } from '../map/layers/climate';
import type { MapLayerModule } from '../map/layers/types';
import { useDataStore } from '../state/dataStore';
import { useLayerStore } from '../state/layerStore';
import { Legend } from './Legend';
import { PlantFilters } from './PlantFilters';
import { ScoreHistogram } from './ScoreHistogram';
import { FindRegions } from './FindRegions';

export function LayersPanel({ modules }: { modules: MapLayerModule[] }) {
  const data = useLayerData();
  const visible = useLayerStore((s) => s.visible);
  const toggle = useLayerStore((s) => s.toggle);
  const climateVariable = useLayerStore((s) => s.climateVariable);
  const options = useLayerOptions();
  const setClimateVariable = useLayerStore((s) => s.setClimateVariable);
  const factsError = useDataStore((s) => s.facts.error);
  const connectivityError = useDataStore((s) => s.connectivity.error);
  const surfaceError = useDataStore((s) => s.surface.error);
  const errors = [factsError, connectivityError, surfaceError].filter((e): e is string => e !== null);

  return (
    <div className="layers-panel">
      <p className="hint">Tick a layer to draw it; hover the map for values, click anywhere for everything known at that point.</p>
      {errors.map((e, i) => (
        <p key={i} className="error" role="alert">
          {e}
        </p>
      ))}
      <ul className="layer-list">
        {modules.map((m) => {
          const ready = m.ready(data);
          const legend = visible[m.id] && ready ? m.legend(data, options) : null;
          return (
            <li key={m.id} className="layer-item">
              <label className="layer-toggle">
                <input type="checkbox" checked={visible[m.id]} disabled={!ready} onChange={() => toggle(m.id)} />
                {m.title}
                {!ready && <span className="muted"> (loading…)</span>}
              </label>
              {m.id === 'climate' && visible.climate && (
                <label className="climate-variable">
                  Climate variable
                  <select value={climateVariable} onChange={(e) => setClimateVariable(e.target.value)}>
                    {CLIMATE_VARIABLES.map((v) => (
                      <option key={v.id} value={v.id}>
                        {v.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {m.id === 'plants' && visible.plants && <PlantFilters />}
              {legend && <Legend spec={legend} title={m.title} />}
              {m.id === 'suitability' && legend && <ScoreHistogram />}
              {m.id === 'suitability' && legend && <FindRegions />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
