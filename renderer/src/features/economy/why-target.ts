import type { EconomySubject, ShiftShareRow, TerritoryKind } from '../../../../shared/features/economy/types';
import type { BubblePoint } from './bubble-option';
import type { LqMapValue } from './lq-map-option';
import type { DensityWhyInput, DiversityWhyInput, ShiftEffect, ShiftTotalEffect } from './why-content';

/** Whose number it is: a municipality, or a custom territory (`territoryKind` 'territory-set', code = the set's id). */
export interface WhySubject {
  territoryCode: number;
  territoryKind?: TerritoryKind;
  territoryName: string;
}

interface Subject extends WhySubject {
  sectorCode: string;
  sectorLabel: string;
}

/** Which number to explain. */
export type WhyTarget =
  | ({ kind: 'lq'; reason: string | null } & Subject)
  | ({ kind: 'shift'; effect: ShiftEffect; row: ShiftShareRow; reason: string | null } & Subject)
  | ({ kind: 'shiftTotal'; effect: ShiftTotalEffect; rows: (ShiftShareRow & { label: string })[]; total: number } & Subject)
  | ({ kind: 'diversity'; input: DiversityWhyInput } & Subject)
  | ({ kind: 'density'; input: DensityWhyInput } & Subject);

/** The engine subject a number belongs to. */
export function whySubject(target: WhySubject): EconomySubject {
  return target.territoryKind === 'territory-set'
    ? { kind: 'territory-set', id: target.territoryCode }
    : { kind: 'municipality', code: target.territoryCode };
}

/** What a chart click reports (the part of ECharts' event the mapping reads). */
export interface ChartClick {
  componentType?: string;
  seriesType?: string;
  dataIndex?: number;
  name?: string;
}

/** A bubble is one sector of the subject: its click explains that sector's LQ. */
export function bubbleClickTarget(click: ChartClick, points: readonly BubblePoint[], subject: WhySubject): WhyTarget | null {
  if (click.componentType !== 'series' || click.seriesType !== 'scatter' || click.dataIndex === undefined) return null;
  const point = points[click.dataIndex];
  if (!point) return null;
  return { kind: 'lq', reason: null, ...subjectOf(subject), sectorCode: point.sectorCode, sectorLabel: point.label };
}

export interface MapClickContext {
  sectorCode: string;
  sectorLabel: string;
  /** The map's values by municipality (a municipality without data has none: nothing to explain). */
  values: readonly LqMapValue[];
  municipalityNames: ReadonlyMap<number, string>;
  /** The subject's marker: a click on it explains the subject's own LQ (a custom territory's included). */
  marker: (WhySubject & { value: LqMapValue | null }) | null;
}

/**
 * A municipality's area explains its LQ in the map's sector; the subject's marker explains the
 * subject's. An empty LQ still opens, with its reason; a municipality without data does not.
 */
export function mapClickTarget(click: ChartClick, ctx: MapClickContext): WhyTarget | null {
  if (click.componentType !== 'series') return null;
  const sector = { sectorCode: ctx.sectorCode, sectorLabel: ctx.sectorLabel };
  if (click.seriesType === 'scatter') {
    const marker = ctx.marker;
    if (!marker?.value) return null;
    return { kind: 'lq', reason: marker.value.lq === null ? marker.value.reason : null, ...subjectOf(marker), ...sector };
  }
  if (click.seriesType !== 'map') return null;
  const code = Number(click.name);
  const value = ctx.values.find((v) => v.code === code);
  const name = ctx.municipalityNames.get(code);
  if (!value || name === undefined) return null;
  return { kind: 'lq', reason: value.lq === null ? value.reason : null, territoryCode: code, territoryName: name, ...sector };
}

function subjectOf(s: WhySubject): WhySubject {
  return { territoryCode: s.territoryCode, territoryName: s.territoryName, ...(s.territoryKind ? { territoryKind: s.territoryKind } : {}) };
}
