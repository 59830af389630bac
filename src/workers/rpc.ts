// One request layer for every worker: typed calls answered by a result or an error, progress on the
// way, cancellation (and superseding: a newer call in the same lane cancels the older one) and
// transferables both ways. Hand-written rather than comlink: comlink has no progress stream or
// cancellation of its own, and these are what every worker here needs.
//
// An Api names each method's arguments, result and progress value:
//   type ScoreApi = { score: { args: ModelOptions; result: Float32Array; progress: never } };

export type Api = Record<string, { args: unknown; result: unknown; progress: unknown }>;
type Method<A extends Api> = keyof A & string;

export type ToWorker = { rpc: 'call'; id: number; method: string; args: unknown } | { rpc: 'cancel'; id: number };
export type FromWorker = { rpc: 'progress'; id: number; value: unknown } | { rpc: 'result'; id: number; value: unknown } | { rpc: 'error'; id: number; message: string };

/** What both ends talk through: a Worker, the worker's own global scope, or a MessagePort (tests). */
export interface Port {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** The page's end: a Worker also reports a crash or a failed start, and can be stopped. */
export interface WorkerPort extends Port {
  onerror?: ((e: ErrorEvent) => void) | null;
  terminate?(): void;
}

/** A call that was cancelled, or superseded by a newer one in its lane. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export const isCancelled = (e: unknown): e is CancelledError => e instanceof CancelledError;

export interface CallOptions<P> {
  /** Buffers in args handed over (not copied); the caller must not use them afterwards. */
  transfer?: Transferable[];
  onProgress?(value: P): void;
  /** A newer call in the same lane cancels this one (e.g. only the latest re-score matters). */
  lane?: string;
}

export interface Call<R> {
  /** The result; rejects with the worker's error, or with CancelledError. */
  result: Promise<R>;
  /** Stops the call on both sides: later progress and the result are dropped. */
  cancel(): void;
}

export interface RpcClient<A extends Api> {
  call<M extends Method<A>>(method: M, args: A[M]['args'], opts?: CallOptions<A[M]['progress']>): Call<A[M]['result']>;
  /** Stops the worker; calls still waiting never settle (their callers have gone too). */
  dispose(): void;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  onProgress?(v: unknown): void;
  lane?: string;
}

/** The page's side. `name` says which worker failed in the error a crash gives every waiting call. */
export function createRpcClient<A extends Api>(port: WorkerPort, name: string): RpcClient<A> {
  let nextId = 1;
  let failed: Error | null = null;
  const pending = new Map<number, Pending>();
  const lanes = new Map<string, number>();

  const take = (id: number): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    if (p.lane !== undefined && lanes.get(p.lane) === id) lanes.delete(p.lane);
    return p;
  };
  const cancel = (id: number) => {
    const p = take(id);
    if (!p) return;
    port.postMessage({ rpc: 'cancel', id } satisfies ToWorker, []);
    p.reject(new CancelledError());
  };

  port.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.rpc === 'progress') return void pending.get(m.id)?.onProgress?.(m.value);
    const p = take(m.id);
    if (!p) return;
    if (m.rpc === 'error') p.reject(new Error(m.message));
    else p.resolve(m.value);
  };
  port.onerror = (e: ErrorEvent) => {
    // A worker that failed to load or crashed: every waiting call, and every later one, gets the error, not a hang.
    e.preventDefault();
    failed = new Error(`the ${name} worker failed: ${e.message || 'unknown error'}`);
    for (const id of [...pending.keys()]) take(id)!.reject(failed);
  };

  return {
    call(method, args, opts = {}) {
      const id = nextId++;
      if (opts.lane !== undefined) {
        const older = lanes.get(opts.lane);
        if (older !== undefined) cancel(older);
      }
      const result = new Promise<never>((resolve, reject) => {
        if (failed) return reject(failed);
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: opts.onProgress as ((v: unknown) => void) | undefined, lane: opts.lane });
        if (opts.lane !== undefined) lanes.set(opts.lane, id);
        try {
          port.postMessage({ rpc: 'call', id, method, args } satisfies ToWorker, opts.transfer ?? []);
        } catch (err) {
          // E.g. args that cannot be cloned.
          take(id);
          reject(err as Error);
        }
      });
      return { result, cancel: () => cancel(id) };
    },
    dispose() {
      pending.clear();
      lanes.clear();
      port.terminate?.();
    },
  };
}

/** A result with the buffers to hand over instead of copying. */
export class Transfer<T> {
  constructor(
    readonly value: T,
    readonly transfer: Transferable[],
  ) {}
}

export const withTransfer = <T>(value: T, transfer: Transferable[]): Transfer<T> => new Transfer(value, transfer);

export interface RequestContext<P> {
  progress(value: P, transfer?: Transferable[]): void;
  /** True once the page cancelled (or superseded) this call: stop at the next convenient point. */
  cancelled(): boolean;
  /** Lets other messages in (a cancel, another call): a macrotask. */
  pause(): Promise<void>;
}

type Returned<R> = R | Transfer<R>;
export type Handlers<A extends Api> = {
  [M in Method<A>]: (args: A[M]['args'], ctx: RequestContext<A[M]['progress']>) => Returned<A[M]['result']> | Promise<Returned<A[M]['result']>>;
};

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The worker's side: runs each call as it arrives (a handler that must not overlap with another
 * queues itself), posts its progress and result, and turns a thrown error into the call's error.
 */
export function serveRpc<A extends Api>(port: Port, handlers: Handlers<A>, pause: () => Promise<void> = macrotask): void {
  const running = new Set<number>();
  const cancelled = new Set<number>();
  const post = (m: FromWorker, transfer: Transferable[] = []) => port.postMessage(m, transfer);

  const run = async (id: number, method: string, args: unknown) => {
    running.add(id);
    const ctx: RequestContext<unknown> = {
      progress: (value, transfer) => void (cancelled.has(id) || post({ rpc: 'progress', id, value }, transfer)),
      cancelled: () => cancelled.has(id),
      pause,
    };
    try {
      const handler = (handlers as Record<string, (a: unknown, c: RequestContext<unknown>) => unknown>)[method];
      if (!handler) throw new Error(`unknown request "${method}"`);
      const out = await handler(args, ctx);
      if (cancelled.has(id)) return;
      if (out instanceof Transfer) post({ rpc: 'result', id, value: out.value }, out.transfer);
      else post({ rpc: 'result', id, value: out });
    } catch (err) {
      if (!cancelled.has(id)) post({ rpc: 'error', id, message: err instanceof Error ? err.message : String(err) });
    } finally {
      running.delete(id);
      cancelled.delete(id);
    }
  };

  port.onmessage = (e: MessageEvent<ToWorker>) => {
    const m = e.data;
    if (m.rpc === 'cancel') {
      if (running.has(m.id)) cancelled.add(m.id);
      return;
    }
    void run(m.id, m.method, m.args);
  };
}
