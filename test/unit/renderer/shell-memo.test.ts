import { describe, expect, it } from 'vitest';
import { AppHeader } from '../../../renderer/src/app/AppHeader';
import { AppNavbar } from '../../../renderer/src/app/AppNavbar';
import { DashboardArea } from '../../../renderer/src/features/dashboard/DashboardArea';
import { KeyCounts } from '../../../renderer/src/features/dashboard/KeyCounts';

const MEMO = Symbol.for('react.memo');

/**
 * The shell's own state changes (the workspace opening, `app-ready`, the preload, an area switch)
 * re-render App; these parts are memoized so that they do not re-render under it unless their props
 * or the workspace they read changed (issue 16). Measured: at a first start the header re-rendered
 * ~7 ms at the last step before `app-ready`; with the key counts, ready came 14 ms sooner (40
 * interleaved first starts, test/bench/first-start-bench.mjs notes).
 */
describe('the first screen does not redraw what did not change', () => {
  it.each([
    ['AppHeader', AppHeader],
    ['AppNavbar', AppNavbar],
    ['DashboardArea', DashboardArea],
    ['KeyCounts', KeyCounts],
  ])('%s is memoized', (_name, component) => {
    expect((component as unknown as { $$typeof: symbol }).$$typeof).toBe(MEMO);
  });
});
