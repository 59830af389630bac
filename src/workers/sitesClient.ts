// The page's one site worker (src/workers/sitesWorker.ts), started on first use: imports, the
// candidate list's summaries and exports share it, and with it one copy of the data they need.
import type { ExportApi } from './exportProtocol';
import type { ImportApi } from './importProtocol';
import { createRpcClient, type RpcClient } from './rpc';
import type { SiteScoreApi } from './siteScoreProtocol';

export type SitesApi = ImportApi & SiteScoreApi & ExportApi;

let client: RpcClient<SitesApi> | null = null;

export function sitesWorker(): RpcClient<SitesApi> {
  return (client ??= createRpcClient<SitesApi>(new Worker(new URL('./sitesWorker.ts', import.meta.url), { type: 'module' }), 'background'));
}
