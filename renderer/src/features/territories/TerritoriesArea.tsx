import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { useWorkspace } from '../../workspace/workspace-context';
import { ComparisonPanel } from './comparison/ComparisonPanel';
import { MapsPanel } from './maps/MapsPanel';
import { MeetingPanel } from './meeting/MeetingPanel';
import { useNavigationRequest, type TerritoriesTab } from './stores';
import { IndicatorsPanel } from './IndicatorsPanel';
import { MunicipalitiesPanel } from './MunicipalitiesPanel';
import { SitesPanel } from './SitesPanel';
import { TerritorySetsPanel } from './TerritorySetsPanel';

/**
 * Territories and districts: the sites catalog, the indicator catalog and values, municipalities,
 * custom territories; then comparing them side by side, mapping them, and presenting in meetings.
 */
export function TerritoriesArea() {
  const { t } = useLocale();
  const { t: tc } = useTranslation('territories');
  const request = useNavigationRequest();
  // The user's pick, unless a later request (a profile's "Compare", "Enter the survey") asked for another tab.
  const [picked, setPicked] = useState<{ tab: TerritoriesTab; at: number }>({ tab: 'sites', at: 0 });
  const tab = request && request.at > picked.at ? request.tab : picked.tab;
  const setTab = (next: TerritoriesTab) => setPicked({ tab: next, at: Date.now() });
  const { generation } = useWorkspace();

  return (
    <Tabs value={tab} onChange={(v) => v && setTab(v as TerritoriesTab)} keepMounted={false} data-testid="area-territories">
      <Tabs.List mb="xs">
        <Tabs.Tab value="sites" data-testid="tab-sites">
          {t('territories.sitesTab')}
        </Tabs.Tab>
        <Tabs.Tab value="indicators" data-testid="tab-indicators">
          {tc('territories.indicatorsTab')}
        </Tabs.Tab>
        <Tabs.Tab value="municipalities" data-testid="tab-municipalities">
          {t('territories.municipalitiesTab')}
        </Tabs.Tab>
        <Tabs.Tab value="sets" data-testid="tab-sets">
          {tc('territories.setsTab')}
        </Tabs.Tab>
        <Tabs.Tab value="compare" data-testid="tab-compare" ml="md">
          {tc('area.compareTab')}
        </Tabs.Tab>
        <Tabs.Tab value="maps" data-testid="tab-maps">
          {tc('area.mapsTab')}
        </Tabs.Tab>
        <Tabs.Tab value="meeting" data-testid="tab-meeting">
          {tc('area.meetingTab')}
        </Tabs.Tab>
      </Tabs.List>
      {/* Another workspace: fresh panels, since old selections and error marks mean nothing there. */}
      <Tabs.Panel value="sites">
        <SitesPanel key={generation} />
      </Tabs.Panel>
      <Tabs.Panel value="indicators">
        <IndicatorsPanel key={generation} />
      </Tabs.Panel>
      <Tabs.Panel value="municipalities">
        <MunicipalitiesPanel key={generation} />
      </Tabs.Panel>
      <Tabs.Panel value="sets">
        <TerritorySetsPanel key={generation} />
      </Tabs.Panel>
      <Tabs.Panel value="compare">
        <ComparisonPanel key={generation} />
      </Tabs.Panel>
      <Tabs.Panel value="maps">
        <MapsPanel key={generation} />
      </Tabs.Panel>
      <Tabs.Panel value="meeting">
        <MeetingPanel key={generation} />
      </Tabs.Panel>
    </Tabs>
  );
}
