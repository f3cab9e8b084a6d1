import { Badge, Button, Group, Paper, Slider, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatPercentPoints } from '../../i18n/format';
import { createWalker, topNChanges, walkRows, type SensitivitySubject } from './walking';

/** Label, slider, value in one row: the slider gets the room the label leaves. */
const SLIDER_ROW: CSSProperties = { display: 'grid', gridTemplateColumns: 'minmax(110px, 38%) 1fr 56px', gap: 10, alignItems: 'center' };

interface Props {
  run: SensitivitySubject;
  /** The reset button's and the alternatives column's texts, when the caller names them its own way. */
  texts?: { reset?: string; alternative?: string };
}

/**
 * Move one weight, see the ranking re-order at once: the ranked matrix re-scored in the UI with the
 * engine's pure scorer (the others keep their proportions). Nothing is saved. Prioritization runs
 * and attraction sales criteria both show it; its texts live with prioritization, which introduced it.
 */
export function WalkingWeights({ run, texts }: Props) {
  const { t } = useTranslation('prioritization');
  const { locale } = useLocale();
  const walker = useMemo(() => createWalker(run.model), [run.model]);
  const base = useMemo(() => run.criteria.map((c) => c.weight), [run.criteria]);
  const [weights, setWeights] = useState<number[]>(base);
  const rows = useMemo(() => walkRows(run, walker.ranks(weights)), [run, walker, weights]);
  const moved = rows.filter((r) => r.change !== 0).length;
  const { entered, left } = topNChanges(rows, run.topN);

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="walking" data-order={rows.map((r) => r.label).join('|')} data-moved={moved}>
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {t('walking.title')}
        </Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => setWeights(base)}
          disabled={moved === 0 && weights.every((w, j) => w === base[j])}
          data-testid="walk-reset"
        >
          {texts?.reset ?? t('walking.reset')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb={6}>
        {t('walking.help')}
      </Text>
      {/* The table below the sliders, both the panel's width: side by side, in half of it, the
          sliders cut the criteria's names and the table wrapped the districts' to two lines at 1440 px
          and four at 1280. */}
      <Stack gap="sm">
        <div>
          <Stack gap={10}>
            {run.criteria.map((c, j) => (
              <div key={`${j}-${c.label}`} style={SLIDER_ROW}>
                <Text size="xs" truncate title={c.label}>
                  {c.label}
                </Text>
                <Slider
                  min={0}
                  max={100}
                  step={1}
                  value={Math.round((weights[j] ?? 0) * 100)}
                  onChange={(v) => setWeights((w) => walker.walk(w, j, v / 100))}
                  label={(v) => formatPercentPoints(v, locale, 0)}
                  thumbLabel={c.label}
                  data-testid={`walk-slider-${j}`}
                />
                <Text size="xs" fw={600} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatPercentPoints((weights[j] ?? 0) * 100, locale, 0)}
                </Text>
              </div>
            ))}
          </Stack>
          {(entered.length > 0 || left.length > 0) && (
            <Text size="xs" mt={6} data-testid="walk-top-change">
              {t('walking.topChange', { n: run.topN, entered: entered.join(', '), left: left.join(', ') })}
            </Text>
          )}
        </div>
        <Table verticalSpacing={1} fz="xs" striped data-testid="walk-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('walking.rank')}</Table.Th>
              <Table.Th>{texts?.alternative ?? t('results.alternative')}</Table.Th>
              <Table.Th w={90}>{t('walking.before')}</Table.Th>
              <Table.Th w={70}>{t('walking.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key} fw={r.inTop ? 600 : undefined} data-testid="walk-row" data-change={r.change}>
                <Table.Td>{r.rank}</Table.Td>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td c="dimmed">{r.baseRank}</Table.Td>
                <Table.Td>
                  {r.change === 0 ? (
                    <Text size="xs" c="dimmed">
                      =
                    </Text>
                  ) : (
                    <Badge size="xs" color={r.change > 0 ? 'green' : 'red'} variant="light">
                      {r.change > 0 ? `▲ ${r.change}` : `▼ ${-r.change}`}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
