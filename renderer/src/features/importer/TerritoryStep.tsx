import { Alert, Badge, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnresolvedTerritory } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { useEngineData } from '../../workspace/use-engine-data';
import { answerValue, pendingTerritories, scorePercent } from './resolutions';
import { TerritoryBulk } from './TerritoryBulk';
import type { ImportWizard } from './use-import-wizard';

interface Option {
  value: string;
  label: string;
}

/** Every municipality (or state), for an answer none of the suggestions gives. */
function useAllTerritories(level: 'municipality' | 'state'): Option[] {
  const all = useEngineData(
    async (engine): Promise<Option[]> =>
      level === 'state'
        ? (await engine.listStates()).map((s) => ({ value: String(s.code), label: `${s.name} (${s.abbr})` }))
        : (await engine.listMunicipalities({})).map((m) => ({ value: String(m.code), label: `${m.name} (${m.stateAbbr}) · ${m.code}` })),
    [level],
  );
  return all.data ?? [];
}

function AnswerSelect({
  territory,
  value,
  others,
  onAnswer,
  index,
}: {
  territory: UnresolvedTerritory;
  value: string;
  others: Option[];
  onAnswer: (v: string | null) => void;
  index: number;
}) {
  const { t } = useTranslation('importer');
  const data = useMemo(() => {
    const suggested = new Set(territory.candidates.map((c) => String(c.code)));
    return [
      {
        group: t('territories.suggestions'),
        items: territory.candidates.map((c) => ({
          value: String(c.code),
          label: t('territories.candidate', { name: c.name, state: c.stateAbbr, score: scorePercent(c.score), code: c.code }),
        })),
      },
      { group: t('territories.orElse'), items: [{ value: 'skip', label: t('territories.skip', { count: territory.rows }) }] },
      { group: t('territories.others'), items: others.filter((o) => !suggested.has(o.value)) },
    ].filter((g) => g.items.length > 0);
  }, [territory, others, t]);
  return (
    <Select
      data={data}
      value={value || null}
      onChange={onAnswer}
      searchable
      clearable
      limit={60}
      placeholder={t('territories.choose')}
      nothingFoundMessage={t('territories.nothingFound')}
      aria-label={t('territories.answerFor', { text: territory.text })}
      data-testid={`territory-answer-${index}`}
      comboboxProps={{ withinPortal: true }}
      w={420}
    />
  );
}

/** Step 4: names the engine would not guess (unknown or shared by several places), for the user to settle. */
export function TerritoryStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const { territories, resolutions, mapping } = wizard.state;
  const others = useAllTerritories(mapping?.subject === 'state' ? 'state' : 'municipality');
  const pending = pendingTerritories(territories, resolutions);

  return (
    <Stack gap="sm" data-testid="import-step-territories">
      <Alert
        color={pending.length > 0 ? 'yellow' : 'green'}
        title={t('territories.title')}
        data-testid="territories-status"
        data-pending={pending.length}
      >
        <Text size="sm">{t('territories.intro')}</Text>
        <Text size="sm" fw={600} mt={4}>
          {pending.length > 0
            ? t('territories.pending', { count: pending.length, total: territories.length })
            : t('territories.allAnswered', { count: territories.length })}
        </Text>
      </Alert>
      <TerritoryBulk wizard={wizard} pending={pending} />
      <Table withTableBorder verticalSpacing={4} data-testid="territories-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('territories.text')}</Table.Th>
            <Table.Th w={60}>{t('territories.state')}</Table.Th>
            <Table.Th w={140}>{t('territories.problem')}</Table.Th>
            <Table.Th w={150}>{t('territories.rows')}</Table.Th>
            <Table.Th>{t('territories.answer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {territories.map((u, index) => {
            const value = answerValue(resolutions, u.key);
            return (
              <Table.Tr key={u.key} data-testid={`territory-row-${index}`} data-answered={value !== ''}>
                <Table.Td>
                  <Text size="sm" fw={600} ff="monospace">
                    {u.text}
                  </Text>
                </Table.Td>
                <Table.Td>{u.state ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={u.problem === 'ambiguous' ? 'orange' : 'red'}>
                    {t(`territories.problems.${u.problem}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('territories.rowsText', {
                      count: u.rows,
                      rows: formatInteger(u.rows, locale),
                      first: formatInteger(u.firstRow, locale),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AnswerSelect territory={u} value={value} others={others} onAnswer={(v) => wizard.answer(u.key, v)} index={index} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
