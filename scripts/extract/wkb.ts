// Decodes hex (E)WKB polygons and multipolygons, as stored in the EIA shale-play table, into
// GeoJSON geometry. Only the two types that table uses; anything else fails loudly.
import type { MultiPolygon, Polygon, Position } from 'geojson';

const WKB_POLYGON = 3;
const WKB_MULTIPOLYGON = 6;
const EWKB_SRID_FLAG = 0x20000000;

class Reader {
  private offset = 0;
  private little = true;
  constructor(private readonly view: DataView) {}
  byteOrder(): void {
    this.little = this.view.getUint8(this.offset) === 1;
    this.offset += 1;
  }
  uint32(): number {
    const v = this.view.getUint32(this.offset, this.little);
    this.offset += 4;
    return v;
  }
  float64(): number {
    const v = this.view.getFloat64(this.offset, this.little);
    this.offset += 8;
    return v;
  }
  get done(): boolean {
    return this.offset === this.view.byteLength;
  }
}

/** Byte order, type (SRID flag stripped; the SRID, when present, is skipped), for one geometry header. */
function header(r: Reader): number {
  r.byteOrder();
  const raw = r.uint32();
  if (raw & EWKB_SRID_FLAG) r.uint32();
  return raw & 0xffff;
}

function rings(r: Reader): Position[][] {
  const n = r.uint32();
  const out: Position[][] = [];
  for (let i = 0; i < n; i++) {
    const points = r.uint32();
    const ring: Position[] = [];
    for (let p = 0; p < points; p++) ring.push([r.float64(), r.float64()]);
    out.push(ring);
  }
  return out;
}

export function decodeWkbHex(hex: string): Polygon | MultiPolygon {
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length % 2) throw new Error('WKB: not a hex string');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  const r = new Reader(new DataView(bytes.buffer));
  const type = header(r);
  let geometry: Polygon | MultiPolygon;
  if (type === WKB_POLYGON) geometry = { type: 'Polygon', coordinates: rings(r) };
  else if (type === WKB_MULTIPOLYGON) {
    const n = r.uint32();
    const polygons: Position[][][] = [];
    for (let i = 0; i < n; i++) {
      if (header(r) !== WKB_POLYGON) throw new Error('WKB: multipolygon member is not a polygon');
      polygons.push(rings(r));
    }
    geometry = { type: 'MultiPolygon', coordinates: polygons };
  } else throw new Error(`WKB: geometry type ${type} not supported`);
  if (!r.done) throw new Error('WKB: trailing bytes');
  return geometry;
}
