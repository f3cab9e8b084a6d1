import { describe, expect, it } from 'vitest';
import { deferredApi } from '../../../renderer/src/engine/deferred-api';

describe('deferredApi', () => {
  it('queues calls until the target is ready, then forwards them with their arguments', async () => {
    let resolve: (value: { add(a: number, b: number): number }) => void = () => undefined;
    const api = deferredApi(new Promise<{ add(a: number, b: number): number }>((r) => (resolve = r)));
    const pending = api.add(2, 3);
    resolve({ add: (a, b) => a + b });
    await expect(pending).resolves.toBe(5);
  });

  it('is not mistaken for a promise and rejects unknown methods', async () => {
    const api = deferredApi(Promise.resolve({}));
    expect((api as { then?: unknown }).then).toBeUndefined();
    await expect((api as unknown as { nope(): Promise<void> }).nope()).rejects.toThrow(/no method "nope"/);
  });
});
