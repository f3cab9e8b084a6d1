import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatPercent, formatRatio, formatSignedAmount } from './economy-format';
import type { Measure } from '../../../../shared/domain/types';
import { EmptyValue, ExplainableValue } from './economy-ui';
import type { VocationsSummary } from './vocations';
import type { DiversityIndex, ShiftTotalEffect } from './why-content';
import type { WhyTarget } from './WhyModal';

interface Props {
  summary: VocationsSummary;
  referenceLabel: string;
  referenceShares: ReadonlyMap<string, number>;
  from: number | null;
  year: number;
  /** The measure shown: named in the notes, in reais when money. */
  measure: Measure;
  sectorLabel: (code: string, name: string) => string;
  /** Why the figures are empty, translated (no start year, diversity refused…). */
  diversityError: string | null;
  shiftError: string | null;
  onExplain: (target: WhyTarget) => void;
}

const INDICES: DiversityIndex[] = ['hhi', 'shannon', 'krugman'];
const EFFECTS: ShiftTotalEffect[] = ['referenceShare', 'industryMix', 'regionalShift', 'totalChange'];

/** Diversification indices with their bounds, and the territory's shift-share over the period. */
export function VocationsFigures({
  summary,
  referenceLabel,
  referenceShares,
  from,
  year,
  measure,
  sectorLabel,
  diversityError,
  shiftError,
  onExplain,
}: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const first = summary.sectors[0];
  const subject = {
    territoryCode: summary.territoryCode,
    territoryKind: summary.territoryKind,
    territoryName: summary.territoryName,
    sectorCode: first?.sectorCode ?? '',
    sectorLabel: first ? sectorLabel(first.sectorCode, first.sectorName) : '',
  };
  const d = summary.diversity;
  const n = d?.bounds.sectorCount ?? summary.sectors.length;
  const bounds = {
    n,
    min: formatRatio(d?.bounds.hhiMin ?? 0, locale, 3) ?? '',
    max: formatRatio(d?.bounds.shannonMax ?? 0, locale, 3) ?? '',
    reference: referenceLabel,
    measure: t(`measureNoun.${measure}`),
  };
  const shares = summary.sectors.map((s) => ({
    code: s.sectorCode,
    label: sectorLabel(s.sectorCode, s.sectorName),
    share: s.share,
    referenceShare: referenceShares.get(s.sectorCode) ?? null,
  }));
  const totals = summary.shiftTotals;
  const shiftRows = summary.sectors.flatMap((s) => (s.shift ? [{ ...s.shift, label: sectorLabel(s.sectorCode, s.sectorName) }] : []));

  return (
    <Stack gap="sm">
      <div>
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={4}>
          {t('vocations.diversityTitle', { year })}
        </Text>
        {!d ? (
          <Text size="sm" c="dimmed" data-testid="diversity-empty">
            {diversityError ?? t('reasons.unknown')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} data-testid="vocations-diversity">
            <Table.Tbody>
              {INDICES.map((index) => {
                const value = d[index];
                const text = formatRatio(value, locale, 3);
                return (
                  <Table.Tr key={index}>
                    <Table.Td w={90} fw={600}>
                      {t(`vocations.indices.${index}`)}
                    </Table.Td>
                    <Table.Td w={80} ta="right">
                      {value !== null && text !== null ? (
                        <ExplainableValue
                          text={text}
                          value={value}
                          label={t('why.open')}
                          testId={`diversity-${index}`}
                          onExplain={() =>
                            onExplain({ kind: 'diversity', ...subject, input: { index, value, reason: d.reason, shares, sectorCount: n } })
                          }
                        />
                      ) : (
                        <EmptyValue reason={d.reason ?? t('reasons.unknown')} testId={`diversity-${index}`} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {t(`vocations.bounds.${index}`, bounds)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </div>
      <div>
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={4}>
          {from === null ? t('vocations.shiftTitleNone') : t('vocations.shiftTitle', { from, to: year })}
        </Text>
        {!totals || from === null ? (
          <Text size="sm" c="dimmed" data-testid="shift-empty">
            {shiftError ?? t('vocations.needsTwoYears')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} data-testid="vocations-shift">
            <Table.Tbody>
              {EFFECTS.map((effect) => (
                <Table.Tr key={effect}>
                  <Table.Td w={150} fw={effect === 'totalChange' ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>
                    {t(`effects.${effect}`)}
                  </Table.Td>
                  <Table.Td ta="right" w={110}>
                    <ExplainableValue
                      text={formatSignedAmount(totals[effect], measure, locale) ?? ''}
                      value={totals[effect]}
                      label={t('why.open')}
                      testId={`shift-total-${effect}`}
                      onExplain={() => onExplain({ kind: 'shiftTotal', ...subject, effect, rows: shiftRows, total: totals[effect] })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t(`effectHints.${effect}`, { reference: referenceLabel, measure: t(`measureNoun.${measure}`) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {totals && from !== null && (
          <Group gap={4} mt={4}>
            <Text size="xs" c="dimmed">
              {t('vocations.totalGrowth', {
                growth: formatPercent(totals.jobsFrom > 0 ? totals.jobsTo / totals.jobsFrom - 1 : null, locale, { signed: true }) ?? '—',
                reference: referenceLabel,
                measure: t(`measureNoun.${measure}`),
                referenceGrowth: formatPercent(summary.referenceGrowth, locale, { signed: true }) ?? '—',
              })}
            </Text>
            {totals.missing > 0 && (
              <Text size="xs" c="dimmed">
                {t('vocations.shiftMissing', { count: totals.missing, measure: t(`measureNoun.${measure}`) })}
              </Text>
            )}
          </Group>
        )}
      </div>
    </Stack>
  );
}
