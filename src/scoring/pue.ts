// Climate-dependent PUE estimate. No source publishes PUE as a function of climate, so this is a
// GridScout model: a best-practice floor plus cooling overhead that grows with cooling degree days
// and with summer heat above the range where free-air/economiser cooling carries the load.
// Calibration points (docs/methodology.md): Seattle ≈ 1.11, Bismarck ≈ 1.14 (Applied Digital's
// Ellendale ND design PUE is 1.18), Dulles ≈ 1.20, Houston ≈ 1.32, Phoenix ≈ 1.45; capped at the
// industry-average PUE (Uptime Institute, 1.58 in 2023) which includes older, less efficient sites.

/** PUE added per cooling degree day (°C·day, base 18–18.3 °C). */
const PUE_PER_CDD = 0.00008;
/** PUE added per °C of summer mean daily maximum above PUE_FREE_COOLING_MAX_C. */
const PUE_PER_HOT_DEGREE = 0.008;
const PUE_FREE_COOLING_MAX_C = 25;
/** Cap: Uptime Institute industry average, 2023 (economics.csv dc_pue_industry_average). */
const PUE_CAP = 1.58;
/** Reference floor used by the cooling criterion: Google fleet PUE 2023 (economics.csv dc_pue_google_fleet, primary). */
export const REFERENCE_PUE_BASE = 1.1;

/** Cooling overhead above the floor; null when cooling degree days are unknown. */
function pueClimateUplift(cddCDays: number | null, summerMaxC: number | null): number | null {
  if (cddCDays === null || !Number.isFinite(cddCDays)) return null;
  const hot = summerMaxC !== null && Number.isFinite(summerMaxC) ? Math.max(0, summerMaxC - PUE_FREE_COOLING_MAX_C) : 0;
  return PUE_PER_CDD * Math.max(0, cddCDays) + PUE_PER_HOT_DEGREE * hot;
}

/** Estimated annual PUE of a facility whose best-case (cold-climate) PUE is `basePue`. */
export function estimatePue(basePue: number, cddCDays: number | null, summerMaxC: number | null): number | null {
  const uplift = pueClimateUplift(cddCDays, summerMaxC);
  if (uplift === null) return null;
  return Math.min(Math.max(basePue, PUE_CAP), basePue + uplift);
}
