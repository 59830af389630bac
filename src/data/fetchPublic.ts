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

/**
 * A file the build stored gzip-compressed (the suitability cube: 15 MB as typed arrays, 1.1 MB
 * compressed), decompressed by the browser's own DecompressionStream. A server that already sent it
 * decoded (Content-Encoding) hands over bytes without the gzip magic number: those are used as they are.
 */
export async function fetchPublicGzip(name: string): Promise<ArrayBuffer> {
  const bytes = await fetchPublicBytes(name);
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes;
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}
