/** Fetches a file that scripts/build-data wrote to public/data (served from the app's own origin). */
export async function fetchPublicJson<T>(name: string): Promise<T> {
  const url = `${import.meta.env.BASE_URL}data/${name}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}
