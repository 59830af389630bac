// The one worker request layer (src/workers/rpc.ts), both ends over a real MessageChannel: results,
// progress, errors, cancelling, superseding within a lane, transfers, and a crashed worker.
import { afterEach, describe, expect, it } from 'vitest';
import { isCancelled, withTransfer, type Handlers } from '../../src/workers/rpc';
import { rpcPair, type RpcPair } from './rpcPair';

type TestApi = {
  add: { args: { a: number; b: number }; result: number; progress: never };
  count: { args: { to: number }; result: string; progress: number };
  fail: { args: null; result: never; progress: never };
  fill: { args: { buf: Float32Array }; result: Float32Array; progress: never };
  slow: { args: { steps: number; tag: string }; result: string; progress: string };
};

const steps: string[] = [];
const handlers: Handlers<TestApi> = {
  add: ({ a, b }) => a + b,
  async count({ to }, req) {
    for (let i = 1; i <= to; i++) req.progress(i);
    return `counted to ${to}`;
  },
  fail() {
    throw new Error('no surface loaded');
  },
  fill({ buf }) {
    buf.fill(7);
    return withTransfer(buf, [buf.buffer]);
  },
  async slow({ steps: n, tag }, req) {
    for (let i = 0; i < n; i++) {
      if (req.cancelled()) {
        steps.push(`${tag} stopped at ${i}`);
        return 'stopped';
      }
      req.progress(`${tag} ${i}`);
      await req.pause();
    }
    steps.push(`${tag} finished`);
    return `${tag} done`;
  },
};

let pair: RpcPair<TestApi>;
afterEach(() => {
  pair.close();
  steps.length = 0;
});

describe('worker request layer', () => {
  it('answers typed calls, with progress in order before the result', async () => {
    pair = rpcPair(handlers);
    await expect(pair.client.call('add', { a: 2, b: 3 }).result).resolves.toBe(5);
    const seen: number[] = [];
    await expect(pair.client.call('count', { to: 4 }, { onProgress: (n) => seen.push(n) }).result).resolves.toBe('counted to 4');
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it("rejects with the worker's own error message, and later calls still work", async () => {
    pair = rpcPair(handlers);
    await expect(pair.client.call('fail', null).result).rejects.toThrow('no surface loaded');
    await expect(pair.client.call('add', { a: 1, b: 1 }).result).resolves.toBe(2);
  });

  it('transfers buffers both ways instead of copying them', async () => {
    pair = rpcPair(handlers);
    const buf = new Float32Array(1000);
    const back = await pair.client.call('fill', { buf }, { transfer: [buf.buffer] }).result;
    expect(buf.length).toBe(0); // handed over: the page's view is detached
    expect(back.length).toBe(1000);
    expect(back[999]).toBe(7);
  });

  it('a newer call in the same lane supersedes the older: it rejects as cancelled, stops in the worker, and its late progress is dropped', async () => {
    pair = rpcPair(handlers);
    const firstProgress: string[] = [];
    const first = pair.client.call('slow', { steps: 50, tag: 'first' }, { lane: 'jobs', onProgress: (p) => firstProgress.push(p) });
    const firstError = first.result.catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 5));
    const second = pair.client.call('slow', { steps: 3, tag: 'second' }, { lane: 'jobs' });
    expect(isCancelled(await firstError)).toBe(true);
    const shownAtCancel = firstProgress.length;
    await expect(second.result).resolves.toBe('second done');
    expect(firstProgress.length).toBe(shownAtCancel);
    expect(steps).toContain('second finished');
    expect(steps.find((s) => s.startsWith('first'))).toMatch(/^first stopped at \d+$/);
    // A call in another lane (or none) is left alone.
    const other = pair.client.call('slow', { steps: 2, tag: 'other' });
    pair.client.call('slow', { steps: 1, tag: 'third' }, { lane: 'jobs' });
    await expect(other.result).resolves.toBe('other done');
  });

  it('cancel() stops a call on both sides', async () => {
    pair = rpcPair(handlers);
    const call = pair.client.call('slow', { steps: 1000, tag: 'long' });
    const error = call.result.catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 5));
    call.cancel();
    expect(isCancelled(await error)).toBe(true);
    await expect.poll(() => steps).toEqual([expect.stringMatching(/^long stopped at \d+$/)]);
    expect(pair.received.at(-1)).toMatchObject({ rpc: 'cancel' });
  });

  it('a crashed worker fails every waiting call and every later one with a message naming it', async () => {
    pair = rpcPair(handlers, () => new Promise(() => {}));
    const waiting = pair.client.call('slow', { steps: 5, tag: 'stuck' }).result;
    await new Promise((r) => setTimeout(r, 5));
    pair.crash('out of memory');
    await expect(waiting).rejects.toThrow('the test worker failed: out of memory');
    await expect(pair.client.call('add', { a: 1, b: 2 }).result).rejects.toThrow('the test worker failed: out of memory');
  });

  it('an unknown method is an error of that call', async () => {
    pair = rpcPair(handlers);
    const client = pair.client as unknown as { call(m: string, a: unknown): { result: Promise<unknown> } };
    await expect(client.call('nope', null).result).rejects.toThrow('unknown request "nope"');
  });
});
