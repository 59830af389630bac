// Web Worker entry: scores the suitability surface off the main thread.
// Create with: new Worker(new URL('./scoreWorker.ts', import.meta.url), { type: 'module' })
import { createScoreHandler, type ScoreRequest } from './scoreProtocol';

const handle = createScoreHandler();
const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.onmessage = (e: MessageEvent<ScoreRequest>) => {
  const { response, transfer } = handle(e.data);
  ctx.postMessage(response, transfer);
};
