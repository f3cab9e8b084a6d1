import { Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingReason } from '../../../../shared/analysis/economy/types';
import type { Classification } from '../../../../shared/domain/types';
import { useLocale } from '../../i18n';
import { sectorLabel } from '../../i18n/sector-label';
import type { EconomySelection } from './economy-selection';
import type { EconomyResults } from './use-economy-data';

/** What every chart panel of the diagnosis is given by the area. */
export interface ChartPanelProps {
  selection: EconomySelection;
  results: EconomyResults;
  sectorLabel: (code: string, name: string) => string;
  errorText: (error: unknown) => string | null;
  source: string;
}

/** Charts fill the window below the controls and tabs, but never shrink below legibility. */
export const ECONOMY_CHART_HEIGHT = 'max(380px, calc(100vh - 330px))';

/** Sector names in the UI language: IBGE sectors are translated, CNAE names stay as the data has them. */
export function useSectorLabel(classification: Classification | null): (code: string, dataName: string) => string {
  const { locale } = useLocale();
  return useCallback(
    (code: string, dataName: string) => sectorLabel(locale, code, dataName, classification === 'ibge-setor'),
    [classification, locale],
  );
}

/** The translated reason of an empty value. */
export function useReasonText(): (reason: MissingReason | null) => string {
  const { t } = useTranslation('economy');
  return useCallback((reason: MissingReason | null) => (reason ? t(`reasons.${reason}`) : t('reasons.unknown')), [t]);
}

/**
 * An empty value: a dash, and the reason it is empty — in the browser's own tooltip (a Mantine
 * Tooltip on every value, each with its floating-ui hooks, weighed on the area's first open, issue
 * 16), and in plain text when `inline` (print and screenshots show it too). Never NaN, never a blank cell.
 */
export function EmptyValue({ reason, inline = false, testId }: { reason: string; inline?: boolean; testId?: string }) {
  return (
    <Text
      span
      size="inherit"
      c="dimmed"
      data-testid={testId}
      data-empty-reason={reason}
      aria-label={reason}
      title={reason}
      style={{ cursor: 'help' }}
    >
      —
      {inline && (
        <Text span size="xs" c="dimmed" ml={4}>
          ({reason})
        </Text>
      )}
    </Text>
  );
}

/**
 * A number that explains itself: clicking it opens "why this value". The raw number sits in
 * data-value so tests compare it with what the engine computed.
 */
export function ExplainableValue({
  text,
  value,
  onExplain,
  label,
  testId,
  fw = 600,
}: {
  text: string;
  value: number;
  onExplain: () => void;
  label: string;
  testId?: string;
  fw?: number;
}) {
  return (
    // The browser's own tooltip, as EmptyValue's: one per number on the page.
    <UnstyledButton
      onClick={onExplain}
      data-testid={testId}
      data-value={value}
      aria-label={`${text} — ${label}`}
      title={label}
      style={{
        fontWeight: fw,
        fontSize: 'inherit',
        textDecoration: 'underline dotted',
        textUnderlineOffset: 3,
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {text}
    </UnstyledButton>
  );
}

/** An explanation of why a view is empty, centred in the space the view would take. */
export function EmptyState({ children, height, testId }: { children: ReactNode; height: number | string; testId?: string }) {
  return (
    <Group h={height} justify="center" align="center" data-testid={testId}>
      <Text size="sm" c="dimmed" ta="center" maw={460}>
        {children}
      </Text>
    </Group>
  );
}

/**
 * The place of a chart in its panel: why it cannot be drawn (`blocked`: a missing start year…),
 * the engine's refusal (`error`), a loader, why it is empty (`empty`, when there is no chart) — or
 * the chart itself. One order for every chart panel of the diagnosis.
 */
export function ChartFrame({
  blocked = null,
  error = null,
  loading,
  empty,
  emptyTestId,
  children,
}: {
  blocked?: string | null;
  error?: string | null;
  loading: boolean;
  empty: ReactNode;
  emptyTestId?: string;
  /** The chart; null or false while there is nothing to draw. */
  children: ReactNode;
}) {
  const refusal = blocked ?? error;
  if (refusal) return <EmptyState height={ECONOMY_CHART_HEIGHT}>{refusal}</EmptyState>;
  if (loading) {
    return (
      <EmptyState height={ECONOMY_CHART_HEIGHT}>
        <Loader size="sm" />
      </EmptyState>
    );
  }
  if (!children) {
    return (
      <EmptyState height={ECONOMY_CHART_HEIGHT} testId={emptyTestId}>
        {empty}
      </EmptyState>
    );
  }
  return <>{children}</>;
}
