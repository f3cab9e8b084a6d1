import { Badge, Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatAmount, formatPercent, formatRatio, formatSignedAmount } from './economy-format';
import type { Measure } from '../../../../shared/domain/types';
import { EmptyValue, ExplainableValue } from './economy-ui';
import { lqClass } from './lq-classes';
import type { VocationSector, VocationsSummary } from './vocations';
import type { WhyTarget } from './WhyModal';

interface Props {
  summary: VocationsSummary;
  year: number;
  /** What the values measure ("Empregos", "Valor adicionado"): the column says it. */
  measureLabel: string;
  /** The measure itself: value added and payroll are shown in reais. */
  measure: Measure;
  from: number | null;
  /** Why growth is empty for every sector (no start year), translated; null when there is one. */
  noPeriodReason: string | null;
  sectorLabel: (code: string, name: string) => string;
  reasonText: (reason: VocationSector['lqReason']) => string;
  onExplain: (target: WhyTarget) => void;
}

/** The territory's sectors, most specialized first: jobs, share, LQ, growth and regional shift. */
export function VocationsSectors({
  summary,
  year,
  measureLabel,
  measure,
  from,
  noPeriodReason,
  sectorLabel,
  reasonText,
  onExplain,
}: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const subject = (s: VocationSector) => ({
    territoryCode: summary.territoryCode,
    territoryKind: summary.territoryKind,
    territoryName: summary.territoryName,
    sectorCode: s.sectorCode,
    sectorLabel: sectorLabel(s.sectorCode, s.sectorName),
  });
  const why = t('why.open');

  const shiftCell = (s: VocationSector, effect: 'growth' | 'regionalShift') => {
    if (!s.shift) return <EmptyValue reason={noPeriodReason ?? t('reasons.unknown')} />;
    const value = s.shift[effect];
    const text = effect === 'growth' ? formatPercent(value, locale, { signed: true }) : formatSignedAmount(value, measure, locale);
    const reason = reasonText(s.growthReason);
    if (value === null || text === null) return <EmptyValue reason={reason} testId={`vocations-${effect}-${s.sectorCode}`} />;
    return (
      <ExplainableValue
        text={text}
        value={value}
        fw={400}
        label={why}
        testId={`vocations-${effect}-${s.sectorCode}`}
        onExplain={() => s.shift && onExplain({ kind: 'shift', effect, row: s.shift, reason, ...subject(s) })}
      />
    );
  };

  return (
    <Table striped highlightOnHover withTableBorder fz="sm" verticalSpacing={3} data-testid="vocations-sectors">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('vocations.columns.sector')}</Table.Th>
          <Table.Th ta="right">{t('vocations.columns.jobs', { year, measure: measureLabel })}</Table.Th>
          <Table.Th ta="right">{t('vocations.columns.share')}</Table.Th>
          <Table.Th ta="right">{t('vocations.columns.lq')}</Table.Th>
          <Table.Th ta="right">
            {from === null ? t('vocations.columns.growthNone') : t('vocations.columns.growth', { from, to: year })}
          </Table.Th>
          <Table.Th ta="right">{t('vocations.columns.regionalShift')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summary.sectors.map((s) => {
          const lqText = formatRatio(s.lq, locale);
          const swatch = lqClass(s.lq)?.color;
          return (
            <Table.Tr key={s.sectorCode} data-testid={`vocations-sector-${s.sectorCode}`} data-specialized={s.specialized}>
              <Table.Td>
                <Text size="sm" span fw={s.specialized ? 600 : 400}>
                  {sectorLabel(s.sectorCode, s.sectorName)}
                </Text>
                {s.specialized && (
                  <Badge size="xs" variant="light" color="red" ml={6}>
                    {t('vocations.specialized')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatAmount(s.jobs, measure, locale)}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatPercent(s.share, locale) ?? <EmptyValue reason={reasonText('territory-has-no-jobs')} />}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {swatch && (
                  <Box component="span" display="inline-block" w={9} h={9} mr={6} bg={swatch} style={{ borderRadius: 2 }} aria-hidden />
                )}
                {s.lq !== null && lqText !== null ? (
                  <ExplainableValue
                    text={lqText}
                    value={s.lq}
                    label={why}
                    testId={`vocations-lq-${s.sectorCode}`}
                    onExplain={() => onExplain({ kind: 'lq', reason: null, ...subject(s) })}
                  />
                ) : (
                  <EmptyValue reason={reasonText(s.lqReason)} testId={`vocations-lq-${s.sectorCode}`} />
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {shiftCell(s, 'growth')}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {shiftCell(s, 'regionalShift')}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
