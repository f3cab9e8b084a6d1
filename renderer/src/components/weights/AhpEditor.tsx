import { Alert, Badge, Button, Grid, Group, List, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CR_THRESHOLD } from '../../../../shared/analysis/mcda/ahp';
import { useLocale } from '../../i18n';
import { formatNumber, formatPercentPoints } from '../../i18n/format';
import { ahpRefusalText, onDiagonal } from './ahp-refusal-text';
import { crText } from './cr-text';
import { judgementText, nearestSaaty, pairwiseFor, SAATY_VALUES, setJudgement, tryAhp, withUnitDiagonal } from './ahp-matrix';

interface Props {
  /** The criteria's names, in matrix order. */
  names: readonly string[];
  matrix: readonly (readonly number[])[] | null;
  /** A judgement changed: the new matrix and its AHP weights as percentages (null while invalid). */
  onJudge: (matrix: number[][], weights: number[] | null) => void;
}

// Strongest for the row first: what a planner reads as "row is 9 times as important … column is".
const OPTIONS = [...SAATY_VALUES].reverse().map((v) => judgementText(v));
const VALUE_OF = new Map(SAATY_VALUES.map((v) => [judgementText(v), v]));

/**
 * AHP pairwise comparisons on Saaty's 1–9 scale: the upper triangle is edited, the reciprocals fill
 * in by construction. Weights, λmax, CI and CR update as judgements change; above CR 0.10 a warning
 * names the most inconsistent judgements with the value the weights suggest. Shared by every
 * weighted-criteria editor (prioritization scenarios, attraction sales criteria).
 */
export function AhpEditor({ names, matrix: stored, onJudge }: Props) {
  // The editor's texts live with the multi-criteria area that introduced it (prioritization).
  const { t } = useTranslation('prioritization');
  const { locale } = useLocale();
  const n = names.length;
  const matrix = pairwiseFor(stored, n);
  const { result, refusal, error } = tryAhp(matrix);
  const decimal = formatNumber(1.5, locale, 1).charAt(1);

  const change = (next: number[][]) => {
    const weights = tryAhp(next).result?.weights;
    onJudge(next, weights ? weights.map((w) => w * 100) : null);
  };
  const judge = (i: number, j: number, value: number) => change(setJudgement(matrix, i, j, value));

  if (n < 2) {
    return (
      <Text size="sm" c="dimmed">
        {t('ahp.needTwo')}
      </Text>
    );
  }
  // The matrix beside the weights only where it fits there (it needs ~160 + 100 px per criterion): up to
  // three criteria from Mantine's md width, four from xl (at 1280 px a four-criterion matrix was cut at
  // its fourth column); five or more take the whole width at any size, the weights below.
  const beside = names.length >= 5 ? null : names.length === 4 ? 'xl' : 'md';
  const inconsistent = result !== null && result.cr > CR_THRESHOLD;
  const worst = result ? result.judgements.filter((j) => j.deviation > 1 + 1e-9).slice(0, 3) : [];

  return (
    <Grid gap="sm" data-testid="ahp-editor">
      <Grid.Col span={beside ? { base: 12, [beside]: 8 } : 12}>
        <Text size="xs" c="dimmed" mb={4}>
          {t('ahp.help')}
        </Text>
        <Table.ScrollContainer minWidth={160 + names.length * 100} type="native">
          <Table withTableBorder withColumnBorders verticalSpacing={2} horizontalSpacing={4} fz="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                {names.map((name) => (
                  <Table.Th key={name} style={{ maxWidth: 110, verticalAlign: 'bottom' }}>
                    {/* Whole words on up to three lines, never cut: the name is the judgement's subject. */}
                    <Text size="xs" fw={600} lineClamp={3} title={name} style={{ overflowWrap: 'normal', wordBreak: 'normal' }}>
                      {name}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.map((row, i) => (
                <Table.Tr key={names[i]}>
                  <Table.Th style={{ maxWidth: 150 }}>
                    <Text size="xs" fw={600} lineClamp={2} title={names[i]}>
                      {names[i]}
                    </Text>
                  </Table.Th>
                  {row.map((value, j) =>
                    j > i ? (
                      <Table.Td key={j}>
                        <Select
                          size="xs"
                          w={78}
                          data={OPTIONS}
                          value={judgementText(value)}
                          onChange={(v) => v && judge(i, j, VALUE_OF.get(v) ?? 1)}
                          allowDeselect={false}
                          aria-label={t('ahp.cellLabel', { row: names[i] ?? '', column: names[j] ?? '' })}
                          comboboxProps={{ withinPortal: true }}
                          data-testid={`ahp-cell-${i}-${j}`}
                        />
                      </Table.Td>
                    ) : (
                      <Table.Td key={j} c="dimmed" ta="center" data-testid={`ahp-cell-${i}-${j}`}>
                        {judgementText(value, decimal)}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt={4}>
          {t('ahp.scale')}
        </Text>
      </Grid.Col>
      <Grid.Col span={beside ? { base: 12, [beside]: 4 } : 12}>
        {error && (
          <Alert color="red" p={6} data-testid="ahp-error">
            {/* The engine's English words only for a failure that is no refusal of the matrix (a bug). */}
            <Text size="xs">{refusal ? ahpRefusalText(refusal, names, t, decimal) : error}</Text>
            {refusal && onDiagonal(refusal) && (
              <Button
                size="compact-xs"
                variant="light"
                color="red"
                mt={4}
                data-testid="ahp-reset-diagonal"
                onClick={() => change(withUnitDiagonal(matrix))}
              >
                {t('ahp.resetDiagonal')}
              </Button>
            )}
          </Alert>
        )}
        {result && (
          <>
            <Group gap={6} mb={6}>
              <Badge color={inconsistent ? 'orange' : 'green'} variant="light" data-testid="ahp-cr" data-value={result.cr}>
                {t('ahp.cr', { value: crText(result.cr, locale) })}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('ahp.lambda', { lambda: formatNumber(result.lambdaMax, locale, 3), ci: formatNumber(result.ci, locale, 3) })}
              </Text>
            </Group>
            <Table verticalSpacing={2} fz="xs" withRowBorders={false} data-testid="ahp-weights">
              <Table.Tbody>
                {names.map((name, j) => (
                  <Table.Tr key={name}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {formatPercentPoints((result.weights[j] ?? 0) * 100, locale)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {inconsistent ? (
              <Alert color="orange" p={6} mt={6} title={t('ahp.inconsistentTitle')} data-testid="ahp-warning">
                <Text size="xs">{t('ahp.inconsistent', { cr: crText(result.cr, locale) })}</Text>
                <List size="xs" mt={4} spacing={4}>
                  {worst.map((j) => {
                    const suggested = nearestSaaty(j.implied);
                    return (
                      <List.Item key={`${j.row}-${j.column}`} data-testid="ahp-judgement">
                        {t('ahp.judgement', {
                          row: names[j.row] ?? '',
                          column: names[j.column] ?? '',
                          given: judgementText(j.given, decimal),
                          suggested: judgementText(suggested, decimal),
                          times: formatNumber(j.deviation, locale, 1),
                        })}{' '}
                        <Button size="compact-xs" variant="light" onClick={() => judge(j.row, j.column, suggested)}>
                          {t('ahp.useSuggestion')}
                        </Button>
                      </List.Item>
                    );
                  })}
                </List>
              </Alert>
            ) : (
              <Text size="xs" c="green" mt={6}>
                {t('ahp.consistent')}
              </Text>
            )}
          </>
        )}
      </Grid.Col>
    </Grid>
  );
}
