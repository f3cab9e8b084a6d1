import { Alert, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { scenarioNameIn } from '../../../../shared/features/prioritization/demo-text';
import { translateError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspace } from '../../workspace/workspace-context';
import { ScenarioComparisonPanel } from './ScenarioComparisonPanel';
import './echarts-extra';
import './prioritization.css';
import { ScenarioList } from './ScenarioList';
import { ScenarioView } from './ScenarioView';
import { usePrioritization } from './use-prioritization';

/**
 * The scenario picked, by workspace generation, outside the area (as its drafts are, in
 * use-scenario-draft): leaving for another area unmounts the area, and coming back showed the list's
 * first scenario instead of the one the planner was editing, its unsaved draft out of sight.
 */
const pickedIn = new Map<number, number>();

/**
 * Prioritization: scenarios on the left; the selected one on the right (definition, weights,
 * results, sensitivity, stakeholders), or several side by side.
 */
export function PrioritizationArea() {
  const { t, locale } = usePrioritization();
  const { generation } = useWorkspace();
  const [picked, setPicked] = useState<number | null>(() => pickedIn.get(generation) ?? null);
  const [comparing, setComparing] = useState(false);
  const list = useEngineData((engine) => engine.listScenarios(), []);
  // The demo scenario's name in the UI's language: the list, Compare's picker and Duplicate's suggested name.
  const scenarios = useMemo(() => list.data?.map((s) => ({ ...s, name: scenarioNameIn(s.name, locale) })), [list.data, locale]);
  const current = scenarios?.find((s) => s.id === picked) ?? scenarios?.[0] ?? null;

  return (
    <Stack gap="sm" data-testid="area-prioritization">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('title')}</Title>
        <Text size="xs" c="dimmed" maw={640} ta="right">
          {t('subtitle')}
        </Text>
      </Group>
      {list.error !== null && (
        <Alert color="red" role="alert">
          {translateError(list.error).message}
        </Alert>
      )}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <div className="prioritization-scenarios">
            <ScenarioList
              scenarios={scenarios}
              selected={comparing ? null : (current?.id ?? null)}
              onSelect={(id) => {
                pickedIn.set(generation, id);
                setPicked(id);
                setComparing(false);
              }}
              comparing={comparing}
              onCompare={() => setComparing((c) => !c)}
            />
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 9 }}>
          {comparing && scenarios ? (
            <ScenarioComparisonPanel scenarios={scenarios} />
          ) : current ? (
            // Another workspace or scenario: a fresh view, since an unsaved draft belongs to the one it was made on.
            <ScenarioView key={`${generation}:${current.id}`} id={current.id} />
          ) : (
            <Paper withBorder p="lg" radius="sm" data-testid="scenario-empty">
              <Text fw={600}>{t('empty.title')}</Text>
              <Text size="sm" c="dimmed" mt={4}>
                {t('empty.hint')}
              </Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
