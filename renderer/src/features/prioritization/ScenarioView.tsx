import { Alert, Badge, Button, Center, Group, Loader, Paper, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { runIn, scenarioIn } from '../../../../shared/features/prioritization/scenario-language';
import type { CriterionSourceOption, SensitivityOptions } from '../../../../shared/features/prioritization/types';
import { downloadBlob, safeFileName } from '../../lib/download';
import { notifyError, translateError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useEngine } from '../../workspace/workspace-context';
import { DefinitionTab } from './DefinitionTab';
import { ResultsTab } from './ResultsTab';
import { saveErrorText } from './save-error';
import { SensitivityTab } from './SensitivityTab';
import { StakeholdersTab } from './StakeholdersTab';
import { useScenarioDraft } from './use-scenario-draft';
import { usePrioritization } from './use-prioritization';
import { WeightsTab } from './WeightsTab';
import { formatDateTime } from '../../i18n/format';

const NO_OPTIONS: readonly CriterionSourceOption[] = [];

export const DEFAULT_SENSITIVITY: SensitivityOptions = { draws: 10_000, seed: 1, spread: 0.2, sampling: 'perturbation' };

/** One scenario: its definition and weights (edited as a draft, saved as a whole) and its analyses. */
export function ScenarioView({ id }: { id: number }) {
  const { t, locale } = usePrioritization();
  const engine = useEngine();
  const scenario = useEngineData((e) => e.getScenario(id), [id]);
  // The scenario as shown: the demo's words and the criteria labelled from the list in the UI's language
  // (scenarioIn; the draft is made from it). Without the list, the criteria as stored.
  const sources = useEngineData((e) => e.criterionSources(), []);
  const options = sources.data ?? NO_OPTIONS;
  const shown = useMemo(() => (scenario.data ? scenarioIn(scenario.data, options, locale) : undefined), [scenario.data, options, locale]);
  const ready = !scenario.loading && !sources.loading;
  const { draft, dirty, update, save, discard } = useScenarioDraft(id, ready ? shown : undefined, locale);
  // The analyses follow the draft: the engine applies it (checked as a save would be) without writing.
  const pending = dirty && draft ? draft : undefined;
  const pendingKey = pending ? JSON.stringify(pending) : '';
  const stored = useEngineData((e) => e.runScenario(id, pending), [id, pendingKey]);
  // Its criteria and name as the definition shows them: the results' columns, the charts and the map's title.
  const ran = useMemo(() => stored.data && runIn(stored.data, options, locale), [stored.data, options, locale]);
  const run = { ...stored, data: ran };
  const [tab, setTab] = useState<string | null>('definition');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Said beside the title until the next edit, not in a floating message that would cover a chart.
  const [justSaved, setJustSaved] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [sensitivity, setSensitivity] = useState<SensitivityOptions>(DEFAULT_SENSITIVITY);

  if (!shown || !draft) {
    return <Center h={200}>{scenario.error ? <Text c="red">{translateError(scenario.error).message}</Text> : <Loader size="sm" />}</Center>;
  }
  const s = shown;

  const onSave = async () => {
    setSaving(true);
    try {
      await save();
      setSaveError(null);
      setJustSaved(true);
    } catch (error) {
      setSaveError(saveErrorText(error, draft, t));
    } finally {
      setSaving(false);
    }
  };

  const onExport = async () => {
    setExporting(true);
    try {
      const bytes = await engine.exportScenarioWorkbook(id, locale, sensitivity);
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      downloadBlob(blob, `${safeFileName(`${t('export.fileName')} - ${s.name}`)}.xlsx`);
    } catch (error) {
      notifyError(error, (lng) => t('export.failed', { lng }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="scenario-view" data-scenario={s.name}>
      {/* Wrapped when narrow: held on one line, the badge was cut ("CAMBIOS SIN GUARD…" at 1366 px). */}
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={4}>{draft.name}</Title>
          {s.frozenAt && (
            <Badge color="cyan" variant="light">
              {t('list.frozenBadge')}
            </Badge>
          )}
          {justSaved && !dirty && (
            <Badge color="teal" variant="light" data-testid="scenario-saved">
              {t('editor.saved')}
            </Badge>
          )}
          {dirty && (
            <Badge color="yellow" variant="light" data-testid="scenario-dirty">
              {t('editor.unsaved')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" disabled={!dirty} onClick={discard} data-testid="scenario-discard">
            {t('editor.discard')}
          </Button>
          <Button size="xs" disabled={!dirty} loading={saving} onClick={() => void onSave()} data-testid="scenario-save">
            {t('editor.save')}
          </Button>
          <Button size="xs" variant="light" loading={exporting} onClick={() => void onExport()} data-testid="scenario-export">
            {t('export.button')}
          </Button>
        </Group>
      </Group>
      {saveError && (
        <Alert
          color="red"
          mb="xs"
          role="alert"
          title={t('editor.saveFailed')}
          withCloseButton
          onClose={() => setSaveError(null)}
          data-testid="scenario-save-error"
        >
          {saveError}
        </Alert>
      )}
      {s.frozenAt && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('editor.frozenNote', { date: formatDateTime(s.frozenAt, locale) })}
        </Text>
      )}
      {dirty && tab !== 'definition' && tab !== 'weights' && (
        <Alert color="yellow" mb="xs" p={6}>
          <Text size="xs" data-testid="results-from-draft">
            {t('editor.resultsFromDraft')}
          </Text>
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="xs">
          <Tabs.Tab value="definition" data-testid="tab-definition">
            {t('tabs.definition')}
          </Tabs.Tab>
          <Tabs.Tab value="weights" data-testid="tab-weights">
            {t('tabs.weights')}
          </Tabs.Tab>
          <Tabs.Tab value="results" data-testid="tab-results">
            {t('tabs.results')}
          </Tabs.Tab>
          <Tabs.Tab value="sensitivity" data-testid="tab-sensitivity">
            {t('tabs.sensitivity')}
          </Tabs.Tab>
          <Tabs.Tab value="stakeholders" data-testid="tab-stakeholders">
            {t('tabs.stakeholders')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="definition">
          <DefinitionTab draft={draft} update={update} frozen={s.frozenAt !== null} />
        </Tabs.Panel>
        <Tabs.Panel value="weights">
          <WeightsTab draft={draft} update={update} scenarioId={id} pending={pending} />
        </Tabs.Panel>
        <Tabs.Panel value="results">
          <ResultsTab run={run} unsaved={dirty} />
        </Tabs.Panel>
        <Tabs.Panel value="sensitivity">
          <SensitivityTab run={run} scenarioId={id} pending={pending} options={sensitivity} onOptions={setSensitivity} />
        </Tabs.Panel>
        <Tabs.Panel value="stakeholders">
          <StakeholdersTab draft={draft} update={update} scenarioId={id} pending={pending} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
