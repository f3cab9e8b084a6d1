/** Dashboard charts fill the window below the counts, but never shrink below legibility. */
export const CHART_HEIGHT = 'max(420px, calc(100vh - 300px))';
