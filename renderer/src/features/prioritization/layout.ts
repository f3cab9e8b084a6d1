import type { CSSProperties } from 'react';

/** Label, slider, value in one row: the slider gets the room the label leaves. */
export const SLIDER_ROW: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(110px, 38%) 1fr 56px',
  gap: 10,
  alignItems: 'center',
};

/** Numbers with a unit that must not break over two lines ("27,8 %"). */
export const NO_WRAP: CSSProperties = { whiteSpace: 'nowrap' };
