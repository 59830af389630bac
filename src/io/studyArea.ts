// The study area is the USA, Canada and Mexico as the region boundaries draw them. A point that no
// region contains is refused with this one message wherever it comes from: the app's import, the CLI
// and typed coordinates. The region lookup is passed in so src/io needs no boundary data (src/geo
// builds the index; callers hand over its regionAt).

export type RegionLookup = (lon: number, lat: number) => { code: string; name: string } | null;

export interface OutsideStudyArea {
  message: string;
  /** The point would be inside with latitude and longitude swapped (a hint that columns are swapped). */
  swappedInside: boolean;
}

/** Null when a region contains the point; otherwise why it is refused. */
export function outsideStudyArea(lon: number, lat: number, regionAt: RegionLookup): OutsideStudyArea | null {
  if (regionAt(lon, lat)) return null;
  const swappedInside = Math.abs(lon) <= 90 && regionAt(lat, lon) !== null;
  const swapNote = swappedInside ? '; with latitude and longitude swapped it would be inside' : '';
  return { swappedInside, message: `${lat}, ${lon} is outside North America (offshore, or outside the USA, Canada and Mexico)${swapNote}` };
}
