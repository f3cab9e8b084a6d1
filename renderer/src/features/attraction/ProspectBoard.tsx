import { ActionIcon, Badge, Group, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import type { ProspectView } from '../../../../shared/features/attraction/types';
import { PROSPECT_STAGES, type ProspectStage } from '../../../../shared/features/attraction/vocabulary';
import { brl } from './format';
import { shortDate } from '../../i18n/format';
import { useAttraction } from './use-attraction';

const DRAG_TYPE = 'application/x-arranjo-prospect';

/**
 * The pipeline as a board: one column per stage, cards dragged between columns (HTML5 drag and
 * drop), with ◀ ▶ buttons on each card as the keyboard alternative and ✎ to edit the company.
 * Overdue next actions are marked.
 */
export function ProspectBoard({ prospects, onEdit }: { prospects: ProspectView[]; onEdit: (prospect: ProspectView) => void }) {
  const { t, locale, act } = useAttraction();
  const [over, setOver] = useState<ProspectStage | null>(null);
  const move = (id: number, stage: ProspectStage) => void act((e) => e.moveProspect(id, stage));
  const onDrop = (stage: ProspectStage) => (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(null);
    const id = Number(event.dataTransfer.getData(DRAG_TYPE));
    const card = prospects.find((p) => p.id === id);
    if (card && card.stage !== stage) move(id, stage);
  };
  return (
    <div className="attraction-board" data-testid="attraction-board">
      {PROSPECT_STAGES.map((stage, index) => (
        <div
          key={stage}
          className="attraction-column"
          data-over={over === stage}
          data-testid={`attraction-column-${stage}`}
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes(DRAG_TYPE)) {
              e.preventDefault();
              setOver(stage);
            }
          }}
          onDragLeave={() => setOver((s) => (s === stage ? null : s))}
          onDrop={onDrop(stage)}
        >
          <Group justify="space-between" mb={6}>
            <Text size="sm" fw={700}>
              {t(`stage.${stage}`)}
            </Text>
            <Badge size="sm" variant="light">
              {prospects.filter((p) => p.stage === stage).length}
            </Badge>
          </Group>
          {prospects
            .filter((p) => p.stage === stage)
            .map((p) => (
              <div
                key={p.id}
                className="attraction-card"
                draggable
                data-overdue={p.overdue}
                data-testid={`attraction-card-${p.id}`}
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, String(p.id));
                  e.dataTransfer.effectAllowed = 'move';
                }}
              >
                <Stack gap={2}>
                  <Text size="xs" fw={600} lineClamp={3} title={p.company}>
                    {p.company}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {brl(p.investment, locale)} · {p.jobs ?? '–'} {t('prospects.jobs').toLowerCase()}
                  </Text>
                  {p.nextAction && (
                    <Text size="xs" c={p.overdue ? 'red' : undefined}>
                      {p.nextAction}
                      {/* No date set: the action alone, not "Primeiro contato (–)". */}
                      {p.nextActionDate ? ` (${shortDate(p.nextActionDate, locale)})` : ''}
                      {p.overdue ? ` — ${t('prospects.overdue')}` : ''}
                    </Text>
                  )}
                  <Group gap={2} justify="flex-end">
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      onClick={() => onEdit(p)}
                      aria-label={t('edit.title', { company: p.company })}
                      data-testid={`attraction-card-edit-${p.id}`}
                    >
                      ✎
                    </ActionIcon>
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      disabled={index === 0}
                      onClick={() => move(p.id, PROSPECT_STAGES[index - 1] ?? stage)}
                      aria-label={t('prospects.moveLeft', { company: p.company })}
                    >
                      ◀
                    </ActionIcon>
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      disabled={index === PROSPECT_STAGES.length - 1}
                      onClick={() => move(p.id, PROSPECT_STAGES[index + 1] ?? stage)}
                      aria-label={t('prospects.moveRight', { company: p.company })}
                      data-testid={`attraction-card-next-${p.id}`}
                    >
                      ▶
                    </ActionIcon>
                  </Group>
                </Stack>
              </div>
            ))}
        </div>
      ))}
    </div>
  );
}
