import { Alert, Badge, Button, Group, Paper, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { planSourceAfterIllustrativeNote, planTitleIn } from '../../../../shared/features/attraction/demo-text';
import { planViewIn } from '../../../../shared/features/attraction/plan-view-language';
import { downloadBlob, safeFileName } from '../../lib/download';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useEngine } from '../../workspace/workspace-context';
import { ActionsPanel } from './ActionsPanel';
import { CriteriaPanel } from './CriteriaPanel';
import { IncentivesPanel } from './IncentivesPanel';
import { LotsPanel } from './LotsPanel';
import { ProspectsPanel } from './ProspectsPanel';
import { SummaryPanel } from './SummaryPanel';
import { TargetsPanel } from './TargetsPanel';
import { NoDistrictsHint } from '../territories/NoDistrictsHint';
import { DistrictInventories } from './DistrictInventories';
import { useAttraction } from './use-attraction';
import './attraction.css';

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

/**
 * The attraction area (issue 11): pick a district and a period, then its plan — target sectors,
 * lots, incentives, sales criteria, prospects, actions — and export the plan workbook. Opened on a
 * district (`initialSiteId`, a ranked district's "Plano de atração"), that district comes picked,
 * with the period of its latest plan.
 */
export function AttractionArea({ initialSiteId = null }: { initialSiteId?: number | null }) {
  const { t, locale, act } = useAttraction();
  const engine = useEngine();
  const sites = useEngineData((e) => e.listSites(), []);
  const plans = useEngineData((e) => e.listAttractionPlans(), []);
  const inventories = useEngineData((e) => e.attractionInventories(), []);
  const [siteId, setSiteId] = useState<number | null>(initialSiteId);
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  // The district the area was opened on: the period of its latest plan, once the plans are in.
  const initialPeriod = (plans.data ?? []).filter((p) => p.siteId === initialSiteId).at(-1)?.period ?? null;
  const [periodTaken, setPeriodTaken] = useState<string | null>(null);
  if (initialPeriod !== null && periodTaken !== initialPeriod) {
    setPeriodTaken(initialPeriod);
    setPeriod(initialPeriod);
  }
  const [planId, setPlanId] = useState<number | null>(null);
  const [exporting, setExporting] = useState<'xlsx' | 'pdf' | null>(null);
  const view = useEngineData((e) => (planId === null ? Promise.resolve(null) : e.getAttractionPlan(planId)), [planId]);
  // Default criteria named in the UI language (a plan stores them in Portuguese).
  const plan = useMemo(() => (view.data ? planViewIn(view.data, locale) : null), [view.data, locale]);

  const open = async (site = siteId) => {
    if (site === null) return;
    setSiteId(site);
    const opened = await act((e) => e.openAttractionPlan({ siteId: site, period: period.trim() }));
    if (opened) setPlanId(opened.plan.id);
  };

  const download = async (kind: 'xlsx' | 'pdf') => {
    if (!plan) return;
    setExporting(kind);
    try {
      const bytes =
        kind === 'pdf'
          ? await engine.exportAttractionPdf(plan.plan.id, locale)
          : await engine.exportAttractionWorkbook(plan.plan.id, locale);
      const name = safeFileName(`${t(kind === 'pdf' ? 'pdfName' : 'workbookName')}-${plan.site.code}-${plan.plan.period}.${kind}`);
      downloadBlob(new Blob([bytes.slice().buffer], { type: MIME[kind] }), name);
      notify({ kind: 'success', title: (lng) => t(kind === 'pdf' ? 'pdfExported' : 'exported', { lng }), message: () => name });
    } catch (error) {
      notifyError(error, (lng) => t('exportFailed', { lng }));
    } finally {
      setExporting(null);
    }
  };

  const siteOptions = (sites.data ?? []).map((s) => ({ value: String(s.id), label: `${s.name} (${s.code})` }));
  const siteById = new Map((sites.data ?? []).map((s) => [s.id, s]));
  // The workspace's plans, shown while none is open: the demo's own plan is one click away.
  const listed = (plans.data ?? [])
    .map((p) => ({ plan: p, site: siteById.get(p.siteId) }))
    .sort((a, b) => (a.site?.name ?? '').localeCompare(b.site?.name ?? '', locale) || a.plan.period.localeCompare(b.plan.period, locale));
  const openListed = (p: { id: number; siteId: number; period: string }) => {
    setSiteId(p.siteId);
    setPeriod(p.period);
    setPlanId(p.id);
  };
  const planOptions = (plans.data ?? []).filter((p) => siteId === null || p.siteId === siteId);

  return (
    <Stack
      gap="sm"
      className="attraction-area"
      data-testid="attraction-area"
      data-ready={planId === null || (plan !== null && !view.loading) ? 'true' : 'false'}
    >
      <Group justify="space-between" align="flex-end" className="attraction-no-print">
        <Stack gap={2}>
          <Title order={3}>{t('title')}</Title>
          <Text size="sm" c="dimmed">
            {t('intro')}
          </Text>
        </Stack>
        <Group gap="xs" align="flex-end">
          <Select
            label={t('site')}
            placeholder={t('pickSite')}
            data={siteOptions}
            value={siteId === null ? null : String(siteId)}
            onChange={(v) => {
              setSiteId(v === null ? null : Number(v));
              // Another district: the plan on screen is not its plan (it stayed, under a picker naming another one).
              if (plan && plan.site.id !== Number(v)) setPlanId(null);
              const existing = (plans.data ?? []).filter((p) => p.siteId === Number(v)).at(-1);
              if (existing) setPeriod(existing.period);
            }}
            searchable
            w={340}
            data-testid="attraction-site"
          />
          <TextInput
            label={t('period')}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            w={110}
            data-testid="attraction-period"
          />
          <Button onClick={() => void open()} disabled={siteId === null || period.trim() === ''} data-testid="attraction-open">
            {t('open')}
          </Button>
          {planOptions.length > 0 && siteId !== null && (
            <Text size="xs" c="dimmed" data-testid="attraction-site-periods">
              {t('periodsOfSite', { periods: planOptions.map((p) => p.period).join(', ') })}
            </Text>
          )}
        </Group>
      </Group>
      {planId === null && sites.data?.length === 0 && <NoDistrictsHint testId="attraction-no-districts" />}
      {planId === null && plans.data && sites.data && sites.data.length > 0 && (
        <Paper withBorder p="sm" radius="sm" data-testid="attraction-plans">
          <Title order={5} mb={6}>
            {t('plans.title')}
          </Title>
          {listed.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="attraction-plans-empty">
              {t('plans.empty')}
            </Text>
          ) : (
            <Stack gap={6}>
              {listed.map(({ plan: p, site }) => (
                // In a narrow window the name, title and badge wrap; the button keeps its words.
                <Group key={p.id} justify="space-between" wrap="nowrap" preventGrowOverflow={false} className="attraction-plan-row">
                  <Group gap="xs" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {site ? `${site.name} (${site.code})` : `#${p.siteId}`} — {p.period}
                    </Text>
                    {p.title && (
                      <Text size="sm" c="dimmed" lineClamp={1}>
                        {planTitleIn(p, locale)}
                      </Text>
                    )}
                    {p.illustrative && (
                      <Badge color="orange" variant="light" size="sm">
                        {t('illustrative')}
                      </Badge>
                    )}
                  </Group>
                  <Button
                    size="xs"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    onClick={() => openListed(p)}
                    data-testid={`attraction-plan-open-${p.id}`}
                  >
                    {t('open')}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
          {inventories.data && (
            <DistrictInventories
              inventories={inventories.data}
              plans={plans.data}
              sites={sites.data}
              period={period}
              onOpen={(s) => void open(s)}
            />
          )}
        </Paper>
      )}
      {plan && (
        <>
          <Group justify="space-between">
            <Group gap="xs">
              <Title order={4} data-testid="attraction-plan-title">
                {plan.site.name} — {plan.plan.period}
              </Title>
              {plan.plan.illustrative && (
                <Badge color="orange" variant="light" data-testid="attraction-illustrative">
                  {t('illustrative')}
                </Badge>
              )}
            </Group>
            <Group gap="xs" className="attraction-no-print">
              <Button variant="default" onClick={() => window.print()} data-testid="attraction-print">
                {t('print')}
              </Button>
              <Button
                variant="default"
                loading={exporting === 'pdf'}
                disabled={exporting !== null}
                onClick={() => void download('pdf')}
                data-testid="attraction-pdf"
              >
                {t('pdf')}
              </Button>
              <Button
                loading={exporting === 'xlsx'}
                disabled={exporting !== null}
                onClick={() => void download('xlsx')}
                data-testid="attraction-export"
              >
                {t('export')}
              </Button>
            </Group>
          </Group>
          {plan.plan.illustrative && (
            <Alert color="orange" variant="light" py={6} data-testid="attraction-illustrative-note">
              {/* The demo's note opens by saying it is illustrative too: said once ("Plano ilustrativo: … ILUSTRATIVO — …"). */}
              {t('illustrativeNote')} {planSourceAfterIllustrativeNote(plan.plan.source, locale)}
            </Alert>
          )}
          {plan.sharedLots.length > 0 && (
            <Alert color="red" variant="light" py={6} data-testid="attraction-shared-lots">
              {t('sharedLots', {
                count: plan.sharedLots.length,
                lots: plan.sharedLots
                  .map((s) =>
                    t('sharedLot', { lot: s.lotCode, companies: new Intl.ListFormat(locale, { type: 'conjunction' }).format(s.companies) }),
                  )
                  .join('; '),
              })}
            </Alert>
          )}
          <Tabs defaultValue="summary" keepMounted={false}>
            <Tabs.List className="attraction-no-print">
              {(['summary', 'targets', 'lots', 'incentives', 'criteria', 'prospects', 'actions'] as const).map((tab) => (
                <Tabs.Tab key={tab} value={tab} data-testid={`attraction-tab-${tab}`}>
                  {t(`tabs.${tab}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="summary" pt="sm">
              <SummaryPanel view={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="targets" pt="sm">
              <TargetsPanel view={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="lots" pt="sm">
              <LotsPanel view={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="incentives" pt="sm">
              <IncentivesPanel view={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="criteria" pt="sm">
              <CriteriaPanel view={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="prospects" pt="sm">
              <ProspectsPanel view={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="actions" pt="sm">
              <ActionsPanel view={plan} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
