/** Fetches a file that scripts/build-data wrote to public/data (served from the app's own origin). */
async function fetchPublic(name: string): Promise<Response> {
  const url = `${import.meta.env.BASE_URL}data/${name}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}`);
  return res;
}

export async function fetchPublicJson<T>(name: string): Promise<T> {
  return (await (await fetchPublic(name)).json()) as T;
}

export async function fetchPublicBytes(name: string): Promise<ArrayBuffer> {
  return (await fetchPublic(name)).arrayBuffer();
}
