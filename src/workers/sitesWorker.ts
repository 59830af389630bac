// Web Worker entry for candidate sites: reads imports, scores the list's summaries and writes exports
// off the main thread. Its data (boundaries, facts, surface) is loaded once, on first use, from the
// app's origin (usually the HTTP cache: the page fetched the same files).
import { createExportHandlers } from './exportProtocol';
import { createImportHandlers } from './importProtocol';
import { serveRpc, type Port } from './rpc';
import type { SitesApi } from './sitesClient';
import { createSiteScoreHandlers } from './siteScoreProtocol';
import { createWorkerData } from './workerData';

const data = createWorkerData();
serveRpc<SitesApi>(self as unknown as Port, {
  ...createImportHandlers(data.regionLookup),
  ...createSiteScoreHandlers(data.scoringContext),
  ...createExportHandlers(data.scoringContext),
});
