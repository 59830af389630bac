// Units and statuses as the source tables spell them ("USD_per_PH_per_day", "under_construction")
// turned into words for people ("USD/PH/day", "under construction") where they are shown.

const UNIT_WORDS: Record<string, string> = { percent: '%', unit: '', ratio: 'ratio' };

export function readableUnit(unit: string): string {
  if (unit in UNIT_WORDS) return UNIT_WORDS[unit];
  return unit.replace(/_per_/g, '/').replace(/_\(([^)]*)\)/g, ' ($1)').replace(/_/g, ' ');
}

/** "under_construction" → "under construction". */
export function readableStatus(status: string): string {
  return status.replace(/_/g, ' ');
}
