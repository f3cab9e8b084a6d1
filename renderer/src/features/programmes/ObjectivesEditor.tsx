import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { Framework, Objective, ResultRow } from '../../../../shared/features/programmes/types';
import { CodeTitleModal, type CodeTitle } from './CodeTitleModal';
import { useProgrammeEdit } from './use-programme-edit';

type Editing =
  { kind: 'objective'; id?: number; initial: CodeTitle } | { kind: 'result'; objectiveId: number; id?: number; initial: CodeTitle };

const EMPTY: CodeTitle = { code: '', title: '' };

/** An objective or a result about to be deleted, with what goes or is left without it. */
interface Deleting {
  what: string;
  results: number;
  indicators: number;
  run: () => void;
}

/** Objectives and their results: created, renamed and removed in place (each one undoable step). */
export function ObjectivesEditor({ framework }: { framework: Framework }) {
  const { t } = useTranslation('programmes');
  const edit = useProgrammeEdit();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const programmeId = framework.programme.id;

  const save = async (value: CodeTitle): Promise<boolean> => {
    if (!editing) return false;
    const done =
      editing.kind === 'objective'
        ? await edit((e) => e.saveObjective({ programmeId, id: editing.id, ...value }))
        : await edit((e) => e.saveResult({ objectiveId: editing.objectiveId, id: editing.id, ...value }));
    return done !== undefined;
  };
  const resultsOf = (o: Objective): ResultRow[] => framework.results.filter((r) => r.objectiveId === o.id);
  const indicatorsOf = (results: readonly ResultRow[]): number =>
    framework.indicators.filter((i) => results.some((r) => r.id === i.resultId)).length;
  /** Deletes at once what nothing hangs on; asks first when results go with it or indicators lose theirs. */
  const remove = (item: Deleting) => {
    if (item.results === 0 && item.indicators === 0) item.run();
    else setDeleting(item);
  };

  return (
    <Paper withBorder p="xs" data-testid="objectives-editor">
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{t('framework.objectives')}</Text>
        <Button size="xs" variant="light" onClick={() => setEditing({ kind: 'objective', initial: EMPTY })} data-testid="objective-add">
          {t('framework.addObjective')}
        </Button>
      </Group>
      {framework.objectives.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('framework.noObjectives')}
        </Text>
      )}
      <Stack gap={4}>
        {framework.objectives.map((o) => (
          <Stack key={o.id} gap={2} data-testid={`objective-${o.code}`}>
            <Group gap="xs">
              <Text fw={600}>
                {o.code} {o.title}
              </Text>
              <EditButtons
                onEdit={() => setEditing({ kind: 'objective', id: o.id, initial: o })}
                onDelete={() =>
                  remove({
                    what: `${o.code} ${o.title}`,
                    results: resultsOf(o).length,
                    indicators: indicatorsOf(resultsOf(o)),
                    run: () => void edit((e) => e.deleteObjective(o.id)),
                  })
                }
                testId={`objective-${o.code}`}
              />
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setEditing({ kind: 'result', objectiveId: o.id, initial: EMPTY })}
                data-testid={`result-add-${o.code}`}
              >
                {t('framework.addResult')}
              </Button>
            </Group>
            {resultsOf(o).map((r) => (
              <Group key={r.id} gap="xs" pl="lg" data-testid={`result-${r.code}`}>
                <Text size="sm">
                  {r.code} {r.title}
                </Text>
                <EditButtons
                  onEdit={() => setEditing({ kind: 'result', objectiveId: o.id, id: r.id, initial: r })}
                  onDelete={() =>
                    remove({
                      what: `${r.code} ${r.title}`,
                      results: 0,
                      indicators: indicatorsOf([r]),
                      run: () => void edit((e) => e.deleteResult(r.id)),
                    })
                  }
                  testId={`result-${r.code}`}
                />
              </Group>
            ))}
          </Stack>
        ))}
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        title={t('framework.confirmDelete', { what: deleting?.what ?? '' })}
        message={[
          deleting && deleting.results > 0 ? t('framework.alsoResults', { count: deleting.results }) : '',
          deleting && deleting.indicators > 0 ? t('framework.detached', { count: deleting.indicators }) : '',
          t('framework.undoable'),
        ]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('delete')}
        danger
        onConfirm={() => {
          deleting?.run();
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
        testId="framework-delete"
      />
      {editing && (
        <CodeTitleModal
          heading={t(editing.kind === 'objective' ? 'framework.objective' : 'framework.result')}
          initial={editing.initial}
          onSave={save}
          onClose={() => setEditing(null)}
          testId={`${editing.kind}-form`}
        />
      )}
    </Paper>
  );
}

function EditButtons({ onEdit, onDelete, testId }: { onEdit: () => void; onDelete: () => void; testId: string }) {
  const { t } = useTranslation('programmes');
  return (
    <>
      <ActionIcon size="sm" variant="subtle" onClick={onEdit} aria-label={t('edit')} title={t('edit')} data-testid={`${testId}-edit`}>
        ✎
      </ActionIcon>
      <ActionIcon
        size="sm"
        variant="subtle"
        color="red"
        onClick={onDelete}
        aria-label={t('delete')}
        title={t('deleteUndoable')}
        data-testid={`${testId}-delete`}
      >
        ✕
      </ActionIcon>
    </>
  );
}
