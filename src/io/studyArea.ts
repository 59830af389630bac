// The study area is the USA, Canada and Mexico as the region boundaries draw them, plus a 10 km
// margin: a point just outside every polygon (offshore of the drawn coastline) is assigned to the
// nearest region, and says so. A point beyond that is refused with this one message wherever it
// comes from: a map click, typed coordinates, the app's import and the CLI. The region lookup is
// passed in so src/io needs no boundary data (src/geo builds the index; callers hand over its regionAt).

export type RegionLookup = (lon: number, lat: number) => { code: string; name: string; snapKm?: number } | null;

export interface OutsideStudyArea {
  message: string;
  /** The point would be inside with latitude and longitude swapped (a hint that columns are swapped). */
  swappedInside: boolean;
}

/** Null when the point is in the study area; otherwise why it is refused. */
export function outsideStudyArea(lon: number, lat: number, regionAt: RegionLookup): OutsideStudyArea | null {
  if (regionAt(lon, lat)) return null;
  const swappedInside = Math.abs(lon) <= 90 && regionAt(lat, lon) !== null;
  const swapNote = swappedInside ? '; with latitude and longitude swapped it would be inside' : '';
  return { swappedInside, message: `${studyAreaMessage(lat, lon)}${swapNote}` };
}

export function studyAreaMessage(lat: number, lon: number): string {
  return `${lat}, ${lon} is outside the study area (more than 10 km from any US state, Canadian province or territory, or Mexican state)`;
}

/** For a point assigned by the snap: "0.5 km outside the Québec polygon; assigned to Québec". Null when inside. */
export function snapNote(region: { name: string; snapKm?: number } | null): string | null {
  if (!region || region.snapKm === undefined) return null;
  return `${region.snapKm.toFixed(1)} km outside the ${region.name} polygon; assigned to ${region.name}`;
}
