// Builds the batch scorer's input columns from the point query, one cell centre at a time, so a
// surface cell and a clicked point at that centre read the very same criterion values.
import type { PointFacts } from '../../src/data/types';
import type { BatchColumns } from '../../src/scoring/batch';
import { CRITERION_IDS, type CriterionId } from '../../src/scoring/criteria';
import { criterionInputs } from '../../src/scoring/rawValues';

/** `factsAt(i)` returns the PointFacts of cell i's centre, or null for water/outside (land = 0). */
export function surfaceColumnsFromFacts(n: number, factsAt: (i: number) => PointFacts | null): BatchColumns {
  const raw = {} as Record<CriterionId, Float32Array>;
  for (const id of CRITERION_IDS) raw[id] = new Float32Array(n).fill(Number.NaN);
  const land = new Uint8Array(n);
  const summerMaxC = new Float32Array(n).fill(Number.NaN);
  const annualMeanC = new Float32Array(n).fill(Number.NaN);
  const miningRestricted = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = factsAt(i);
    if (!p || !p.region) continue;
    land[i] = 1;
    const inputs = criterionInputs(p);
    for (const id of CRITERION_IDS) {
      const v = inputs[id]?.value;
      if (v !== undefined) raw[id][i] = v;
    }
    summerMaxC[i] = p.climate.summerMaxC?.value ?? Number.NaN;
    annualMeanC[i] = p.climate.annualMeanC?.value ?? Number.NaN;
    miningRestricted[i] = p.miningRestrictions.length ? 1 : 0;
  }
  return { raw, land, summerMaxC, annualMeanC, miningRestricted };
}
