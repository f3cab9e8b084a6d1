import { describe, expect, it } from 'vitest';
import { worksMeetingView, worksSpecOf } from '../../../renderer/src/features/works/use-works-meeting-chart';

describe('a works chart kept in a meeting sequence', () => {
  it('keeps the works it was added with (a filter, or the one work picked) and reads them back', () => {
    const view = worksMeetingView(
      { chart: 'scurve', site: null, works: [3, 7], statusDate: '2025-07-02' },
      'Curva S — As 2 obras do filtro',
    );
    expect(worksSpecOf(view.spec)).toEqual({ chart: 'scurve', site: null, works: [3, 7], statusDate: '2025-07-02' });
  });

  it('reads a view saved before works were kept, or damaged, as the district or portfolio', () => {
    expect(worksSpecOf({ chart: 'gantt', site: 2, statusDate: '2025-07-02' }).works).toBeNull();
    for (const works of [[], [0], [1.5], ['3'], 'all', null]) {
      expect(worksSpecOf({ chart: 'ev', site: null, works, statusDate: '2025-07-02' }).works).toBeNull();
    }
  });
});
