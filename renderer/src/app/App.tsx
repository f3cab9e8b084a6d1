import { AppShell, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CompareShell } from '../features/compare/CompareShell';
import { DashboardArea } from '../features/dashboard/DashboardArea';
import { PrioritizationArea } from '../features/prioritization/PrioritizationArea';
import { ProgrammesArea } from '../features/programmes/ProgrammesArea';
import { EconomyArea } from '../features/economy/EconomyArea';
import { ImportArea } from '../features/importer/ImportArea';
import { ImportWizardHost } from '../features/importer/ImportWizard';
import { requestDroppedImport } from '../features/importer/request-import';
import { useWindowFileDrop } from '../features/importer/use-window-file-drop';
import { WindowDropOverlay } from '../features/importer/WindowDropOverlay';
import { SettingsArea } from '../features/settings/SettingsArea';
import { TerritoriesArea } from '../features/territories/TerritoriesArea';
import { useLocale } from '../i18n';
import { NotificationStack } from '../notifications/NotificationStack';
import { getPlatform } from '../platform';
import { useWorkspace } from '../workspace/workspace-context';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';
import { AVAILABLE_AREAS, type Area } from './areas';
import { NotAvailable } from './NotAvailable';

export function App() {
  const { t, locale } = useLocale();
  const workspace = useWorkspace();
  const [area, setArea] = useState<Area>('dashboard');
  // The data version the dashboard last finished loading; `app-ready` waits for it.
  const [dashboardVersion, setDashboardVersion] = useState(-1);

  useEffect(() => getPlatform().setLocale(locale), [locale]);
  // A spreadsheet dropped anywhere on the window opens the import wizard over the current area.
  const draggingFiles = useWindowFileDrop(requestDroppedImport);

  // A dashboard mounted again must load again before the app reports itself ready.
  const selectArea = (next: Area) => {
    // The same area again (its nav item, or "see it on the dashboard" from over it) keeps what it loaded.
    if (next === area) return;
    setDashboardVersion(-1);
    setArea(next);
  };

  const ready = workspace.status === 'ready' && (area !== 'dashboard' || dashboardVersion === workspace.dataVersion);

  return (
    <AppShell header={{ height: 44 }} navbar={{ width: 220, breakpoint: 0 }} padding="sm">
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Navbar p={4}>
        <AppNavbar active={area} onSelect={selectArea} />
      </AppShell.Navbar>
      <AppShell.Main>
        {workspace.status === 'starting' || workspace.status === 'failed' ? (
          <Center h="60vh">
            <Stack align="center" gap="xs">
              {workspace.status === 'starting' && <Loader size="sm" />}
              <Text size="sm" c="dimmed" data-testid="starting">
                {workspace.status === 'starting' ? t('workspace.starting') : t('workspace.startFailed')}
              </Text>
            </Stack>
          </Center>
        ) : (
          <>
            {area === 'dashboard' && <DashboardArea onLoaded={setDashboardVersion} />}
            {area === 'territories' && <TerritoriesArea />}
            {area === 'prioritization' && <PrioritizationArea />}
            {area === 'economy' && <EconomyArea />}
            {area === 'import-export' && <ImportArea />}
            {area === 'programmes' && <ProgrammesArea />}
            {area === 'settings' && <SettingsArea />}
            {!AVAILABLE_AREAS.has(area) && <NotAvailable area={area} />}
          </>
        )}
        {ready && <span data-testid="app-ready" data-generation={workspace.generation} hidden />}
      </AppShell.Main>
      <NotificationStack />
      <CompareShell onNavigate={selectArea} />
      {workspace.status !== 'starting' && workspace.status !== 'failed' && <ImportWizardHost onNavigate={selectArea} />}
      <WindowDropOverlay visible={draggingFiles} />
    </AppShell>
  );
}
