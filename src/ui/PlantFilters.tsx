import { PLANT_FUELS } from '../data/powerPlants';
import { usePlantFilterStore } from '../state/plantFilterStore';

/** Minimum sizes offered, MW. */
const MIN_MW_CHOICES = [0, 1, 10, 50, 100, 500, 1000];

/** The "Power plants" filter: fuels to draw and the smallest plant shown. */
export function PlantFilters() {
  const hiddenFuels = usePlantFilterStore((s) => s.hiddenFuels);
  const minMw = usePlantFilterStore((s) => s.minMw);
  const toggleFuel = usePlantFilterStore((s) => s.toggleFuel);
  const setMinMw = usePlantFilterStore((s) => s.setMinMw);
  return (
    <fieldset className="plant-filters">
      <legend>Show plants</legend>
      <label className="plant-min-mw">
        Minimum size
        <select value={minMw} onChange={(e) => setMinMw(Number(e.target.value))}>
          {MIN_MW_CHOICES.map((mw) => (
            <option key={mw} value={mw}>
              {mw === 0 ? 'any size' : `${mw.toLocaleString('en-US')} MW or more`}
            </option>
          ))}
        </select>
      </label>
      <div className="plant-fuels">
        {PLANT_FUELS.map((f) => (
          <label key={f.id}>
            <input type="checkbox" checked={!hiddenFuels.includes(f.id)} onChange={() => toggleFuel(f.id)} />
            {f.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
