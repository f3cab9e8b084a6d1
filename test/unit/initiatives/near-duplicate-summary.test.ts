import { describe, expect, it } from 'vitest';
import { nearDuplicateSummary } from '../../../renderer/src/features/initiatives/near-duplicate-summary';

const pairs = (list: string[]) =>
  list.map((p) => {
    const [a = '', b = ''] = p.split('-');
    return { a, b };
  });

describe('what the look-alike pairs amount to', () => {
  it('counts the initiatives named and the groups linked by a chain of pairs', () => {
    expect(nearDuplicateSummary([])).toEqual({ pairs: 0, initiatives: 0, groups: 0 });
    expect(nearDuplicateSummary(pairs(['A-B']))).toEqual({ pairs: 1, initiatives: 2, groups: 1 });
    // A≈B, B≈C (A and C not alike themselves) and D≈E: two groups of five names.
    expect(nearDuplicateSummary(pairs(['A-B', 'B-C', 'D-E']))).toEqual({ pairs: 3, initiatives: 5, groups: 2 });
    // Two chains joined later by one pair are one group.
    expect(nearDuplicateSummary(pairs(['A-B', 'C-D', 'E-F', 'B-C', 'F-A']))).toEqual({ pairs: 5, initiatives: 6, groups: 1 });
  });

  it('says that ten names alike with each other are 45 pairs of one group', () => {
    const names = Array.from({ length: 10 }, (_, i) => `N${i}`);
    const all = names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ a, b })));
    expect(nearDuplicateSummary(all)).toEqual({ pairs: 45, initiatives: 10, groups: 1 });
  });
});
