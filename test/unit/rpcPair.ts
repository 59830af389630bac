// A worker's two ends in one node process: serveRpc on one port of a real MessageChannel, the page's
// end on the other, so every message is really cloned (and buffers really transferred) as between
// threads.
import { MessageChannel } from 'node:worker_threads';
import { createRpcClient, serveRpc, type Api, type Handlers, type Port, type RpcClient, type WorkerPort } from '../../src/workers/rpc';

export interface FakeWorker {
  /** The page's end, as a Worker would be. */
  port: WorkerPort;
  /** Every message the page sent, as the worker received it. */
  received: unknown[];
  /** Simulates the worker crashing (the Worker's error event). */
  crash(message: string): void;
  close(): void;
}

export function fakeWorker<A extends Api>(handlers: Handlers<A>, pause?: () => Promise<void>): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  const received: unknown[] = [];
  const workerEnd = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    postMessage: (m: unknown, transfer: Transferable[]) => port2.postMessage(m, transfer as never),
  };
  port2.on('message', (data: unknown) => {
    received.push(data);
    workerEnd.onmessage?.({ data } as MessageEvent);
  });
  serveRpc<A>(workerEnd as Port, handlers, pause);
  const close = () => (port1.close(), port2.close());
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (m, transfer) => port1.postMessage(m, transfer as never),
    terminate: close,
  };
  port1.on('message', (data: unknown) => port.onmessage?.({ data } as MessageEvent));
  return { port, received, crash: (message) => port.onerror?.({ message, preventDefault() {} } as ErrorEvent), close };
}

export interface RpcPair<A extends Api> extends FakeWorker {
  client: RpcClient<A>;
}

export function rpcPair<A extends Api>(handlers: Handlers<A>, pause?: () => Promise<void>): RpcPair<A> {
  const worker = fakeWorker(handlers, pause);
  return { ...worker, client: createRpcClient<A>(worker.port, 'test') };
}
