import { describe, expect, it } from 'vitest';
import { activeConstraintCount } from '../../src/ui/ScoringNotices';

describe('the constraints badge counts what is set', () => {
  it('numbers and the mining-rule exclusion count; empty, undefined or false do not', () => {
    expect(activeConstraintCount({})).toBe(0);
    expect(activeConstraintCount({ maxRetailPriceUsdPerMwh: undefined, excludeMiningRestricted: false })).toBe(0);
    expect(activeConstraintCount({ maxRetailPriceUsdPerMwh: 80, minAnnualMeanC: -5, excludeMiningRestricted: true })).toBe(3);
    expect(activeConstraintCount({ maxPue: 0 })).toBe(1);
  });
});
