import { Badge, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../notifications/store';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import {
  BUILTIN_INDICATORS,
  isBuiltin,
  PERIOD_KINDS,
  type Indicator,
  type PeriodKind,
  type Target,
} from '../../../../shared/features/programmes/types';

/** The results framework: objectives → results → indicators, each indicator's targets by period. */
export function FrameworkPanel({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation('programmes');
  const controller = useWorkspaceController();
  const fw = useEngineData((e) => e.programmeFramework(programmeId), [programmeId]);
  const [code, setCode] = useState<string>('participants');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [cumulative, setCumulative] = useState(false);
  const data = fw.data;
  const resultTitle = (id: number | null) => {
    const r = data?.results.find((x) => x.id === id);
    const o = r ? data?.objectives.find((x) => x.id === r.objectiveId) : undefined;
    return r ? `${o ? `${o.code} › ` : ''}${r.code} ${r.title}` : '—';
  };
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notify({ kind: 'error', title: t('failed'), message: (error as Error).message });
    }
  };
  return (
    <Stack gap="sm" data-testid="programme-framework" data-loaded={fw.loading ? 'false' : 'true'}>
      {data?.objectives.map((o) => (
        <Text key={o.id} fw={600}>
          {o.code} {o.title}
        </Text>
      ))}
      <Group align="flex-end">
        <Select
          label={t('indicatorCode')}
          data={[...BUILTIN_INDICATORS.map((b) => ({ value: b, label: `${b} — ${t(`builtins.${b}`)}` }))]}
          value={code}
          onChange={(v) => v && setCode(v)}
          searchable
          w={300}
          data-testid="indicator-code"
        />
        <TextInput
          label={t('indicatorName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={240}
          data-testid="indicator-name"
        />
        <Select
          label={t('periodKind')}
          data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v)}
          allowDeselect={false}
          w={140}
          data-testid="indicator-kind"
        />
        <Checkbox label={t('cumulativeTargets')} checked={cumulative} onChange={(e) => setCumulative(e.currentTarget.checked)} mb={8} />
        <Button
          onClick={() =>
            void run(() =>
              controller.mutate((e) =>
                e.saveProgrammeIndicator({
                  programmeId,
                  code,
                  name: name || t(`builtins.${code as (typeof BUILTIN_INDICATORS)[number]}`),
                  periodKind: kind,
                  cumulative,
                }),
              ),
            )
          }
          data-testid="indicator-add"
        >
          {t('addIndicator')}
        </Button>
      </Group>
      {data?.indicators.map((i) => (
        <IndicatorTargets
          key={`${i.id}-${fw.version}`}
          indicator={i}
          result={resultTitle(i.resultId)}
          targets={data.targets.filter((x) => x.indicatorId === i.id)}
          onSave={(targets) => run(() => controller.mutate((e) => e.setProgrammeTargets({ indicatorId: i.id, targets })))}
        />
      ))}
    </Stack>
  );
}

type Draft = { period: string; baseline: number; target: number; actual: number | null };

function IndicatorTargets({
  indicator,
  result,
  targets,
  onSave,
}: {
  indicator: Indicator;
  result: string;
  targets: Target[];
  onSave: (t: Draft[]) => Promise<void>;
}) {
  const { t } = useTranslation('programmes');
  const [rows, setRows] = useState<Draft[]>(() =>
    targets.map(({ period, baseline, target, actual }) => ({ period, baseline, target, actual })),
  );
  const set = (i: number, patch: Partial<Draft>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const builtin = isBuiltin(indicator.code);
  return (
    <Stack gap={4} data-testid={`indicator-${indicator.code}`}>
      <Group gap="xs">
        <Text fw={600}>{indicator.name || indicator.code}</Text>
        <Badge variant="light">{indicator.code}</Badge>
        <Badge variant="outline">{t(`kinds.${indicator.periodKind}`)}</Badge>
        <Badge variant="outline" color={builtin ? 'blue' : 'grape'}>
          {builtin ? t('builtin') : t('custom')}
        </Badge>
        <Text size="xs" c="dimmed">
          {result}
        </Text>
      </Group>
      <Table withTableBorder maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cols.period')}</Table.Th>
            <Table.Th>{t('cols.baseline')}</Table.Th>
            <Table.Th>{t('cols.target')}</Table.Th>
            {!builtin && <Table.Th>{t('cols.actual')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  size="xs"
                  value={r.period}
                  onChange={(e) => set(i, { period: e.currentTarget.value })}
                  data-testid={`target-period-${indicator.code}-${i}`}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput size="xs" value={r.baseline} onChange={(v) => set(i, { baseline: Number(v) || 0 })} />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  value={r.target}
                  onChange={(v) => set(i, { target: Number(v) || 0 })}
                  data-testid={`target-value-${indicator.code}-${i}`}
                />
              </Table.Td>
              {!builtin && (
                <Table.Td>
                  <NumberInput size="xs" value={r.actual ?? ''} onChange={(v) => set(i, { actual: v === '' ? null : Number(v) })} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() => setRows([...rows, { period: '', baseline: rows.at(-1)?.baseline ?? indicator.baseline, target: 0, actual: null }])}
          data-testid={`target-add-${indicator.code}`}
        >
          {t('addTarget')}
        </Button>
        <Button size="xs" onClick={() => void onSave(rows)} data-testid={`target-save-${indicator.code}`}>
          {t('saveTargets')}
        </Button>
      </Group>
    </Stack>
  );
}
