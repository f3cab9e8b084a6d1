import type { ECharts } from 'echarts/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { canvasMeasure } from './chart-export';
import { treemapLabelFits, type TileBox, type TileLabel, type TileLabelStyle, type TileText } from './treemap-label-fit';

type Fits = ReadonlyMap<string, TileLabel>;
const ALL_SHOWN: Fits = new Map();
/** The type's family where the drawn chart names none (ECharts' own default off Windows). */
const FALLBACK_FONT = 'sans-serif';

/** A treemap's label type as its option sets it (a meeting slide enlarges the drawn one). */
export type TileLabelType = Omit<TileLabelStyle, 'fontFamily'>;

/**
 * What each tile of a treemap shows, from the size it was drawn at: the chart is drawn with
 * every label, tells each tile's size as it lays them out (`onTile`), and once drawn (`onFinished`)
 * the tiles too small for their label are drawn again with less of it, or none (treemap-label-fit.ts).
 * Tiles do not move with their labels, so a second draw settles it; a resize that changes a tile
 * redraws it alike. `pending` holds the chart's drawn marker until the labels are settled for the
 * data shown, so a screenshot never catches the first draw. `texts` are the tiles' labels by the
 * tiles' ids; `type` is the option's, but the fit measures the type as drawn (read from the chart),
 * so a meeting slide's larger type counts. Each chart keeps its own.
 */
export function useTileLabelFits(texts: ReadonlyMap<string, TileText>, type: TileLabelType) {
  // By content: a caller may hand the same labels in a new map.
  const key = useMemo(() => JSON.stringify([...texts]), [texts]);
  const tiles = useRef(new Map<string, TileBox>());
  const [settled, setSettled] = useState<{ for: string; fits: Fits } | null>(null);
  const onTile = useCallback((code: string, box: TileBox) => void tiles.current.set(code, box), []);
  const onFinished = useCallback(
    (instance: ECharts) => {
      const next = treemapLabelFits(tiles.current, texts, drawnLabelStyle(instance, type), canvasMeasure());
      setSettled((current) => (current?.for === key && sameFits(current.fits, next) ? current : { for: key, fits: next }));
    },
    [texts, key, type],
  );
  const fits = settled?.for === key && settled.fits.size > 0 ? settled.fits : ALL_SHOWN;
  return { fits, pending: settled?.for !== key, onTile, onFinished };
}

/**
 * The tiles' label type as drawn: the option's own, enlarged on a meeting slide, in the family ECharts
 * draws it in (its default depends on the system: "Microsoft YaHei" on Windows, "sans-serif" elsewhere).
 */
export function drawnLabelStyle(instance: ECharts, type: TileLabelType): TileLabelStyle {
  type Drawn = Partial<Record<'fontSize' | 'lineHeight' | 'padding' | 'fontFamily', unknown>>;
  const drawn = instance.getOption() as { textStyle?: Drawn; series?: { label?: Drawn }[] };
  const label = drawn.series?.[0]?.label;
  const number = (value: unknown, otherwise: number) => (typeof value === 'number' && value > 0 ? value : otherwise);
  const family = [label?.fontFamily, drawn.textStyle?.fontFamily].find((f): f is string => typeof f === 'string' && f !== '');
  return {
    fontSize: number(label?.fontSize, type.fontSize),
    lineHeight: number(label?.lineHeight, type.lineHeight),
    padding: number(label?.padding, type.padding),
    fontFamily: family ?? FALLBACK_FONT,
    nameWeight: type.nameWeight,
  };
}

function sameFits(a: Fits, b: Fits): boolean {
  return a.size === b.size && [...a].every(([code, fit]) => b.get(code) === fit);
}
