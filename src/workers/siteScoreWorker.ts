// Web Worker entry: scores candidate sites (region + three facility-type scores) off the main thread,
// with its own copy of the point-query data, fetched from the app's origin on first use.
// Create with: new Worker(new URL('./siteScoreWorker.ts', import.meta.url), { type: 'module' })
import { fetchPublicData, loadQueryContext } from '../data/loadQueryContext';
import type { QueryContext } from '../data/pointQuery';
import { createSiteScoreHandler, type SiteScoreRequest } from './siteScoreProtocol';

const ctx = self as unknown as DedicatedWorkerGlobalScope;
let context: Promise<QueryContext> | null = null;
const handle = createSiteScoreHandler(
  () => (context ??= loadQueryContext(fetchPublicData)),
  (r) => ctx.postMessage(r),
  () => new Promise((resolve) => setTimeout(resolve, 0)),
);

ctx.onmessage = (e: MessageEvent<SiteScoreRequest>) => void handle(e.data);
