import { describe, expect, it } from 'vitest';
import { FOOTER_HEIGHT, HEADER_HEIGHT, frameSvg, wrapText } from '../../../renderer/src/components/chart-export';

describe('frameSvg', () => {
  const chart = '<?xml version="1.0"?><svg width="400" height="300"><rect/></svg>';

  it('puts the title above the chart and the source below, escaped', () => {
    const svg = frameSvg(chart, {
      title: 'Empregos <MG>',
      source: 'Fonte: RAIS & FJP',
      width: 400,
      height: 300,
      background: '#fff',
      color: '#000',
    });
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

describe('frameSvg wraps a long title and source to the image width', () => {
  const chart = '<svg width="500" height="400"><rect/></svg>';
  // A comparison's title names each district; its source each file (the radar's, as exported).
  const title = 'Comparação: Distrito Industrial de Betim, Distrito Industrial de Uberlândia, Distrito Industrial de Montes Claros';
  const source =
    'Fonte: IBGE; RAIS 2020 (RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv); IBGE (2020); RAIS 2019 (RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv)';
  const frame = { title, source, width: 500, height: 400, background: '#fff', color: '#000' };
  const lines = (svg: string) =>
    [...svg.matchAll(/<text [^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ size: Number(m[1]), text: m[2] ?? '' }));
  // The same rough glyph width the export assumes without a canvas (0.62 em).
  const width = (line: { size: number; text: string }) => line.text.length * 0.62 * line.size;

  it('draws every line within the image, margins kept, and drops no word', () => {
    const svg = frameSvg(chart, frame);
    const drawn = lines(svg);
    for (const line of drawn) expect(width(line), line.text).toBeLessThanOrEqual(500 - 32);
    const titleText = drawn.filter((l) => l.size === 15).map((l) => l.text);
    const sourceText = drawn.filter((l) => l.size === 11).map((l) => l.text);
    expect(titleText.length).toBeGreaterThan(1);
    expect(sourceText.length).toBeGreaterThan(1);
    expect(titleText.join(' ')).toBe(title);
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(sourceText.join(''))).toBe(squash(source));
    expect(sourceText.join(' ')).toContain('RAIS 2019');
  });

  it('moves the chart down under the title and makes room below it for the source', () => {
    const svg = frameSvg(chart, frame);
    const drawn = [...svg.matchAll(/<text [^>]*y="(\d+)"[^>]*font-size="(\d+)"/g)].map((m) => ({ y: Number(m[1]), size: Number(m[2]) }));
    const offset = Number(/<g transform="translate\(0 (\d+)\)">/.exec(svg)?.[1]);
    const total = Number(/^<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);
    const lastTitle = Math.max(...drawn.filter((d) => d.size === 15).map((d) => d.y));
    const firstSource = Math.min(...drawn.filter((d) => d.size === 11).map((d) => d.y));
    const lastSource = Math.max(...drawn.filter((d) => d.size === 11).map((d) => d.y));
    expect(lastTitle).toBeLessThan(offset);
    expect(firstSource).toBeGreaterThan(offset + 400);
    expect(lastSource).toBeLessThan(total);
  });
});

describe('wrapText', () => {
  const width = (s: string) => s.length * 10;

  it('breaks a file name longer than a line after its "_" rather than anywhere', () => {
    expect(wrapText('RAIS_vinculos_ativos.csv', 100, width)).toEqual(['RAIS_', 'vinculos_', 'ativos.csv']);
  });

  it('breaks between letters only a piece that has no other place', () => {
    expect(wrapText('abcdefghijkl', 50, width)).toEqual(['abcde', 'fghij', 'kl']);
  });
});
