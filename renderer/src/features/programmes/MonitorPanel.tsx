import { Badge, Button, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { parseLocaleNumber } from '../../components/grid/tsv';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { numberFormat } from '../../i18n/format';
import { downloadBlob, safeFileName } from '../../lib/download';
import { notifyError } from '../../notifications/notify-error';
import { notify } from '../../notifications/store';
import { useEngineData } from '../../workspace/use-engine-data';
import { useEngine } from '../../workspace/workspace-context';
import { programmeNameIn } from '../../../../shared/features/programmes/demo-text';
import type { MonitorRow, Programme } from '../../../../shared/features/programmes/types';
import { monitorChartOption } from './monitor-chart';
import { periodLabel } from '../../i18n/period-label';
import { DrillModal } from './DrillModal';
import { RAG_COLOR } from './rag';
import { useProgrammeEdit } from './use-programme-edit';
import { AddToMeeting } from '../territories/meeting/AddToMeeting';
import {
  monitorChartSource,
  monitorChartTitle,
  monitorIndicatorName,
  programmeMeetingView,
  type MonitorView,
} from './use-programme-meeting-chart';

export type View = MonitorView;

/** Target against actual by period, coloured red/amber/green, with "why this value", a chart and the workbook. */
type MonitorColumn = 'indicator' | 'period' | 'baseline' | 'target' | 'actual' | 'achievement';

/** The monitoring table's headings (the area's table and the committee summary). */
function Headings({ columns }: { columns: readonly MonitorColumn[] }) {
  const { t } = useTranslation('programmes');
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          // Numbers are right-aligned: so are their headings.
          <Table.Th key={c} ta={c === 'indicator' || c === 'period' ? undefined : 'right'}>
            {t(`cols.${c}`)}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

export function MonitorPanel({ programme }: { programme: Programme }) {
  const { t } = useTranslation('programmes');
  const { locale, t: common } = useLocale();
  const engine = useEngine();
  const edit = useProgrammeEdit();
  const [view, setView] = useState<View>('native');
  const [chosen, setChosen] = useState<number | null>(null);
  const [drill, setDrill] = useState<MonitorRow | null>(null);
  const [summary, setSummary] = useState(false);
  // Bumped to show the saved thresholds again in a field left empty.
  const [shown, setShown] = useState(0);
  const monitor = useEngineData((e) => e.programmeMonitor({ programmeId: programme.id, view }), [programme.id, view]);
  const rows = monitor.data ?? [];
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  // One decimal always: a column of badges read "84,2%" beside "56%" and "100%".
  const percent = numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const fmt = (n: number | null) => (n === null ? '—' : number.format(n));
  // The row chosen, while it is one of this programme's: another programme (or an undone indicator)
  // left the chart on an indicator it does not have, and the chart went away.
  const indicatorId = rows.some((r) => r.indicatorId === chosen) ? chosen : (rows[0]?.indicatorId ?? null);
  const chartRows = rows.filter((r) => r.indicatorId === indicatorId);
  const nameOf = (r: MonitorRow) => monitorIndicatorName(r, t, locale);
  const period = (key: string) => periodLabel(key, locale, common);

  // The field's text as the UI language writes it: Number("87,5") was NaN ("must be a number") in
  // pt-BR and es, and an emptied field saved 0 (amber from 0 %: no indicator was red any more).
  const saveThreshold = async (key: 'ragGreen' | 'ragAmber', text: string) => {
    const value = parseLocaleNumber(text, locale);
    if (value === null) return setShown((n) => n + 1);
    await edit((e) => e.saveProgramme({ ...programme, [key]: value / 100 }));
  };
  // 87,5 % shown as saved, not rounded to 88.
  const thresholdPercent = (ratio: number) => Number((ratio * 100).toPrecision(12));

  const exportWorkbook = async () => {
    try {
      const bytes = await engine.exportProgrammeWorkbook({ programmeId: programme.id, language: locale });
      const name = `${safeFileName(t('monitorFileName', { name: programmeNameIn(programme.name, locale) }))}.xlsx`;
      downloadBlob(new Blob([bytes.slice().buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
      notify({ kind: 'success', title: (lng) => t('exported', { lng }), message: () => name });
    } catch (error) {
      // The engine's refusal in the UI's words (its own English as a detail), not its raw message.
      notifyError(error, (lng) => t('exportFailed', { lng }));
    }
  };

  return (
    <Stack gap="sm" data-testid="programme-monitor" data-loaded={monitor.loading ? 'false' : 'true'}>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v)}
            data={(['native', 'per-period', 'cumulative'] as const).map((v) => ({ value: v, label: t(`views.${v}`) }))}
            data-testid="monitor-view"
          />
          <NumberField
            key={`green-${shown}`}
            label={t('green')}
            value={thresholdPercent(programme.ragGreen)}
            onBlur={(e) => void saveThreshold('ragGreen', e.currentTarget.value)}
            w={190}
            min={0}
            max={1000}
            data-testid="rag-green"
          />
          <NumberField
            key={`amber-${shown}`}
            label={t('amber')}
            value={thresholdPercent(programme.ragAmber)}
            onBlur={(e) => void saveThreshold('ragAmber', e.currentTarget.value)}
            w={190}
            min={0}
            max={1000}
            data-testid="rag-amber"
          />
        </Group>
        <Group>
          <Button variant="default" onClick={() => setSummary(true)} data-testid="programme-summary">
            {t('summary')}
          </Button>
          <Button onClick={() => void exportWorkbook()} data-testid="programme-export">
            {t('export')}
          </Button>
        </Group>
      </Group>
      <Table striped highlightOnHover withTableBorder data-testid="monitor-table">
        <Headings columns={['indicator', 'period', 'baseline', 'target', 'actual', 'achievement']} />
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={`${r.indicatorId}-${r.period}`}
              onClick={() => setChosen(r.indicatorId)}
              data-testid={`monitor-row-${r.indicator}-${r.period}`}
              data-rag={r.rag ?? ''}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>{nameOf(r)}</Table.Td>
              <Table.Td>{period(r.period)}</Table.Td>
              <Table.Td ta="right">{fmt(r.baseline)}</Table.Td>
              <Table.Td ta="right">{fmt(r.target)}</Table.Td>
              <Table.Td ta="right">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  title={t('why')}
                  onClick={(e) => {
                    e.stopPropagation();
                    setDrill(r);
                  }}
                  data-testid={`monitor-why-${r.indicator}-${r.period}`}
                >
                  {fmt(r.actual)}
                </Button>
              </Table.Td>
              <Table.Td ta="right">
                {r.achievement === null ? (
                  '—'
                ) : (
                  <Badge color={r.rag ? RAG_COLOR[r.rag] : 'gray'} variant="filled" title={r.rag ? t(`rag.${r.rag}`) : ''}>
                    {percent.format(r.achievement)}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {chartRows.length > 0 && chartRows[0] && (
        // The indicator the chart shows (a row of the table chooses it), on screen as in the export.
        <Text fw={600} size="sm" data-testid="monitor-chart-title">
          {t('chartTitle', { indicator: nameOf(chartRows[0]) })}
        </Text>
      )}
      {chartRows.length > 0 && chartRows[0] && (
        <Chart
          option={monitorChartOption(
            chartRows,
            {
              target: t('cols.target'),
              actual: t('cols.actual'),
              actualKey: `${t('cols.actual')}: ${(['green', 'amber', 'red'] as const).map((r) => t(`rag.${r}`)).join(' / ')}`,
            },
            (n) => number.format(n),
            period,
          )}
          height={260}
          // With the programme's name: exported or presented full screen, the page's heading is not there.
          title={monitorChartTitle(programme, nameOf(chartRows[0]), t, locale)}
          source={monitorChartSource(programme, t)}
          testId="monitor-chart"
        />
      )}
      {chartRows.length > 0 && chartRows[0] && (
        <Group justify="flex-end">
          <AddToMeeting
            view={programmeMeetingView(
              { programme: programme.id, indicator: chartRows[0].indicatorId, view },
              monitorChartTitle(programme, nameOf(chartRows[0]), t, locale),
            )}
            testId="monitor-chart-meeting"
          />
        </Group>
      )}
      <DrillModal row={drill} onClose={() => setDrill(null)} view={view} name={drill ? nameOf(drill) : ''} />
      <Modal
        opened={summary}
        onClose={() => setSummary(false)}
        title={`${t('summary')} — ${programmeNameIn(programme.name, locale)}`}
        size="xl"
      >
        <Stack gap="xs" data-testid="programme-summary-page">
          <Text size="xs" c="dimmed">
            {t('summaryNote')} {programme.illustrative ? t('illustrativeNote') : ''}
          </Text>
          <Table withTableBorder>
            {/* With the baseline the achievement is measured from: "930 of 1.000, 53,3 %" read as a
                wrong number on the committee's page, where the baseline of 850 was not. */}
            <Headings columns={['indicator', 'period', 'baseline', 'target', 'actual', 'achievement']} />
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.indicatorId}-${r.period}`}>
                  <Table.Td>{nameOf(r)}</Table.Td>
                  <Table.Td>{period(r.period)}</Table.Td>
                  <Table.Td ta="right">{fmt(r.baseline)}</Table.Td>
                  <Table.Td ta="right">{fmt(r.target)}</Table.Td>
                  <Table.Td ta="right">{fmt(r.actual)}</Table.Td>
                  <Table.Td ta="right">
                    {r.achievement === null ? (
                      '—'
                    ) : (
                      <Badge color={r.rag ? RAG_COLOR[r.rag] : 'gray'}>{percent.format(r.achievement)}</Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="light" onClick={() => window.print()}>
              {t('print')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
