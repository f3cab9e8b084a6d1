import { ActionIcon, Button, Group, Menu, Modal, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridViewInfo } from '../../../../shared/features/territories/types';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useEngineQuery } from '../../workspace/use-engine-data';
import { gridViewsQuery } from './grid-views-query';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { isGridViewState, type GridViewState } from './grid-meta';

interface Props {
  gridId: string;
  testId: string;
  current: () => GridViewState | null;
  onApply: (state: GridViewState) => void;
}

/** Saved views of a grid, kept in the workspace: apply one, save the current one under a name, delete. */
export function GridViewsMenu({ gridId, testId, current, onApply }: Props) {
  const { t } = useTranslation('territories');
  const controller = useWorkspaceController();
  const views = useEngineQuery(gridViewsQuery(gridId));
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  const save = async () => {
    const state = current();
    if (!state || !name.trim()) return;
    try {
      await controller.mutate((engine) => engine.saveGridView({ gridId, name: name.trim(), state: { ...state } }));
      const saved = name.trim();
      notify({ kind: 'success', title: (lng) => t('grid.viewSaved', { lng }), message: () => saved });
      setNaming(false);
    } catch (error) {
      notifyError(error, (lng) => t('grid.viewSaveFailed', { lng }));
    }
  };

  const remove = (view: GridViewInfo) => {
    controller
      .mutate((engine) => engine.deleteGridView(view.id))
      .catch((error: unknown) => notifyError(error, (lng) => t('grid.viewSaveFailed', { lng })));
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal closeOnItemClick>
        <Menu.Target>
          <Button size="xs" variant="default" data-testid={`${testId}-views`}>
            {t('grid.views')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid={`${testId}-views-menu`}>
          {(views.data ?? []).length === 0 && (
            <Menu.Label>
              <Text size="xs" c="dimmed">
                {t('grid.noViews')}
              </Text>
            </Menu.Label>
          )}
          {(views.data ?? []).map((view) => (
            <Menu.Item
              key={view.id}
              onClick={() => isGridViewState(view.state) && onApply(view.state)}
              data-testid={`${testId}-view-${view.name}`}
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('grid.deleteView', { name: view.name })}
                  onClick={(event) => {
                    event.stopPropagation();
                    remove(view);
                  }}
                >
                  ×
                </ActionIcon>
              }
            >
              {view.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item
            onClick={() => {
              setName('');
              setNaming(true);
            }}
            data-testid={`${testId}-save-view`}
          >
            {t('grid.saveView')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('grid.saveView')} size="sm">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TextInput
            label={t('grid.viewName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            data-testid={`${testId}-view-name`}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t('grid.viewHint')}
          </Text>
          <Group justify="flex-end" mt="md">
            <Button type="submit" disabled={!name.trim()} data-testid={`${testId}-view-submit`}>
              {t('grid.save')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
