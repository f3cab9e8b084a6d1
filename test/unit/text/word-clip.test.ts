import { describe, expect, it } from 'vitest';
import { wordClip, wordClipToFit } from '../../../shared/text/word-clip';

// A text shortened at a word's end with "…". The Gantt's rows and the prioritization charts' names
// fit pixels through wordClipToFit (renderer/src/components/chart-label.ts, measured as ECharts
// measures; their own tests check the drawn labels); the import wizard's footer fits a count of
// characters through wordClip.
describe('wordClip: a count of characters', () => {
  it('is cut at a word, never mid-word ("Rede de fibra óptic..." was)', () => {
    expect(wordClip('OBR-DEMO-01 · Pavimentação das vias internas', 32)).toBe('OBR-DEMO-01 · Pavimentação das…');
    expect(wordClip('OBR-DEMO-01 · Drenagem', 32)).toBe('OBR-DEMO-01 · Drenagem');
    // A separator is not left hanging: "OB-1 ·…" not "OB-1 · …".
    expect(wordClip('OB-1 · Supercalifragilisticexpialidocious', 20)).toBe('OB-1 · Supercalifra…');
  });
});

describe('wordClipToFit: the room a predicate measures', () => {
  it('keeps as many whole words as the room takes, measured, not counted', () => {
    const within = (n: number) => (s: string) => s.length <= n;
    expect(wordClipToFit('OBR-DEMO-01 · Drenagem', within(40))).toBe('OBR-DEMO-01 · Drenagem');
    expect(wordClipToFit('OBR-DEMO-09 · Recapeamento das vias e calçadas', within(36))).toBe('OBR-DEMO-09 · Recapeamento das vias…');
    // Not ended on a joining word: "Recapeamento das…", "Drenagem e…".
    expect(wordClipToFit('OBR-DEMO-09 · Recapeamento das vias e calçadas', within(32))).toBe('OBR-DEMO-09 · Recapeamento…');
    expect(wordClipToFit('Drenagem e contenção de encostas', within(12))).toBe('Drenagem…');
    expect(wordClipToFit('Distrito Industrial de Governador Valadares', within(33))).toBe('Distrito Industrial…');
    // The separator is not left hanging, and a first word too long for the room is cut inside.
    expect(wordClipToFit('OB-1 · Supercalifragilisticexpialidocious', within(12))).toBe('OB-1…');
    expect(wordClipToFit('Supercalifragilisticexpialidocious', within(6))).toBe('Super…');
    // Wide letters take more room than narrow ones: the same count of characters fits or not.
    const px = (s: string) => [...s].reduce((w, c) => w + (/[A-Z0-9]/.test(c) ? 8 : 5), 0);
    expect(wordClipToFit('OBR-DEMO-09 · Recapeamento das vias', (s) => px(s) <= 170)).toBe('OBR-DEMO-09 · Recapeamento…');
    expect(wordClipToFit('ob-demo-09 · recapeamento das vias', (s) => px(s) <= 170)).toBe('ob-demo-09 · recapeamento…');
  });
});
