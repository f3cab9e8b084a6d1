import type { EChartsCoreOption } from 'echarts/core';

/** A chart shown full screen in meeting mode: the option as drawn, its title and source. */
export interface PresentedChart {
  title: string;
  source?: string;
  option: EChartsCoreOption;
  /** The chart's own height (px) when it is taller than the screen (every row of a Gantt): shown scrolling. */
  height?: number;
  /** What the keyboard's focus goes back to when the slide closes (the chart's menu button: the menu item is gone). */
  opener?: HTMLElement | null;
}

type Listener = () => void;

let current: PresentedChart | null = null;
const listeners = new Set<Listener>();

/**
 * Which chart is presented full screen, if any. A module-level store (subscribe/snapshot for
 * useSyncExternalStore): any <Chart> can present itself without knowing who shows it.
 */
export const presentation = {
  present: (chart: PresentedChart): void => {
    current = chart;
    for (const l of listeners) l();
  },
  close: (): void => {
    current = null;
    for (const l of listeners) l();
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: (): PresentedChart | null => current,
};
