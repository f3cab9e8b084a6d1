import { Button, Grid, Group, Loader, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatAmount } from './economy-format';
import type { EconomySelection } from './economy-selection';
import { EmptyState, useReasonText } from './economy-ui';
import { Panel } from '../../components/Panel';
import { PotentialSectors } from './PotentialSectors';
import { EconomyAddToMeeting } from './EconomyAddToMeeting';
import { usePotentialChart } from './potential-chart';
import type { EconomyResults } from './use-economy-data';
import { buildVocations, referenceShares } from './vocations';
import { VocationsFigures } from './VocationsFigures';
import { VocationsSectors } from './VocationsSectors';
import type { WhyTarget } from './WhyModal';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

interface Props {
  selection: EconomySelection;
  results: EconomyResults;
  sectorLabel: (code: string, name: string) => string;
  errorText: (error: unknown) => string | null;
  onExplain: (target: WhyTarget) => void;
  source: string;
}

/**
 * One page per territory: what it is specialized in, how those sectors grew, how diversified it is,
 * and which sectors it could attract (with the reasons) — printable, and the base of an attraction plan.
 */
export function VocationsPanel({ selection, results, sectorLabel, errorText, onExplain, source }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const reasonText = useReasonText();
  const { lq, subjectLq, shiftShare, diversity, potential } = results;
  const { year, from } = selection;
  const subject = subjectLq.loading ? undefined : subjectLq.data?.subject;

  const summary = useMemo(() => {
    if (!subject || !subjectLq.data) return null;
    return buildVocations({
      territoryCode: subject.id,
      lq: subjectLq.data.rows,
      shiftShare: shiftShare.loading ? null : (shiftShare.data?.rows ?? null),
      diversity: diversity.loading ? null : (diversity.data?.rows[0] ?? null),
      potential: potential.loading ? null : (potential.data ?? null),
    });
  }, [subject, subjectLq.data, shiftShare.data, shiftShare.loading, diversity.data, diversity.loading, potential.data, potential.loading]);
  const shares = useMemo(() => referenceShares(lq.data?.rows ?? []), [lq.data]);
  // The potential sectors' slide: bars of density, coloured by the LQ class (called before any early return).
  const slide = usePotentialChart({ selection, results, potential, sectorLabel, source });

  const loading = lq.loading || subjectLq.loading;
  if (loading || year === null) return <EmptyState height={240}>{loading ? <Loader size="sm" /> : t('empty.noYears')}</EmptyState>;
  if (!summary) {
    const members = subject?.kind === 'territory-set' ? subject.members.length : 0;
    return (
      <EmptyState height={240} testId="vocations-empty">
        {errorText(lq.error ?? subjectLq.error) ??
          (members > 0
            ? t('vocations.noDataSet', { territory: selection.territoryName, year, count: members })
            : t('vocations.noData', { territory: selection.territoryName, year }))}
      </EmptyState>
    );
  }
  const withoutData = subject?.members.filter((m) => !m.hasData).map((m) => m.name) ?? [];
  const reference = referenceNameIn(lq.data?.reference.label ?? '', locale);
  const loadingParts = shiftShare.loading || diversity.loading || potential.loading;

  return (
    <Panel
      className="economy-section"
      testId="vocations"
      title={
        <Title order={3} data-testid="vocations-title">
          {t('vocations.title', { territory: summary.territoryName, year })}
        </Title>
      }
      controls={
        <Button variant="default" onClick={() => window.print()} data-testid="vocations-print">
          {t('vocations.print')}
        </Button>
      }
      footer={t('vocations.footer', { reference })}
    >
      <Group gap="lg" mb="xs">
        {selection.siteName && (
          <Text size="sm" c="dimmed">
            {t('vocations.viaSite', { site: selection.siteName, territory: summary.territoryName })}
          </Text>
        )}
        {subject?.kind === 'territory-set' && (
          <Text size="sm" c="dimmed" maw={720} data-testid="vocations-members" data-count={subject.members.length}>
            {t('vocations.customTerritory', { count: subject.members.length, members: subject.members.map((m) => m.name).join(', ') })}
            {withoutData.length > 0 && ` ${t('vocations.membersWithoutData', { members: withoutData.join(', '), year })}`}
          </Text>
        )}
        <Text size="sm">
          {t('vocations.totalJobs', { year, measure: t(`measure.${selection.measure}`) })}:{' '}
          <b data-testid="vocations-total-jobs">{formatAmount(summary.totalJobs, selection.measure, locale)}</b>
        </Text>
        <Text size="sm">
          {t('vocations.specializations')}: <b data-testid="vocations-specialized-count">{summary.specializedCount}</b> /{' '}
          {summary.sectorCount}
        </Text>
        <Text size="sm" c="dimmed">
          {t('vocations.referenceLine', { reference })}
        </Text>
        {loadingParts && <Loader size="xs" />}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={4}>
            {t('vocations.sectorsTitle')}
          </Text>
          <VocationsSectors
            summary={summary}
            year={year}
            measureLabel={t(`measure.${selection.measure}`)}
            measure={selection.measure}
            from={from}
            noPeriodReason={from === null ? t('vocations.needsTwoYears') : errorText(shiftShare.error)}
            sectorLabel={sectorLabel}
            reasonText={reasonText}
            onExplain={onExplain}
          />
          <Text size="xs" c="dimmed" mt={4} mb="sm">
            {t('vocations.lqHint', { measure: t(`measureNoun.${selection.measure}`) })}
          </Text>
          <VocationsFigures
            summary={summary}
            referenceLabel={reference}
            referenceShares={shares}
            from={from}
            year={year}
            measure={selection.measure}
            sectorLabel={sectorLabel}
            diversityError={errorText(diversity.error)}
            shiftError={errorText(shiftShare.error)}
            onExplain={onExplain}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <Group justify="space-between" align="center" wrap="nowrap" mb={4}>
            <Text size="xs" fw={600} tt="uppercase" c="dimmed">
              {t('vocations.potentialTitle')}
            </Text>
            <div data-print-hide>
              <EconomyAddToMeeting
                selection={selection}
                results={results}
                chart="potential"
                chartTitle={slide.title}
                drawn={!!slide.option && !slide.loading}
              />
            </div>
          </Group>
          {potential.loading ? (
            <Loader size="xs" />
          ) : potential.error ? (
            <Text size="sm" c="dimmed" data-testid="potential-empty">
              {errorText(potential.error)}
            </Text>
          ) : (
            <PotentialSectors summary={summary} sectorLabel={sectorLabel} onExplain={onExplain} />
          )}
          <Text size="xs" c="dimmed" mt="sm">
            {t('vocations.potentialMethod')}
          </Text>
        </Grid.Col>
      </Grid>
    </Panel>
  );
}
