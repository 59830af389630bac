// Weights, constraints and economics inputs for the active facility type. Every default shows
// where it comes from; every slider shows its effective share after normalisation.
import { CRITERIA, CRITERION_IDS } from '../scoring/criteria';
import { CRITERION_MAX_CONSTRAINTS, type Constraints } from '../scoring/constraints';
import type { EconomicsInputs } from '../scoring/economicsDefaults';
import { PROFILES } from '../scoring/profiles';
import { allWeightsZero, effectivePercent, resolveWeights } from '../scoring/weights';
import { useAppStore } from '../state/appStore';
import { useScoringStore } from '../state/scoringStore';
import { useSuitabilityStore } from '../state/suitabilityStore';
import { NumberField } from './NumberField';
import { useEconomicsInputs } from './useEconomicsInputs';

/**
 * Upper bounds come from the model's own list (same labels and units), then the two climate bounds.
 * A price, intensity, distance or PUE below 0 is no limit anyone means: refused with a message.
 */
const CONSTRAINT_FIELDS: { key: Exclude<keyof Constraints, 'excludeMiningRestricted'>; label: string; unit: string; min?: number }[] = [
  ...CRITERION_MAX_CONSTRAINTS.map((c) => ({ key: c.key as Exclude<keyof Constraints, 'excludeMiningRestricted'>, label: `Max ${c.label}`, unit: CRITERIA[c.id].unit, min: 0 })),
  { key: 'maxSummerMaxC', label: 'Max summer mean max', unit: '°C' },
  { key: 'minAnnualMeanC', label: 'Min annual mean temp.', unit: '°C' },
];

const ECONOMICS_FIELDS: { key: keyof EconomicsInputs; label: string }[] = [
  { key: 'itMw', label: 'IT load' },
  { key: 'hashpriceUsdPerPhDay', label: 'Hashprice' },
  { key: 'fleetEfficiencyJPerTh', label: 'Fleet efficiency' },
  { key: 'colocationUsdPerKwMonth', label: 'AI / colocation rate' },
  { key: 'aiBasePue', label: 'AI base PUE' },
  { key: 'miningBasePue', label: 'Mining base PUE' },
  { key: 'carbonPriceUsdPerTCo2', label: 'Carbon price' },
  { key: 'hybridAiSharePct', label: 'Hybrid: AI share of IT load' },
];

export function ScoringPanel() {
  const profileId = useAppStore((s) => s.facilityType);
  const profile = PROFILES[profileId];
  const overrides = useScoringStore((s) => s.weights[profileId]);
  const constraints = useScoringStore((s) => s.constraints);
  const { setWeight, resetWeights, setConstraint, setEconomics, resetEconomics } = useScoringStore.getState();
  const econ = useEconomicsInputs();
  const scoreMs = useSuitabilityStore((s) => s.result?.scoreMs);
  const weights = resolveWeights(profileId, overrides);
  const pct = effectivePercent(weights);

  return (
    <div className="scoring-panel">
      <section>
        <h3>Weights — {profile.label}</h3>
        <p className="hint">{profile.rationale}</p>
        {CRITERION_IDS.map((id) => (
          <div key={id} className="weight-row">
            <label className="weight-row__label" htmlFor={`w-${id}`}>
              {CRITERIA[id].label}
            </label>
            <input
              id={`w-${id}`}
              type="range"
              min={0}
              max={100}
              step={1}
              value={weights[id]}
              aria-valuetext={`${weights[id]} (${pct[id].toFixed(0)} % effective)`}
              onChange={(e) => setWeight(profileId, id, Number(e.target.value))}
            />
            <span className="weight-row__pct" aria-hidden="true">
              {pct[id].toFixed(0)} %
            </span>
            {profile.weightRationale[id] && <div className="weight-row__why">{profile.weightRationale[id]}</div>}
          </div>
        ))}
        {allWeightsZero(weights) && (
          <p className="field-error" role="alert">
            Every weight is 0: nothing can be scored. Raise at least one, or reset to the defaults.
          </p>
        )}
        <button type="button" onClick={() => resetWeights(profileId)}>
          Reset weights to defaults
        </button>
        {scoreMs !== undefined && <p className="muted">Surface re-scored in {scoreMs.toFixed(1)} ms (worker).</p>}
      </section>

      <section>
        <h3>Constraints</h3>
        <p className="hint">A site that breaks one is excluded, with the reason stated. Leave empty for no limit.</p>
        {CONSTRAINT_FIELDS.map((f) => (
          <NumberField key={f.key} label={f.label} unit={f.unit} min={f.min} value={constraints[f.key]} onChange={(v) => setConstraint(f.key, v)} />
        ))}
        <label className="check-row">
          <input
            type="checkbox"
            checked={constraints.excludeMiningRestricted ?? false}
            onChange={(e) => setConstraint('excludeMiningRestricted', e.target.checked || undefined)}
          />
          Exclude sites under a crypto-mining moratorium or connection pause (mining, hybrid)
        </label>
      </section>

      <section>
        <h3>Economics</h3>
        {!econ && <p className="muted">Loading cited defaults…</p>}
        {econ &&
          ECONOMICS_FIELDS.map((f) => {
            const cited = econ.defaults.cited[f.key];
            return (
              <div key={f.key} className="econ-field">
                <NumberField
                  label={f.label}
                  unit={cited.unit}
                  value={econ.inputs[f.key]}
                  min={0}
                  onChange={(v) => setEconomics(f.key, v)}
                />
                <div className="econ-field__source">
                  Default {cited.value} {cited.unit}
                  {cited.asOf && ` (${cited.asOf})`} —{' '}
                  {cited.sourceUrl ? (
                    <a href={cited.sourceUrl} target="_blank" rel="noopener noreferrer">
                      {cited.source}
                    </a>
                  ) : (
                    cited.source
                  )}
                  {cited.quality === 'low' && cited.parameter !== 'gridscout_setting' && <span className="low-quality"> ⚠ low-quality source</span>}
                  {cited.note && <span> · {cited.note}</span>}
                </div>
              </div>
            );
          })}
        <button type="button" onClick={resetEconomics}>
          Reset economics to cited defaults
        </button>
      </section>
    </div>
  );
}
