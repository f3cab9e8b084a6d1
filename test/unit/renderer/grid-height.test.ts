import { describe, expect, it } from 'vitest';
import { heightForRows } from '../../../renderer/src/components/grid/grid-height';

describe('a grid as tall as its rows', () => {
  it('toolbar 44 + header 32 + 30 a row (5 to 16 of them) + the totals row 30 + borders 4', () => {
    expect(heightForRows(4)).toBe(44 + 32 + 5 * 30 + 30 + 4);
    expect(heightForRows(16)).toBe(44 + 32 + 16 * 30 + 30 + 4);
    expect(heightForRows(400)).toBe(heightForRows(16));
    expect(heightForRows(8, { totals: false, maxRows: 6 })).toBe(44 + 32 + 6 * 30 + 4);
  });
});
