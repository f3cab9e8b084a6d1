import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../renderer/src/lib/latest-only';

/** A promise settled from outside, as an area's chunk arrives. */
function later() {
  let settle!: (ok: boolean) => void;
  const promise = new Promise<void>((resolve, reject) => (settle = (ok) => (ok ? resolve() : reject(new Error('chunk failed')))));
  return { promise, settle };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly: the area asked last is the one shown', () => {
  it('applies a call once its wait settles', async () => {
    const when = latestOnly();
    const shown: string[] = [];
    const code = later();
    when(code.promise, () => shown.push('territories'));
    await flush();
    expect(shown).toEqual([]);
    code.settle(true);
    await flush();
    expect(shown).toEqual(['territories']);
  });

  it('drops a call whose wait settles after a later call was made, whichever settles first', async () => {
    const when = latestOnly();
    const shown: string[] = [];
    const territories = later();
    const economy = later();
    when(territories.promise, () => shown.push('territories'));
    when(economy.promise, () => shown.push('economy'));
    economy.settle(true);
    await flush();
    territories.settle(true);
    await flush();
    expect(shown).toEqual(['economy']);

    // The other order: the earlier call's code arrives first, and is still not shown.
    const works = later();
    const attraction = later();
    when(works.promise, () => shown.push('works'));
    when(attraction.promise, () => shown.push('attraction'));
    works.settle(true);
    await flush();
    expect(shown).toEqual(['economy']);
    attraction.settle(true);
    await flush();
    expect(shown).toEqual(['economy', 'attraction']);
  });

  it('applies at once when there is nothing to wait for, and that call is the latest', async () => {
    const when = latestOnly();
    const shown: string[] = [];
    const territories = later();
    when(territories.promise, () => shown.push('territories'));
    when(null, () => shown.push('dashboard'));
    expect(shown).toEqual(['dashboard']);
    territories.settle(true);
    await flush();
    expect(shown).toEqual(['dashboard']);
  });

  it('applies when the wait fails: the area shows, and asks for its code again where it reports the error', async () => {
    const when = latestOnly();
    const shown: string[] = [];
    const code = later();
    when(code.promise, () => shown.push('settings'));
    code.settle(false);
    await flush();
    expect(shown).toEqual(['settings']);
  });
});
