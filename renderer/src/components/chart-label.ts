import { format } from 'echarts/core';
import { wordClipToFit } from '../../../shared/text/word-clip';

/**
 * A chart's label that fits `width` px at `fontSize` in ECharts' own font (its default sans-serif),
 * shortened at a word's end with "…", measured as ECharts measures it. An axis's `overflow:
 * 'truncate'` cuts at the pixel, mid-word ("DI Juventino Dias (Cidade I...", "Federação das
 * indústria..."), and a count of characters fits narrow letters and not wide ones.
 */
export function fitLabel(text: string, width: number, fontSize = 12): string {
  const font = `${fontSize}px sans-serif`;
  return wordClipToFit(text, (candidate) => format.truncateText(candidate, width, font, '…') === candidate);
}

/**
 * A category axis's label of names within `width` px: each shortened at a word (fitLabel); ECharts'
 * own cut stays as the fallback (a slide's larger type), with the same "…".
 */
export function fittedAxisLabel(width: number, fontSize: number) {
  return { width, fontSize, overflow: 'truncate' as const, ellipsis: '…', formatter: (name: string) => fitLabel(name, width, fontSize) };
}
