import { documentIn, milestoneIn, riskIn, workIn, worksSourceIn } from '../../../../shared/features/works/demo-text';
import { sourceIn } from '../../../../shared/text/entered-by-user';
import { Badge, Button, Drawer, Group, Stack, Switch, Table, Tabs, Text, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkDetail } from '../../../../shared/features/works/types';
import { useLocale } from '../../i18n';
import { fieldRefusalText, notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { DocumentForm, MilestoneForm, ParalysisForm, RiskForm } from './WorkRecordForms';
import { money, pct } from './works-format';
import { committedBeyondBudget } from '../../../../shared/features/works/measurement-rules';
import { formatInteger, parseShortDate, shortDate } from '../../i18n/format';
import { trilingual } from '../territories/format';

/** A work's page: its data, measurements, milestones, risks, documents (each added here), needs, and the paralysis record. */
export function WorkDrawer({ workId, onClose }: { workId: number | null; onClose: () => void }) {
  const { t } = useTranslation('works');
  const detail = useEngineData((engine) => (workId === null ? Promise.resolve(null) : engine.getWork(workId)), [workId]);
  const d = detail.data;
  return (
    <Drawer
      opened={workId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={d ? `${d.work.code} · ${d.work.title}` : ''}
      data-testid="work-drawer"
    >
      {d && <WorkPage detail={d} key={d.work.id} />}
      {d && <span hidden data-testid="work-drawer-ready" />}
      {!d && <Text size="sm">{t('work.none')}</Text>}
    </Drawer>
  );
}

function WorkPage({ detail }: { detail: WorkDetail }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  // The demo's own words (its paralysis reason, milestones, risks, documents) in the language in use.
  const w = workIn(detail.work, locale);
  const milestones = detail.milestones.map((m) => milestoneIn(m, locale));
  const risks = detail.risks.map((r) => riskIn(r, locale));
  const documents = detail.documents.map((d) => documentIn(d, locale));
  // The needs are survey items (indicators): said by their names, not their codes ("INFRA_LIGHTING").
  const catalog = useEngineData((engine) => engine.indicatorCatalog(), []);
  const needName = (code: string): string => {
    const indicator = catalog.data?.find((i) => i.code === code);
    return indicator ? trilingual(indicator.name, locale) : code;
  };
  const row = (label: string, value: string | null) => (
    <Table.Tr>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td>{value ?? '–'}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="sm">
      {w.illustrative && (
        <Badge color="orange" variant="light" data-testid="work-illustrative">
          {t('columns.illustrative')}
        </Badge>
      )}
      {/* Only the chosen tab's panel is drawn, as in every other area (Mantine's default keeps the
          others mounted, hidden through React's Activity). */}
      <Tabs defaultValue="data" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="data">{t('work.data')}</Tabs.Tab>
          <Tabs.Tab value="measurements" data-testid="work-tab-measurements">
            {t('work.measurements')}
          </Tabs.Tab>
          <Tabs.Tab value="milestones">{t('work.milestones')}</Tabs.Tab>
          <Tabs.Tab value="risks">{t('work.risks')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('work.documents')}</Tabs.Tab>
          <Tabs.Tab value="paralysis" data-testid="work-tab-paralysis">
            {t('work.paralysis')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="data" pt="xs">
          <Table fz="sm" withTableBorder>
            <Table.Tbody>
              {row(t('columns.site'), `${w.siteName} (${w.siteCode})`)}
              {row(t('columns.category'), t(`category.${w.category}`))}
              {row(t('columns.status'), t(`status.${w.status}`))}
              {row(t('columns.funding'), w.fundingSource ? t(`funding.${w.fundingSource}`) : null)}
              {row(t('work.agency'), w.agency)}
              {row(t('work.contractor'), w.contractor)}
              {row(
                t('work.contract'),
                [w.contractNumber, w.contractValue === null ? null : money(w.contractValue, locale)].filter(Boolean).join(' · ') || null,
              )}
              {row(t('columns.budget'), money(w.budgetPlanned, locale))}
              {row(t('columns.plannedStart'), shortDate(w.plannedStart, locale))}
              {row(t('columns.plannedEnd'), shortDate(w.plannedEnd, locale))}
              {row(t('work.needs'), w.needs.map(needName).join(', ') || null)}
              {w.status === 'paralysed' || w.paralysisReason
                ? row(
                    t('work.paralysis'),
                    `${w.paralysisReason ?? ''} · ${shortDate(w.paralysisDate, locale)} → ${shortDate(w.restartDate, locale)}`,
                  )
                : null}
              {row(t('work.source'), worksSourceIn(sourceIn(w.source, locale), locale))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
        <Tabs.Panel value="measurements" pt="xs">
          <Table fz="sm" withTableBorder striped data-testid="work-measurements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('work.date')}</Table.Th>
                <Table.Th>{t('columns.physical')}</Table.Th>
                <Table.Th>{t('columns.committed')}</Table.Th>
                <Table.Th>{t('columns.disbursed')}</Table.Th>
                <Table.Th>{t('work.correction')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.measurements.map((m) => (
                <Table.Tr key={m.date}>
                  <Table.Td>{shortDate(m.date, locale)}</Table.Td>
                  <Table.Td>{pct(m.physicalProgress, locale)}</Table.Td>
                  <Table.Td>{money(m.committed, locale)}</Table.Td>
                  <Table.Td>{money(m.disbursed, locale)}</Table.Td>
                  <Table.Td>{m.correction ? '✓' : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <MeasurementForm workId={w.id} budget={w.budgetPlanned} />
        </Tabs.Panel>
        <Tabs.Panel value="milestones" pt="xs">
          {milestones.length === 0 ? (
            <Text size="sm">{t('work.none')}</Text>
          ) : (
            milestones.map((m) => (
              <Text
                size="sm"
                key={m.id}
              >{`${shortDate(m.plannedDate, locale)} — ${m.name}${m.actualDate ? ` (✓ ${shortDate(m.actualDate, locale)})` : ''}`}</Text>
            ))
          )}
          <MilestoneForm workId={w.id} />
        </Tabs.Panel>
        <Tabs.Panel value="risks" pt="xs">
          {risks.length === 0 ? (
            <Text size="sm">{t('work.none')}</Text>
          ) : (
            risks.map((r) => (
              <Text
                size="sm"
                key={r.id}
              >{`${r.description} — ${t('risk.probability')} ${t(`risk.${r.probability}`)}, ${t('risk.impact')} ${t(`risk.impactLevel.${r.impact}`)} (${t(`risk.${r.status}`)})${r.mitigation ? ` — ${r.mitigation}` : ''}`}</Text>
            ))
          )}
          <RiskForm workId={w.id} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="xs">
          {documents.length === 0 ? (
            <Text size="sm">{t('work.none')}</Text>
          ) : (
            documents.map((d) => (
              <Text size="sm" key={d.id}>{`${d.title}: ${d.reference}${d.dated ? ` (${shortDate(d.dated, locale)})` : ''}`}</Text>
            ))
          )}
          <DocumentForm workId={w.id} />
        </Tabs.Panel>
        <Tabs.Panel value="paralysis" pt="xs">
          <ParalysisForm work={w} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** The measurement form's figures, each as typed ('' when empty), with its label and width. */
const FIGURES = [
  { key: 'physical', label: 'columns.physical', w: 90, max: 100 },
  { key: 'committed', label: 'columns.committed', w: 150 },
  { key: 'disbursed', label: 'columns.disbursed', w: 150 },
] as const;
type Figure = (typeof FIGURES)[number]['key'];

function MeasurementForm({ workId, budget }: { workId: number; budget: number }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const [date, setDate] = useState('');
  const [figures, setFigures] = useState<Record<Figure, number | string>>({ physical: '', committed: '', disbursed: '' });
  const [correction, setCorrection] = useState(false);
  // An emptied field was sent as Number('') = 0: a measurement with nothing committed or paid dropped
  // the work's financial curve to zero. Each is required, said at the field.
  const [empty, setEmpty] = useState<Figure | null>(null);
  const { committed } = figures;
  const beyondBudget = typeof committed === 'number' ? committedBeyondBudget(committed, budget) : null;
  const save = async () => {
    const blank = FIGURES.find(({ key }) => figures[key] === '')?.key ?? null;
    setEmpty(blank);
    if (blank) return;
    try {
      await controller.mutate((engine) =>
        engine.saveMeasurement({
          workId,
          date: parseShortDate(date, locale) ?? date,
          physicalProgress: Number(figures.physical),
          committed: Number(figures.committed),
          disbursed: Number(figures.disbursed),
          correction,
        }),
      );
      setDate('');
    } catch (error) {
      notifyError(error, (lng) => t('messages.editFailed', { lng }));
    }
  };
  return (
    <Stack gap={4} mt="sm">
      <Group gap="xs" align="flex-start">
        <TextInput
          size="xs"
          label={t('work.date')}
          placeholder={shortDate('2025-06-30', locale)}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          w={120}
          data-testid="measurement-date"
        />
        {FIGURES.map((f) => (
          <NumberField
            key={f.key}
            clampBehavior="none"
            size="xs"
            label={t(f.label)}
            value={figures[f.key]}
            onChange={(v) => {
              setEmpty(null);
              setFigures({ ...figures, [f.key]: v });
            }}
            min={0}
            max={'max' in f ? f.max : undefined}
            w={f.w}
            error={empty === f.key ? fieldRefusalText({ reason: 'required' }, '') : undefined}
            data-testid={`measurement-${f.key}`}
          />
        ))}
        <Switch
          size="xs"
          label={t('work.correction')}
          checked={correction}
          onChange={(e) => setCorrection(e.currentTarget.checked)}
          mt={28}
        />
        <Button size="xs" onClick={() => void save()} data-testid="measurement-add" mt={20}>
          {t('actions.addMeasurement')}
        </Button>
      </Group>
      {beyondBudget !== null && (
        <Text size="xs" c="orange.8" data-testid="measurement-beyond-budget">
          {t('work.committedBeyondBudget', {
            percent: formatInteger(beyondBudget, locale),
            budget: money(budget, locale),
          })}
        </Text>
      )}
    </Stack>
  );
}
