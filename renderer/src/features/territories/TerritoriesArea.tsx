import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useLocale } from '../../i18n';
import { useWorkspace } from '../../workspace/workspace-context';
import { MunicipalitiesPanel } from './MunicipalitiesPanel';
import { SitesPanel } from './SitesPanel';

/** Territories and districts: the sites planners compare, and the reference municipalities. */
export function TerritoriesArea() {
  const { t } = useLocale();
  const [tab, setTab] = useState<string | null>('sites');
  const { generation } = useWorkspace();
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false} data-testid="area-territories">
      <Tabs.List mb="xs">
        <Tabs.Tab value="sites" data-testid="tab-sites">
          {t('territories.sitesTab')}
        </Tabs.Tab>
        <Tabs.Tab value="municipalities" data-testid="tab-municipalities">
          {t('territories.municipalitiesTab')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="sites">
        {/* Another workspace: a fresh panel, since the old selection and error marks mean nothing there. */}
        <SitesPanel key={generation} />
      </Tabs.Panel>
      <Tabs.Panel value="municipalities">
        <MunicipalitiesPanel />
      </Tabs.Panel>
    </Tabs>
  );
}
