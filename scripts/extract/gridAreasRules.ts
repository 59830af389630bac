// The two rules of the grid-areas extract, kept apart so tests can run them on made-up rows:
// a county's transfer capability from ReEDS interfaces, and a utility's industrial rate from EIA-861.

/** One ReEDS county-to-county AC interface: limits from `from` to `to` (forward) and back (reverse), MW. */
export interface InterfaceRow {
  from: string;
  to: string;
  forwardMw: number;
  reverseMw: number;
}

export interface CountyCapability {
  /** Sum over the county's interfaces of each interface's larger directional limit, MW. */
  transferMw: number;
  /** Sum of the limits of flows into the county, MW. */
  importMw: number;
  /** Sum of the limits of flows out of the county, MW. */
  exportMw: number;
  interfaces: number;
}

/**
 * Per county, the interfaces it shares with its neighbours summed. ReEDS gives each interface a
 * limit in each direction; the headline figure counts each interface once at its larger limit
 * (what the interface can carry at best), and import and export are kept beside it.
 */
export function countyTransferCapability(rows: readonly InterfaceRow[]): Map<string, CountyCapability> {
  const out = new Map<string, CountyCapability>();
  const at = (fips: string) => {
    let c = out.get(fips);
    if (!c) out.set(fips, (c = { transferMw: 0, importMw: 0, exportMw: 0, interfaces: 0 }));
    return c;
  };
  for (const r of rows) {
    if (!Number.isFinite(r.forwardMw) || !Number.isFinite(r.reverseMw)) throw new Error(`interface ${r.from}–${r.to}: limit is not a number`);
    const a = at(r.from);
    const b = at(r.to);
    const best = Math.max(r.forwardMw, r.reverseMw);
    a.transferMw += best;
    b.transferMw += best;
    a.exportMw += r.forwardMw;
    b.importMw += r.forwardMw;
    b.exportMw += r.reverseMw;
    a.importMw += r.reverseMw;
    a.interfaces += 1;
    b.interfaces += 1;
  }
  return out;
}

/**
 * Minimum industrial sales for a utility's industrial average to stand as a rate: 10,000 MWh a
 * year (about 1.1 MW of round-the-clock load, less than one small mine). Below it the average rests
 * on a few small customers: in EIA-861 2017 the bundled utilities selling 1,000–10,000 MWh to
 * industry show averages from 5 to 742 USD/MWh.
 */
export const MIN_INDUSTRIAL_SALES_MWH = 10_000;

export type RateStatus = 'rate' | 'below_min_sales' | 'delivery_service' | 'no_industrial_sales' | 'not_in_eia861';

export interface Eia861Industrial {
  /** Retail industrial revenue, thousand USD. */
  industrialRevenueKusd: number;
  /** Retail industrial sales, MWh. */
  industrialSalesMwh: number;
  /** Revenue from delivery-only service (customers buying their energy elsewhere), thousand USD. */
  deliveryRevenueKusd: number;
}

/**
 * Industrial revenue ÷ sales, USD/MWh, for bundled service only: a utility that reports
 * delivery-only revenue (retail choice) mixes wires charges into its industrial average, so it
 * gets no rate; nor does one below the minimum sales.
 */
export function industrialRate(e: Eia861Industrial | null): { usdPerMwh: number | null; status: RateStatus } {
  if (!e) return { usdPerMwh: null, status: 'not_in_eia861' };
  if (e.deliveryRevenueKusd > 0) return { usdPerMwh: null, status: 'delivery_service' };
  if (!(e.industrialSalesMwh > 0) || !(e.industrialRevenueKusd > 0)) return { usdPerMwh: null, status: 'no_industrial_sales' };
  if (e.industrialSalesMwh < MIN_INDUSTRIAL_SALES_MWH) return { usdPerMwh: null, status: 'below_min_sales' };
  return { usdPerMwh: (e.industrialRevenueKusd * 1000) / e.industrialSalesMwh, status: 'rate' };
}
