// What the user set for the model: weight overrides per profile, hard constraints and economics
// inputs. The active profile is the header's facility type (appStore), so one selector drives all.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { settingsPersist, validScalars, validWeights } from './settingsPersist';
import type { Constraints } from '../scoring/constraints';
import type { CriterionId } from '../scoring/criteria';
import type { EconomicsInputs } from '../scoring/economicsDefaults';
import type { ProfileId } from '../scoring/profiles';
import type { ScoringSettings } from '../scoring/siteScoring';

export type WeightOverrides = Record<ProfileId, Partial<Record<CriterionId, number>>>;

interface ScoringState {
  weights: WeightOverrides;
  constraints: Constraints;
  /** Edits of the economics inputs; unset fields use the cited defaults. */
  economics: Partial<EconomicsInputs>;
  setWeight(profile: ProfileId, id: CriterionId, value: number): void;
  resetWeights(profile: ProfileId): void;
  setConstraint<K extends keyof Constraints>(key: K, value: Constraints[K] | undefined): void;
  setEconomics<K extends keyof EconomicsInputs>(key: K, value: EconomicsInputs[K] | undefined): void;
  resetEconomics(): void;
}

export const useScoringStore = create<ScoringState>()(
  persist((set) => ({
  weights: { mining: {}, ai: {}, hybrid: {} },
  constraints: {},
  economics: {},
  setWeight: (profile, id, value) => set((s) => ({ weights: { ...s.weights, [profile]: { ...s.weights[profile], [id]: Math.max(0, value) } } })),
  resetWeights: (profile) => set((s) => ({ weights: { ...s.weights, [profile]: {} } })),
  setConstraint: (key, value) =>
    set((s) => {
      const next = { ...s.constraints };
      if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) delete next[key];
      else next[key] = value;
      return { constraints: next };
    }),
  setEconomics: (key, value) =>
    set((s) => {
      const next = { ...s.economics };
      if (value === undefined || !Number.isFinite(value)) delete next[key];
      else next[key] = value;
      return { economics: next };
    }),
  resetEconomics: () => set({ economics: {} }),
}), scoringPersist()),
);

/** Weights, constraints and economics edits survive reloads (candidates issue). */
function scoringPersist() {
  type Saved = Pick<ScoringState, 'weights' | 'constraints' | 'economics'>;
  return settingsPersist<ScoringState, Saved>(
    'gridscout.scoring',
    1,
    (s) => ({ weights: s.weights, constraints: s.constraints, economics: s.economics }),
    (x) => {
      const o = (x ?? {}) as Partial<Saved>;
      return { weights: validWeights(o.weights ?? {}), constraints: validScalars(o.constraints), economics: validScalars(o.economics) };
    },
  );
}

/** The scoring service's settings: the selected facility type, the user's weights and constraints, the economics inputs. */
export function scoringSettingsOf(state: Pick<ScoringState, 'weights' | 'constraints'>, profile: ProfileId, economics: EconomicsInputs): ScoringSettings {
  return { profile, weights: state.weights, constraints: state.constraints, economics };
}
