import { useTranslation } from 'react-i18next';
import type { EconomyMeetingChart } from '../../../../shared/features/economy/meeting-spec';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';
import { useLocale } from '../../i18n';
import { AddToMeeting } from '../territories/meeting/AddToMeeting';
import { economyMeetingHint, economyMeetingSpec, economyMeetingView, economySlideTitle } from './economy-meeting';
import type { EconomySelection } from './economy-selection';
import type { EconomyChartResults } from './use-economy-data';

/**
 * "+ Reunião" beside a diagnosis chart: the chart on screen, with its territory, year, classification,
 * measure, reference and sector, goes into a meeting sequence (greyed while there is no chart to draw).
 */
export function EconomyAddToMeeting({
  selection,
  results,
  chart,
  chartTitle,
  drawn,
  sector = null,
  variant = false,
}: {
  selection: EconomySelection;
  results: EconomyChartResults;
  chart: EconomyMeetingChart;
  chartTitle: string;
  drawn: boolean;
  sector?: string | null;
  variant?: boolean;
}) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const spec = economyMeetingSpec(selection, chart, { sector, variant });
  const reference = referenceNameIn(results.lq.data?.reference.label ?? '', locale);
  const title = economySlideTitle(chart, chartTitle, selection, reference, t);
  // Without a spec (nothing to draw) the button is greyed, and its view never saved.
  const view = spec ? economyMeetingView(spec, title) : { kind: 'economy' as const, title, spec: {} };
  const hint = economyMeetingHint(spec, drawn);
  return (
    <AddToMeeting view={view} disabled={hint !== null} disabledReason={hint ? t(hint) : undefined} testId={`economy-${chart}-meeting`} />
  );
}
