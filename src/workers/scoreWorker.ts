// Web Worker entry: scores the suitability surface off the main thread (src/workers/scoreProtocol.ts).
// Create with: new Worker(new URL('./scoreWorker.ts', import.meta.url), { type: 'module' })
import { serveRpc, type Port } from './rpc';
import { createScoreHandlers, type ScoreApi } from './scoreProtocol';

serveRpc<ScoreApi>(self as unknown as Port, createScoreHandlers());
