import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace/workspace-context';
import { CanonicalExportPanel } from './CanonicalExportPanel';
import { FileDropZone } from './FileDropZone';
import { HistoryPanel } from './HistoryPanel';
import { requestImport } from './request-import';
import { TemplatesPanel } from './TemplatesPanel';
import './importer.css';

type Tab = 'history' | 'templates' | 'export';

/**
 * Import and export: start an import (pick or drop a file), the history of import batches with
 * undo, the saved mappings, and the canonical CSVs that import back. Every grid and chart also
 * exports what it shows.
 */
export function ImportArea() {
  const { t } = useTranslation('importer');
  const { generation } = useWorkspace();
  const [tab, setTab] = useState<Tab>('history');

  return (
    <Stack gap="sm" data-testid="area-import-export">
      <Group justify="space-between" align="baseline">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('area.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('area.subtitle')}
          </Text>
        </Group>
      </Group>
      <FileDropZone onFile={requestImport} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List mb="xs">
          <Tabs.Tab value="history" data-testid="import-tab-history">
            {t('area.historyTab')}
          </Tabs.Tab>
          <Tabs.Tab value="templates" data-testid="import-tab-templates">
            {t('area.templatesTab')}
          </Tabs.Tab>
          <Tabs.Tab value="export" data-testid="import-tab-export">
            {t('area.exportTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history">
          <HistoryPanel key={generation} />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesPanel key={generation} />
        </Tabs.Panel>
        <Tabs.Panel value="export">
          <CanonicalExportPanel key={generation} />
        </Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed">
        {t('area.exportNote')}
      </Text>
    </Stack>
  );
}
