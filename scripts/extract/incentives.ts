// Development-time extract (run by hand): carries the 2026-12 incentive update from the shared
// tables into data/dc-tax-incentives.csv.
//   npx tsx scripts/extract/incentives.ts [--shared ../shared/data]
// Base: <shared>/dc-tax-incentives.csv, which data/ held unchanged before this update, so a rerun
// gives the same table. Update: <shared>/updates-2026-12/dc-tax-incentives-new.csv (its
// NOTES-figures.md §7 says what was read where).
// - Adds Florida, Maryland and Wisconsin (data-centre sales/use exemptions the table lacked).
// - Replaces the AL, GA, IA, MS and NV rows that cited a Reddit mirror of a DCD list, and the Ohio
//   row that cited a mirror of a news service's social page, with statute or agency sources.
// - Drops Alabama SB 265 (proposed), superseded by HB 399 (enacted 2026-04-17).
// - Adds the Illinois pause row beside the programme row (which keeps the programme's terms).
// Notes are rewritten where they spoke of the table itself ("replaces the row citing …") or of a
// search result ("secondary snippet") rather than of the programme; each rewrite must find its text, so a changed source fails loudly.
import { resolve } from 'node:path';
import { only, readTable, sharedDataDir, writeTable, type Row } from './csvTable';

const TABLE = 'data/dc-tax-incentives.csv';
const MIRROR_URL = /reddit\.hcrypt\.net|medioq\.com/;

const starts = (region: string, prefix: string) => (r: Row) => r.region_code === region && r.incentive.startsWith(prefix);

/** Old row (by region and mirror URL) → the new row that replaces it, plus new rows to place after it. */
const REPLACEMENTS: { region: string; by: string; after?: string[] }[] = [
  { region: 'US-AL', by: 'Data processing center tax abatements under', after: ['HB 399 (2026)'] },
  { region: 'US-GA', by: 'High-technology data center equipment' },
  { region: 'US-IA', by: 'Data center sales and use tax exemption and refunds' },
  { region: 'US-MS', by: 'Data Center Enterprise tax exemptions', after: ['SB 3168 (2025)'] },
  { region: 'US-NV', by: 'Data center partial tax abatements' },
  { region: 'US-OH', by: 'Data center sales and use tax exemption (R.C. 122.175' },
];
/** Rows dropped without a one-to-one replacement, and why (printed). */
const DROPPED: { region: string; prefix: string; why: string }[] = [
  { region: 'US-AL', prefix: 'SB 265 (2026)', why: 'superseded: SB 265 was carried over; its House companion HB 399 was enacted' },
];
/** New rows placed after an existing row of the same region. */
const PLACED_AFTER: { region: string; prefix: string; afterOld: string }[] = [
  { region: 'US-IL', prefix: 'Data Center Investment Program (DCEO): processing', afterOld: 'Data Center Investment program: exemptions' },
];
/** New rows appended (regions the table did not cover). */
const APPENDED: { region: string; prefix: string }[] = [
  { region: 'US-FL', prefix: 'Data center property sales and use tax exemption' },
  { region: 'US-MD', prefix: 'Qualified data center personal property' },
  { region: 'US-WI', prefix: 'Data Center Sales and Use Tax Exemption' },
  { region: 'US-WI', prefix: 'AB 245 / SB 244' },
];

/** [region, incentive prefix, text in notes, replacement]: words for a site developer, not about this table. */
const NOTE_REWRITES: [string, string, string, string][] = [
  ['US-AL', 'Data processing center tax abatements under', ". Replaces the row citing the Reddit repost of the DCD list (which gave $400M, i.e. only the 30-year tier). See the HB 399 (2026) row", ". The $400M figure in older lists is only the 30-year tier. See the HB 399 (2026) row"],
  ['US-AL', 'HB 399 (2026)', '. Supersedes the SB 265 (2026, proposed) row: SB 265 was carried over on 2026-04-09 (BillTrack50) and the House companion HB 399 was enacted', '. The Senate bill SB 265 was carried over on 2026-04-09 (BillTrack50); its House companion HB 399 was enacted'],
  ['US-GA', 'High-technology data center equipment', ' (AI-written bill summaries say 2026-12-31 to 2031-12-31, which does not match Act 842\'s 2031; not reconciled)', ' (the dates reported for it do not match Act 842\'s 2031 and are unconfirmed)'],
  ['US-GA', 'High-technology data center equipment', '. Replaces the row citing the Reddit repost of the DCD list (its $15M equals the threshold of the separate O.C.G.A. 48-8-3(68) computer-equipment exemption, per Mondaq)', '. The $15M figure in older lists is the threshold of the separate O.C.G.A. 48-8-3(68) computer-equipment exemption (Mondaq)'],
  ['US-IA', 'Data center sales and use tax exemption and refunds', '. Replaces the row citing the Reddit repost of the DCD list', ''],
  ['US-MS', 'Data Center Enterprise tax exemptions', ' The older $50M / 50 jobs / 150% figures (Reddit/DCD list, Baxtel) predate SB 2271.', ' The older $50M / 50 jobs / 150% terms in some lists predate SB 2271.'],
  ['US-NV', 'Data center partial tax abatements', ' The investment and job thresholds in 360.754(2)(d)-(e) were not read, so min_investment and min_jobs are left empty. Replaces the row citing the Reddit repost of the DCD list', ' Minimum investment and jobs (NRS 360.754(2)(d)-(e)): no data, not in the statute text read'],
  ['US-IL', 'Data Center Investment Program (DCEO): processing', '. Programme thresholds as in the existing IL row (not re-read)', '. Programme terms: see the Data Center Investment program row'],
  ['US-WI', 'Data Center Sales and Use Tax Exemption', '. See the separate proposed row on excluding cryptocurrency mining', '. See the AB 245 / SB 244 row on excluding cryptocurrency mining'],
];

/** [region, incentive prefix, text, replacement] for rows kept from the base table: search-result wording. */
const BASE_NOTE_REWRITES: [string, string, string, string][] = [
  ['US-NC', 'Sales and use tax exemption for electricity and support equipment', 'per secondary snippet', 'per a secondary source (unconfirmed)'],
  ['US-OR', 'Enterprise zone property tax exemption', 'reported (secondary snippet)', 'reported (secondary source, unconfirmed)'],
];

function main(): void {
  const shared = sharedDataDir(process.argv);
  const updates = readTable(resolve(shared, 'updates-2026-12/dc-tax-incentives-new.csv'));
  const table = readTable(resolve(shared, 'dc-tax-incentives.csv'));
  if (updates.columns.join() !== table.columns.join()) throw new Error('update header differs from data/dc-tax-incentives.csv');
  const news = updates.rows.map((r) => ({ ...r }));
  for (const [region, prefix, from, to] of NOTE_REWRITES) {
    const r = only(news, starts(region, prefix), `${region} ${prefix}`);
    if (!r.notes.includes(from)) throw new Error(`${region} ${prefix}: note text to rewrite not found: ${from}`);
    r.notes = r.notes.replace(from, to);
  }
  for (const [region, prefix, from, to] of BASE_NOTE_REWRITES) {
    const r = only(table.rows, starts(region, prefix), `${region} ${prefix}`);
    if (!r.notes.includes(from)) throw new Error(`${region} ${prefix}: note text to rewrite not found: ${from}`);
    r.notes = r.notes.replace(from, to);
  }
  const used = new Set<Row>();
  const take = (region: string, prefix: string): Row => {
    const r = only(news, starts(region, prefix), `new ${region} ${prefix}`);
    used.add(r);
    return r;
  };
  const out: Row[] = [];
  for (const old of table.rows) {
    const rep = REPLACEMENTS.find((x) => x.region === old.region_code && MIRROR_URL.test(old.source_url));
    const drop = DROPPED.find((x) => x.region === old.region_code && old.incentive.startsWith(x.prefix));
    if (rep) {
      out.push(take(rep.region, rep.by), ...(rep.after ?? []).map((p) => take(rep.region, p)));
      console.log(`replaced ${old.region_code} "${old.incentive}" (${old.source_url})`);
    } else if (drop) {
      console.log(`dropped ${old.region_code} "${old.incentive}": ${drop.why}`);
    } else {
      out.push(old);
      for (const p of PLACED_AFTER.filter((x) => x.region === old.region_code && old.incentive.startsWith(x.afterOld))) out.push(take(p.region, p.prefix));
    }
  }
  for (const a of APPENDED) out.push(take(a.region, a.prefix));
  const unused = news.filter((r) => !used.has(r));
  if (unused.length) throw new Error(`update rows not placed: ${unused.map((r) => `${r.region_code} ${r.incentive}`).join('; ')}`);
  const leftMirror = out.filter((r) => MIRROR_URL.test(r.source_url));
  if (leftMirror.length) throw new Error(`mirror URLs left: ${leftMirror.map((r) => r.region_code).join(', ')}`);
  writeTable(TABLE, { ...table, rows: out });
  console.log(`${TABLE}: ${table.rows.length} → ${out.length} rows`);
}

main();
