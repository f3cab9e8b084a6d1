import { Alert, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { downloadBlob } from '../../lib/download';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData, useEngineQuery } from '../../workspace/use-engine-data';
import { BASELINES_QUERY, MILESTONES_QUERY, portfolioQuery } from './works-prefetch';
import { baselineNameIn } from '../../../../shared/features/works/demo-text';
import { useEngine } from '../../workspace/workspace-context';
import { BaselineBar, BaselineComparison } from './BaselineBar';
import { applyFilters, PortfolioPanel, type PortfolioFilters } from './PortfolioPanel';
import { WorkDrawer } from './WorkDrawer';
import { WorkFormModal } from './WorkFormModal';
import { NoDistrictsHint } from '../territories/NoDistrictsHint';
import { SITES_QUERY } from '../territories/territories-prefetch';
import { useStatusDate } from './status-date';
import { BudgetPanel, GanttPanel, SCurvePanel } from './WorksCharts';
import { DateField } from '../../components/DateField';
import { isIsoDate } from '../../i18n/format';

/**
 * Obras: the portfolio of revitalization works at a status date — grid with earned value, Gantt,
 * S-curves, budget, baselines — and each work's page. The figures are the engine's (`arranjo works`).
 * Opened on a district (`initialSiteId`, a ranked district's "Obras"), the portfolio shows its works
 * and a new work starts in it.
 */
export function WorksArea({ initialSiteId = null }: { initialSiteId?: number | null }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const engine = useEngine();
  // Shared with the district profile's works card: both show the works at this date.
  const [date, setStatusDate] = useStatusDate();
  const [filters, setFilters] = useState<PortfolioFilters>({ site: null, status: null, category: null, funding: null });
  const [baselineId, setBaselineId] = useState<string | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const portfolio = useEngineQuery(portfolioQuery(date));
  const baselines = useEngineQuery(BASELINES_QUERY);
  const chosen = baselines.data?.find((b) => String(b.id) === baselineId) ?? null;
  const baselineItems = useEngineData((e) => (chosen ? e.baselineItems(chosen.id) : Promise.resolve(null)), [chosen?.id ?? null]);
  const comparison = useEngineData((e) => (chosen ? e.compareBaseline(chosen.id) : Promise.resolve(null)), [chosen?.id ?? null]);
  const milestones = useEngineQuery(MILESTONES_QUERY);
  // Every work belongs to a district: without one, say where to add it rather than offer an empty list.
  const sites = useEngineQuery(SITES_QUERY);
  const noSites = sites.data?.length === 0;
  const focus = sites.data?.find((s) => s.id === initialSiteId) ?? null;
  const focusCode = focus?.code ?? null;
  // Once the districts are in, the portfolio is filtered on it (once: the planner may clear it).
  const [focused, setFocused] = useState<string | null>(null);
  if (focusCode !== null && focused !== focusCode) {
    setFocused(focusCode);
    setFilters((f) => ({ ...f, site: focusCode }));
  }
  const rows = portfolio.data ?? [];
  const shown = applyFilters(rows, filters);
  // Beyond a district (a status, category or funding source): a meeting chart then keeps the works' ids.
  const narrowed = shown.length < applyFilters(rows, { ...filters, status: null, category: null, funding: null }).length;
  const illustrative = rows.some((r) => r.illustrative);
  const source = illustrative ? t('illustrativeNote') : t('title');

  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const bytes = await engine.exportWorksWorkbook(locale, date);
      const name = `${t('messages.workbookFileName', { date })}.xlsx`;
      downloadBlob(new Blob([bytes.slice().buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
      notify({ kind: 'success', title: (lng) => t('messages.exported', { lng }), message: () => name });
    } catch (error) {
      notifyError(error, (lng) => t('messages.exportFailed', { lng }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="works-area">
      <Group justify="space-between" align="flex-end">
        <Group gap="xs">
          <Title order={3}>{t('title')}</Title>
          {illustrative && (
            <Badge color="orange" variant="light" data-testid="works-illustrative-badge">
              {t('columns.illustrative')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" align="flex-end">
          <DateField
            size="xs"
            label={t('statusDate')}
            value={date}
            // The figures follow only a whole date: half-typed text keeps the last one.
            onChange={(v) => isIsoDate(v) && setStatusDate(v)}
            w={150}
            data-testid="works-status-date"
          />
          <BaselineBar
            baselines={baselines.data ?? []}
            chosen={baselineId}
            onChoose={setBaselineId}
            statusDate={date}
            canFreeze={rows.length > 0}
          />
          <Button size="xs" onClick={() => setCreating(true)} disabled={noSites} data-testid="works-new">
            {t('create.open')}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={exporting}
            disabled={rows.length === 0}
            onClick={() => void exportWorkbook()}
            data-testid="works-export"
          >
            {t('actions.export')}
          </Button>
        </Group>
      </Group>
      {illustrative && (
        <Alert color="orange" variant="light" p="xs" data-testid="works-illustrative">
          {t('illustrativeNote')}
        </Alert>
      )}
      {noSites && <NoDistrictsHint testId="works-no-districts" />}
      {!portfolio.loading && rows.length === 0 && (
        <Text c="dimmed" data-testid="works-empty">
          {t('empty')}
        </Text>
      )}
      {focus && !portfolio.loading && rows.length > 0 && !rows.some((r) => r.siteCode === focus.code) && (
        <Text c="dimmed" data-testid="works-site-empty">
          {t('siteEmpty', { site: focus.name })}
        </Text>
      )}
      <Tabs defaultValue="portfolio" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="portfolio" data-testid="works-tab-portfolio">
            {t('tabs.portfolio')}
          </Tabs.Tab>
          <Tabs.Tab value="gantt" data-testid="works-tab-gantt">
            {t('tabs.gantt')}
          </Tabs.Tab>
          <Tabs.Tab value="scurve" data-testid="works-tab-scurve">
            {t('tabs.scurve')}
          </Tabs.Tab>
          <Tabs.Tab value="budget" data-testid="works-tab-budget">
            {t('tabs.budget')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="portfolio" pt="xs">
          <PortfolioPanel
            rows={portfolio.data}
            filters={filters}
            onFilters={setFilters}
            onOpen={(r) => setOpen(r.id)}
            extraSite={focus && { code: focus.code, name: focus.name }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="gantt" pt="xs">
          <GanttPanel
            rows={shown}
            narrowed={narrowed}
            statusDate={date}
            baseline={baselineItems.data ?? null}
            milestones={milestones.data ?? []}
            source={source}
          />
        </Tabs.Panel>
        <Tabs.Panel value="scurve" pt="xs">
          <SCurvePanel rows={shown} filtered={shown.length < rows.length} narrowed={narrowed} statusDate={date} source={source} />
        </Tabs.Panel>
        <Tabs.Panel value="budget" pt="xs">
          <BudgetPanel rows={shown} narrowed={narrowed} statusDate={date} source={source} />
        </Tabs.Panel>
      </Tabs>
      {chosen && comparison.data && <BaselineComparison rows={comparison.data} name={baselineNameIn(chosen.name, locale)} />}
      {!portfolio.loading && <span hidden data-testid="works-ready" data-count={rows.length} data-status-date={date} />}
      <WorkDrawer workId={open} onClose={() => setOpen(null)} />
      <WorkFormModal opened={creating} onClose={() => setCreating(false)} onCreated={setOpen} siteId={focus?.id ?? null} />
    </Stack>
  );
}
