import type { TFunction } from 'i18next';
import type { EconomyMeetingChart, EconomyMeetingSpec } from '../../../../shared/features/economy/meeting-spec';
import type { MeetingView } from '../../../../shared/features/territories/types';
import type { EconomyPicks, EconomySelection, ReferenceKind } from './economy-selection';

/**
 * A diagnosis chart in a meeting sequence (meeting_view kind 'economy'): the spec the area saves, read
 * back into the area's picks, and the slide's title. The slide is redrawn from the workspace with the
 * choices saved, never with others: a territory or year gone since says so rather than showing another.
 */

/** The charts over two years (a start year and a year). */
const OVER_TWO_YEARS: readonly EconomyMeetingChart[] = ['bubble', 'waterfall'];

/** The spec of the chart on screen; null while the selection has nothing to draw. */
export function economyMeetingSpec(
  selection: EconomySelection,
  chart: EconomyMeetingChart,
  choices: { sector?: string | null; variant?: boolean } = {},
): EconomyMeetingSpec | null {
  const { territoryValue, classification, year, from } = selection;
  if (territoryValue === null || classification === null || year === null) return null;
  if (OVER_TWO_YEARS.includes(chart) && from === null) return null;
  return {
    chart,
    territory: territoryValue,
    classification,
    measure: selection.measure,
    reference: selection.referenceKind,
    year,
    from,
    sector: choices.sector ?? null,
    variant: choices.variant ?? false,
  };
}

/**
 * Why the chart cannot go into a meeting yet, as the greyed button's hint says it (a greyed button
 * alone left the planner guessing), or null when it can.
 */
export function economyMeetingHint(spec: EconomyMeetingSpec | null, drawn: boolean): 'meeting.needsSelection' | 'meeting.notDrawn' | null {
  if (spec === null) return 'meeting.needsSelection';
  return drawn ? null : 'meeting.notDrawn';
}

export function economyMeetingView(spec: EconomyMeetingSpec, title: string): MeetingView {
  return { kind: 'economy', title, spec: { ...spec } };
}

/** The area's picks that redraw a saved chart. */
export function economyPicksOf(spec: EconomyMeetingSpec): EconomyPicks {
  return {
    territory: spec.territory,
    classification: spec.classification,
    measure: spec.measure,
    reference: spec.reference as ReferenceKind,
    year: spec.year,
    from: spec.from,
  };
}

export type EconomyGone = 'territory' | 'reference' | 'years';

/**
 * Why the saved chart cannot be drawn from the workspace as it is now (the area's selection falls back
 * to other choices where the data lacks the saved ones: a slide must not); null when it can.
 */
export function economyGone(selection: EconomySelection, spec: EconomyMeetingSpec): EconomyGone | null {
  if (selection.territoryValue !== spec.territory) return 'territory';
  if (selection.referenceKind !== spec.reference) return 'reference';
  const fromGone = OVER_TWO_YEARS.includes(spec.chart) && selection.from !== spec.from;
  if (selection.measure !== spec.measure || selection.classification !== spec.classification || selection.year !== spec.year || fromGone)
    return 'years';
  return null;
}

/** What the slide says, under the view's title as it was added, when its chart cannot be drawn. */
export function economyGoneText(gone: EconomyGone | 'sector', spec: EconomyMeetingSpec, t: TFunction<'economy'>): string {
  const years = OVER_TWO_YEARS.includes(spec.chart) && spec.from !== null ? `${spec.from}, ${spec.year}` : String(spec.year);
  const reason =
    gone === 'territory'
      ? t('meeting.goneTerritory')
      : gone === 'reference'
        ? t('meeting.goneReference')
        : gone === 'sector'
          ? t('meeting.goneSector', { sector: spec.sector ?? '' })
          : t('meeting.goneYears', {
              measure: t(`measureNoun.${spec.measure}`),
              classification: t(`classification.${spec.classification}`),
              years,
            });
  return t('meeting.gone', { reason });
}

/**
 * The slide's title (and the view's name in the sequence): the chart's own title, with the territory
 * where the chart's leaves it out (the map's), and the measure, classification and reference it was
 * computed with, which the area's controls show beside the chart but a slide does not.
 */
export function economySlideTitle(
  chart: EconomyMeetingChart,
  chartTitle: string,
  selection: Pick<EconomySelection, 'territoryName' | 'measure' | 'classification'>,
  reference: string,
  t: TFunction<'economy'>,
): string {
  const title = chart === 'map' ? t('meeting.mapTitle', { territory: selection.territoryName, title: chartTitle }) : chartTitle;
  return t('meeting.title', {
    title,
    measure: t(`measure.${selection.measure}`),
    classification: selection.classification ? t(`classification.${selection.classification}`) : '',
    reference,
  });
}
