import { describe, expect, it } from 'vitest';
import { FOOTER_HEIGHT, HEADER_HEIGHT, frameSvg } from '../../../renderer/src/components/chart-export';

describe('frameSvg', () => {
  const chart = '<?xml version="1.0"?><svg width="400" height="300"><rect/></svg>';

  it('puts the title above the chart and the source below, escaped', () => {
    const svg = frameSvg(chart, { title: 'Empregos <MG>', source: 'Fonte: RAIS & FJP', width: 400, height: 300, background: '#fff', color: '#000' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="372"/);
    expect(svg).toContain('Empregos &lt;MG&gt;');
    expect(svg).toContain('Fonte: RAIS &amp; FJP');
    expect(svg).toContain(`<g transform="translate(0 ${HEADER_HEIGHT})"><svg width="400"`);
    expect(svg).not.toContain('<?xml');
    expect(300 + HEADER_HEIGHT + FOOTER_HEIGHT).toBe(372);
  });

  it('leaves no footer room without a source', () => {
    const svg = frameSvg(chart, { title: 'T', width: 400, height: 300, background: '#fff', color: '#000' });
    expect(svg).toContain(`height="${300 + HEADER_HEIGHT}"`);
  });
});
