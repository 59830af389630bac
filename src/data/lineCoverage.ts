// Where the transmission-line data has something to say. The GridKit extraction of OpenStreetMap
// (~2016) has files for Canada, Mexico and three US regions (Midwest, Northeast, South) but none for
// the US West, Alaska or Hawaii: there a missing line is "no data", never "no line".

/** US states with no GridKit file (the 11 western states, then Alaska and Hawaii). */
export const NO_LINE_DATA_REGIONS: readonly string[] = [
  'US-CA', 'US-OR', 'US-WA', 'US-NV', 'US-AZ', 'US-UT', 'US-CO', 'US-ID', 'US-MT', 'US-WY', 'US-NM', 'US-AK', 'US-HI',
];

export const LINE_COVERAGE_TEXT =
  'OSM GridKit 2016 covers Canada, Mexico and the US Midwest, Northeast and South, not the US West (CA, OR, WA, NV, AZ, UT, CO, ID, MT, WY, NM), Alaska or Hawaii';

export const NO_LINE_DATA_REASON = `no line data for this area (${LINE_COVERAGE_TEXT})`;

const uncovered = new Set(NO_LINE_DATA_REGIONS);

/** True where the line files cover the region (a region code, as regionAt gives it). */
export const lineDataCovers = (regionCode: string): boolean => !uncovered.has(regionCode);
