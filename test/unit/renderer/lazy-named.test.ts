import { Suspense, createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyNamed } from '../../../renderer/src/lib/lazy-named';

const Hello = ({ who }: { who: string }) => createElement('b', null, `olá ${who}`);
const inSuspense = (element: ReturnType<typeof createElement>) =>
  renderToString(createElement(Suspense, { fallback: 'carregando' }, element));

describe('lazyNamed (issue 16: area switches)', () => {
  it('shows the fallback while its chunk has not loaded', () => {
    const Lazy = lazyNamed(() => new Promise<{ Hello: typeof Hello }>(() => undefined), 'Hello');
    expect(inSuspense(createElement(Lazy, { who: 'MG' }))).toContain('carregando');
  });

  it('draws at once, without suspending, once preloaded; the chunk loads once', async () => {
    let loads = 0;
    const Lazy = lazyNamed(async () => {
      loads++;
      return { Hello };
    }, 'Hello');
    await Lazy.preload();
    await Lazy.preload();
    const html = inSuspense(createElement(Lazy, { who: 'MG' }));
    expect(html).toContain('olá MG');
    expect(html).not.toContain('carregando');
    expect(loads).toBe(1);
  });

  it('tries a failed chunk again on the next preload', async () => {
    let attempts = 0;
    const Lazy = lazyNamed(async () => {
      if (++attempts === 1) throw new Error('offline');
      return { Hello };
    }, 'Hello');
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    expect(inSuspense(createElement(Lazy, { who: 'BH' }))).toContain('olá BH');
  });
});
