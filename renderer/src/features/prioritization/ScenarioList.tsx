import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { ScenarioSummary } from '../../../../shared/features/prioritization/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatDateTime } from '../../i18n/format';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import type { Engine } from '../../workspace/workspace-controller';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { NameModal } from './NameModal';
import { usePrioritization } from './use-prioritization';

interface Props {
  scenarios: ScenarioSummary[] | undefined;
  selected: number | null;
  onSelect: (id: number) => void;
  comparing: boolean;
  onCompare: () => void;
}

/** The workspace's scenarios with new, duplicate, freeze, delete and compare. */
export function ScenarioList({ scenarios, selected, onSelect, comparing, onCompare }: Props) {
  const { t, locale } = usePrioritization();
  const controller = useWorkspaceController();
  const [naming, setNaming] = useState<'new' | 'duplicate' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const current = scenarios?.find((s) => s.id === selected) ?? null;

  const act = async (
    work: (engine: Engine) => Promise<unknown>,
    done: 'list.unfrozen' | 'list.frozen' | 'list.deleted',
    failed: 'list.freezeFailed' | 'list.deleteFailed',
  ) => {
    try {
      await controller.mutate(work);
      const name = current?.name ?? '';
      notify({ kind: 'success', title: (lng) => t(done, { lng }), message: () => name });
    } catch (error) {
      notifyError(error, (lng) => t(failed, { lng }));
    }
  };

  const create = async (name: string) => {
    const created = await controller.mutate((engine) =>
      naming === 'duplicate' && current ? engine.duplicateScenario(current.id, name) : engine.createScenario({ name }),
    );
    setNaming(null);
    onSelect(created.id);
  };

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="scenario-list" data-loaded={scenarios !== undefined}>
      {/* New and Compare act on the list; the selected scenario's own actions sit in its entry. Five
          buttons in one row wrapped onto three in the list's width at 1280 px. */}
      <Group justify="space-between" gap={6} mb="xs" wrap="nowrap">
        <Button size="xs" onClick={() => setNaming('new')} data-testid="scenario-new">
          {t('list.new')}
        </Button>
        <Button
          size="xs"
          variant={comparing ? 'filled' : 'light'}
          onClick={onCompare}
          disabled={(scenarios?.length ?? 0) < 2}
          data-testid="scenario-compare"
        >
          {t('list.compare')}
        </Button>
      </Group>
      <Stack gap={4}>
        {scenarios?.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('list.none')}
          </Text>
        )}
        {scenarios?.map((s) => (
          <div
            key={s.id}
            data-testid="scenario-item"
            data-name={s.name}
            style={{
              borderRadius: 4,
              background: s.id === selected ? 'var(--mantine-primary-color-light)' : undefined,
            }}
          >
            <UnstyledButton onClick={() => onSelect(s.id)} aria-current={s.id === selected ? 'true' : undefined} p={6} w="100%">
              <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
                {/* Two lines, then cut; the badges keep their width (a long name squeezed "Frozen" to a dot). */}
                <Text
                  size="sm"
                  fw={600}
                  lineClamp={2}
                  title={s.name}
                  style={{ minWidth: 0, overflowWrap: 'anywhere' }}
                  data-testid="scenario-item-name"
                >
                  {s.name}
                </Text>
                <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                  {s.frozenAt && (
                    <Badge size="xs" color="cyan" variant="light" data-testid="scenario-frozen-badge">
                      {t('list.frozenBadge')}
                    </Badge>
                  )}
                  <Badge size="xs" variant="outline">
                    {t(`methods.${s.method}`)}
                  </Badge>
                </Group>
              </Group>
              <Text size="xs" c="dimmed">
                {t('list.counts', {
                  alternatives: t('list.countsAlternatives', { count: s.alternatives }),
                  criteria: t('list.countsCriteria', { count: s.criteria }),
                })}{' '}
                · {formatDateTime(s.updatedAt, locale)}
              </Text>
            </UnstyledButton>
            {s.id === selected && (
              <Group gap={2} px={2} pb={4} data-testid="scenario-actions">
                <Button size="compact-xs" variant="subtle" px={4} onClick={() => setNaming('duplicate')} data-testid="scenario-duplicate">
                  {t('list.duplicate')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  px={4}
                  data-testid="scenario-freeze"
                  onClick={() =>
                    void (s.frozenAt
                      ? act((e) => e.unfreezeScenario(s.id), 'list.unfrozen', 'list.freezeFailed')
                      : act((e) => e.freezeScenario(s.id), 'list.frozen', 'list.freezeFailed'))
                  }
                >
                  {s.frozenAt ? t('list.unfreeze') : t('list.freeze')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  px={4}
                  color="red"
                  onClick={() => setDeleting(true)}
                  data-testid="scenario-delete"
                >
                  {t('list.delete')}
                </Button>
              </Group>
            )}
          </div>
        ))}
      </Stack>
      <NameModal
        opened={naming !== null}
        title={naming === 'duplicate' ? t('list.duplicateTitle') : t('list.newTitle')}
        initial={naming === 'duplicate' && current ? t('list.copyName', { name: current.name }) : ''}
        confirmLabel={naming === 'duplicate' ? t('list.duplicate') : t('list.create')}
        onCancel={() => setNaming(null)}
        onConfirm={create}
      />
      <ConfirmModal
        opened={deleting}
        title={t('list.deleteTitle')}
        message={t('list.deleteMessage', { name: current?.name ?? '' })}
        confirmLabel={t('list.delete')}
        danger
        testId="scenario-delete-modal"
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          if (current) void act((e) => e.deleteScenario(current.id), 'list.deleted', 'list.deleteFailed');
        }}
      />
    </Paper>
  );
}
