import { ActionIcon, Button, Checkbox, Group, Popover, ScrollArea, SegmentedControl, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import type { Column, GridApi } from 'ag-grid-community';
import { useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isNumericKind, metaOf } from './grid-meta';

interface Props<T> {
  api: GridApi<T> | null;
  testId: string;
  groupBy: string | null;
  onGroupBy: (colId: string | null) => void;
  heat: readonly string[];
  onHeat: (colIds: string[]) => void;
}

const EVENTS = ['columnVisible', 'columnPinned', 'columnMoved', 'displayedColumnsChanged'] as const;

/**
 * The column chooser: show or hide, pin left or right, colour as a heat map; group the rows by a
 * column; put the columns back as they were.
 */
export function GridColumnsMenu<T>({ api, testId, groupBy, onGroupBy, heat, onHeat }: Props<T>) {
  const { t } = useTranslation('territories');
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [opened, setOpened] = useState(false);
  // Escape closes the menu wherever the focus is (the popover alone only hears it from inside);
  // an open group-by list takes its Escape first.
  useWindowEvent('keydown', (e) => {
    if (opened && e.key === 'Escape' && !e.defaultPrevented) setOpened(false);
  });

  useEffect(() => {
    if (!api) return;
    for (const e of EVENTS) api.addEventListener(e, refresh);
    return () => {
      if (api.isDestroyed()) return;
      for (const e of EVENTS) api.removeEventListener(e, refresh);
    };
  }, [api]);

  const columns: Column[] = api && !api.isDestroyed() ? (api.getColumns() ?? []).filter((c) => !c.getColId().startsWith('ag-Grid-')) : [];
  const groupable = columns.filter((c) => metaOf(c.getColDef()).groupable);
  const header = (c: Column) => (api ? api.getDisplayNameForColumn(c, null) : c.getColId());
  const toggleHeat = (colId: string) => onHeat(heat.includes(colId) ? heat.filter((h) => h !== colId) : [...heat, colId]);

  return (
    <Popover position="bottom-end" shadow="md" withinPortal width={420} opened={opened} onChange={setOpened}>
      <Popover.Target>
        <Button size="xs" variant="default" disabled={!api} onClick={() => setOpened((o) => !o)} data-testid={`${testId}-columns`}>
          {t('grid.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid={`${testId}-columns-menu`}>
        <Stack gap={6}>
          {groupable.length > 0 && (
            <Select
              size="xs"
              label={t('grid.groupBy')}
              data={[{ value: '', label: t('grid.noGrouping') }, ...groupable.map((c) => ({ value: c.getColId(), label: header(c) }))]}
              value={groupBy ?? ''}
              onChange={(value) => onGroupBy(value ? value : null)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
              data-testid={`${testId}-group-by`}
            />
          )}
          <Text size="xs" c="dimmed">
            {t('grid.columnsHint')}
          </Text>
          <ScrollArea.Autosize mah={360} type="auto">
            <Stack gap={2}>
              {columns.map((c) => {
                const colId = c.getColId();
                const numeric = isNumericKind(metaOf(c.getColDef()).kind);
                return (
                  <Group key={colId} gap={6} wrap="nowrap" justify="space-between">
                    <Checkbox
                      size="xs"
                      label={header(c)}
                      checked={c.isVisible()}
                      onChange={(e) => api?.setColumnsVisible([colId], e.currentTarget.checked)}
                      data-testid={`${testId}-column-${colId}`}
                      styles={{ label: { maxWidth: 210, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }}
                    />
                    <Group gap={4} wrap="nowrap">
                      {numeric && (
                        <Tooltip label={t('grid.heatMap')} withinPortal={false}>
                          <ActionIcon
                            size="sm"
                            variant={heat.includes(colId) ? 'filled' : 'default'}
                            color="green"
                            aria-label={`${t('grid.heatMap')}: ${header(c)}`}
                            aria-pressed={heat.includes(colId)}
                            onClick={() => toggleHeat(colId)}
                            data-testid={`${testId}-heat-${colId}`}
                          >
                            ▦
                          </ActionIcon>
                        </Tooltip>
                      )}
                      <SegmentedControl
                        size="xs"
                        value={c.getPinned() === 'left' ? 'left' : c.getPinned() === 'right' ? 'right' : 'none'}
                        onChange={(v) => api?.setColumnsPinned([colId], v === 'none' ? null : v)}
                        aria-label={`${t('grid.pin')}: ${header(c)}`}
                        data={[
                          { value: 'left', label: '⇤' },
                          { value: 'none', label: '·' },
                          { value: 'right', label: '⇥' },
                        ]}
                      />
                    </Group>
                  </Group>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          <Group justify="flex-end">
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => {
                api?.resetColumnState();
                onHeat([]);
                onGroupBy(null);
              }}
            >
              {t('grid.resetColumns')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
