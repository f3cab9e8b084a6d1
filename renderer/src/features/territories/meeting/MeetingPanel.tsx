import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSequence, MeetingView } from '../../../../../shared/features/territories/types';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError } from '../../../notifications/notify-error';
import { useEngineData } from '../../../workspace/use-engine-data';
import { useWorkspaceController } from '../../../workspace/workspace-context';
import { presentSequence } from './meeting-store';

/** Meeting sequences kept in the workspace: order their views, rename, delete, present. */
export function MeetingPanel() {
  const { t } = useTranslation('territories');
  const controller = useWorkspaceController();
  const sequences = useEngineData((engine) => engine.meetingSequences(), []);
  const [deleting, setDeleting] = useState<MeetingSequence | null>(null);

  const save = (sequence: MeetingSequence, patch: { name?: string; views?: MeetingView[] }) =>
    controller
      .mutate((engine) =>
        engine.saveMeetingSequence({ id: sequence.id, name: patch.name ?? sequence.name, views: patch.views ?? sequence.views }),
      )
      .catch((error: unknown) => notifyError(error, (lng) => t('meeting.saveFailed', { lng })));

  const move = (sequence: MeetingSequence, from: number, to: number) => {
    if (to < 0 || to >= sequence.views.length) return;
    const views = [...sequence.views];
    const [moved] = views.splice(from, 1);
    if (moved) views.splice(to, 0, moved);
    void save(sequence, { views });
  };

  return (
    <Stack gap="sm" data-testid="meeting-panel">
      <Text size="sm" c="dimmed">
        {t('meeting.intro')}
      </Text>
      {(sequences.data ?? []).length === 0 && !sequences.loading && <Alert color="blue">{t('meeting.none')}</Alert>}
      {(sequences.data ?? []).map((sequence) => (
        <Paper key={sequence.id} withBorder p="sm" radius="sm" data-testid={`meeting-sequence-${sequence.name}`}>
          <Group justify="space-between" mb="xs">
            <TextInput
              size="xs"
              defaultValue={sequence.name}
              aria-label={t('meeting.name')}
              onBlur={(e) =>
                e.currentTarget.value.trim() &&
                e.currentTarget.value.trim() !== sequence.name &&
                void save(sequence, { name: e.currentTarget.value.trim() })
              }
              w={280}
            />
            <Group gap="xs">
              <Button
                size="xs"
                onClick={() => presentSequence(sequence.id, 0)}
                disabled={sequence.views.length === 0}
                data-testid={`meeting-present-${sequence.name}`}
              >
                {t('meeting.present')}
              </Button>
              <Button size="xs" variant="default" color="red" onClick={() => setDeleting(sequence)}>
                {t('meeting.delete')}
              </Button>
            </Group>
          </Group>
          <Stack gap={4}>
            {sequence.views.map((view, i) => (
              <Group key={`${i}-${view.title}`} justify="space-between" wrap="nowrap" data-testid="meeting-view">
                <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                  <Badge size="sm" variant="light">
                    {i + 1}
                  </Badge>
                  <Badge size="sm" variant="outline" color="gray">
                    {t(`meeting.kinds.${view.kind}`)}
                  </Badge>
                  <Text size="sm" truncate>
                    {view.title}
                  </Text>
                </Group>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    onClick={() => presentSequence(sequence.id, i)}
                    aria-label={t('meeting.presentFrom', { index: i + 1 })}
                  >
                    ▶
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    disabled={i === 0}
                    onClick={() => move(sequence, i, i - 1)}
                    aria-label={t('meeting.moveUp')}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    disabled={i === sequence.views.length - 1}
                    onClick={() => move(sequence, i, i + 1)}
                    aria-label={t('meeting.moveDown')}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    onClick={() => void save(sequence, { views: sequence.views.filter((_, j) => j !== i) })}
                    aria-label={t('meeting.removeView')}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
      <ConfirmModal
        opened={deleting !== null}
        title={t('meeting.deleteTitle')}
        message={t('meeting.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('meeting.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target)
            controller
              .mutate((engine) => engine.deleteMeetingSequence(target.id))
              .catch((error: unknown) => notifyError(error, (lng) => t('meeting.saveFailed', { lng })));
        }}
      />
    </Stack>
  );
}
