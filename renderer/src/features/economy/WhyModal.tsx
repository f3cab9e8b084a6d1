import { Alert, Center, Code, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../../shared/features/economy/economy-explain';
import { useLocale } from '../../i18n';
import { formatAmount, formatCount } from './economy-format';
import type { Measure } from '../../../../shared/domain/types';
import { formatDateTime } from '../../i18n/format';
import { useEngineData } from '../../workspace/use-engine-data';
import { translateEconomyError } from './economy-errors';
import { economyQuery, type EconomySelection } from './economy-selection';
import { EmptyValue } from './economy-ui';
import { densityWhy, diversityWhy, lqWhy, shiftTotalWhy, shiftWhy, type WhyContent } from './why-content';
import { whySubject, type WhyTarget } from './why-target';

export type { WhyTarget };

/**
 * "Why this value": the formula, the inputs with their symbols and values, the reference region,
 * the source files and years, and the reference to the method. The engine's explanation of the LQ
 * supplies the inputs and sources; shift-share adds the start year's.
 */
export function WhyModal({ target, selection, onClose }: { target: WhyTarget | null; selection: EconomySelection; onClose: () => void }) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const query = economyQuery(selection);
  const { year, from } = selection;

  const explained = useEngineData(
    async (engine): Promise<Explanation[] | null> => {
      if (!target || !query || year === null) return null;
      const ask = (y: number) =>
        engine.explainLocationQuotient({ ...query, year: y, subject: whySubject(target), sectorCode: target.sectorCode });
      return (target.kind === 'shift' || target.kind === 'shiftTotal') && from !== null
        ? Promise.all([ask(from), ask(year)])
        : Promise.all([ask(year)]);
    },
    [JSON.stringify(target), JSON.stringify(query), year, from],
  );

  const content = useMemo((): WhyContent | null => {
    const [first, second] = explained.data ?? [];
    if (!target || !first || explained.loading) return null;
    const ctx = { t, locale, measure: selection.measure, territoryName: target.territoryName, sectorLabel: target.sectorLabel };
    switch (target.kind) {
      case 'lq':
        return lqWhy(first, ctx, target.reason);
      case 'shift':
        return second ? shiftWhy(target.effect, target.row, first, second, ctx, target.reason) : null;
      case 'shiftTotal':
        return second ? shiftTotalWhy(target.effect, target.rows, target.total, first, second, ctx) : null;
      case 'diversity':
        return diversityWhy(target.input, first, ctx);
      case 'density':
        return densityWhy(target.input, first, ctx);
    }
  }, [explained.data, explained.loading, target, t, locale, selection.measure]);

  const error = explained.error ? translateEconomyError(explained.error, t) : null;
  return (
    <Modal opened={target !== null} onClose={onClose} title={content?.title ?? t('why.heading')} size="xl" withinPortal>
      <div data-testid="why-modal">
        {error ? (
          <Alert color="red" title={error.title}>
            {error.message}
          </Alert>
        ) : !content ? (
          <Center h={160}>
            <Loader size="sm" />
          </Center>
        ) : (
          <WhyBody content={content} measure={selection.measure} />
        )}
      </div>
    </Modal>
  );
}

function WhyBody({ content, measure }: { content: WhyContent; measure: Measure }) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const r = content.reference;
  return (
    <Stack gap="sm">
      <Group gap="xs" align="baseline">
        <Text size="sm" c="dimmed">
          {t('why.value')}:
        </Text>
        {content.valueText !== null ? (
          <Text fw={700} size="xl" data-testid="why-value">
            {content.valueText}
          </Text>
        ) : (
          <EmptyValue reason={content.reason ?? t('reasons.unknown')} inline testId="why-value" />
        )}
      </Group>
      <div>
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={2}>
          {t('why.formula')}
        </Text>
        <Code block data-testid="why-formula">
          {content.formulas.join('\n')}
        </Code>
        <Text size="sm" mt={4}>
          {content.words}
        </Text>
      </div>
      {content.computation && (
        <div>
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={2}>
            {t('why.computation')}
          </Text>
          <Code block data-testid="why-computation" style={{ whiteSpace: 'pre-wrap' }}>
            {content.computation}
          </Code>
        </div>
      )}
      <Table withTableBorder withColumnBorders striped fz="sm" verticalSpacing={4} data-testid="why-inputs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>{t('why.symbol')}</Table.Th>
            <Table.Th>{t('why.description')}</Table.Th>
            <Table.Th w={200} ta="right">
              {t('why.inputValue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {content.inputs.map((i) => (
            <Table.Tr key={i.symbol}>
              <Table.Td ff="monospace">{i.symbol}</Table.Td>
              <Table.Td>{i.description}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {i.value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {content.members && (
        <Table withTableBorder striped fz="sm" verticalSpacing={2} data-testid="why-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('why.members.municipality')}</Table.Th>
              <Table.Th ta="right">{content.members.sectorHeader}</Table.Th>
              <Table.Th ta="right">{content.members.totalHeader}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {content.members.rows.map((m) => (
              <Table.Tr key={m.code}>
                <Table.Td>
                  {m.name}
                  {!m.hasData && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      ({t('why.members.noData')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {m.sectorValue}
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {m.total}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {content.notes.map((note) => (
        <Text key={note} size="xs" c="dimmed">
          {note}
        </Text>
      ))}
      <Text size="sm" data-testid="why-reference">
        <b>{t('why.reference')}:</b>{' '}
        {t('why.referenceText', {
          label: r.label,
          territories: formatCount(r.territories, locale) ?? '',
          total: formatAmount(r.total, measure, locale) ?? '',
        })}
      </Text>
      <div data-testid="why-sources">
        <Text size="sm" fw={600}>
          {t('why.sources')}
        </Text>
        {content.sources.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('why.noSources')}
          </Text>
        ) : (
          content.sources.map((s) => (
            <Text key={`${s.year}-${s.file}`} size="sm">
              {s.year}: <Code>{s.file}</Code> — {t('why.importedAt', { date: formatDateTime(s.importedAt, locale) })}
            </Text>
          ))
        )}
      </div>
      <Text size="xs" c="dimmed" data-testid="why-citation">
        {t('why.citationLabel')}: {content.citation}
      </Text>
    </Stack>
  );
}
