import { AppShell, Center, Group, Loader, Text, useComputedColorScheme } from '@mantine/core';
import i18next from 'i18next';
import { Suspense, useCallback, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { preloadTerritoriesShell, TerritoriesShell } from '../features/territories/TerritoriesShell';
import { DashboardArea } from '../features/dashboard/DashboardArea';
import { ensureMgMap } from '../features/dashboard/mg-geo';
import { ImportWizardHost } from '../features/importer/ImportWizardHost';
import { requestDroppedImport } from '../features/importer/request-import';
import { AreaVisibleContext } from '../workspace/area-visibility';
import { onAreaRequest } from '../workspace/request-area';
import { AREAS, type Area } from './areas';
import { useWindowFileDrop } from '../features/importer/use-window-file-drop';
import { WindowDropOverlay } from '../features/importer/WindowDropOverlay';
import { useLocale } from '../i18n';
import { NotificationStack } from '../notifications/NotificationStack';
import { settleRefusals } from '../notifications/store';
import { notifyError } from '../notifications/notify-error';
import { getPlatform } from '../platform';
import { useEngine, useWorkspace, useWorkspaceController } from '../workspace/workspace-context';
import type { Engine, WorkspaceController } from '../workspace/workspace-controller';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';
import { lazyNamed, preloadWhenIdle } from '../lib/lazy-named';
import { AreaLoading } from './AreaLoading';
import { openingWait, type AreaCode } from './area-opening';
import { latestOnly } from '../lib/latest-only';

// The dashboard is the first screen and loads with the app; every other area is its own chunk,
// fetched when the browser is idle after the first screen, or when the planner opens it if sooner.
const TerritoriesArea = lazyNamed(() => import('../features/territories/TerritoriesArea'), 'TerritoriesArea');
const PrioritizationArea = lazyNamed(() => import('../features/prioritization/PrioritizationArea'), 'PrioritizationArea');
const EconomyArea = lazyNamed(() => import('../features/economy/EconomyArea'), 'EconomyArea');
const ImportArea = lazyNamed(() => import('../features/importer/ImportArea'), 'ImportArea');
const SettingsArea = lazyNamed(() => import('../features/settings/SettingsArea'), 'SettingsArea');
const WorksArea = lazyNamed(() => import('../features/works/WorksArea'), 'WorksArea');
const AttractionArea = lazyNamed(() => import('../features/attraction/AttractionArea'), 'AttractionArea');
const ProgrammesArea = lazyNamed(() => import('../features/programmes/ProgrammesArea'), 'ProgrammesArea');
const InitiativesArea = lazyNamed(() => import('../features/initiatives/InitiativesArea'), 'InitiativesArea');

type AreaPrefetch = (controller: WorkspaceController, engine: Engine) => Promise<void>;

/**
 * The other areas in the navbar's order, each with its first data where asking it ahead saves the
 * first open a wait (issue 16): fetched after the area's code, in the area's own chunk.
 */
const LAZY_AREAS: [Area, AreaCode, (() => Promise<AreaPrefetch>)?][] = [
  ['territories', TerritoriesArea, () => import('../features/territories/territories-prefetch').then((m) => m.prefetchTerritories)],
  ['economy', EconomyArea, () => import('../features/economy/use-economy-data').then((m) => m.prefetchEconomy)],
  ['prioritization', PrioritizationArea],
  ['works', WorksArea, () => import('../features/works/works-prefetch').then((m) => m.prefetchWorks)],
  ['attraction', AttractionArea],
  ['programmes', ProgrammesArea],
  ['initiatives', InitiativesArea, () => import('../features/initiatives/initiatives-prefetch').then((m) => m.prefetchInitiatives)],
  ['import-export', ImportArea, () => import('../features/importer/import-prefetch').then((m) => m.prefetchImport)],
  ['settings', SettingsArea],
];

/**
 * The areas drawn ahead while the page is idle, hidden, so that their first open only shows them
 * (issue 16): Polos e iniciativas, whose MG map (853 municipalities, ~150-200 ms of ECharts) drew after
 * the click, on top of the list and its grid. Drawn once, and kept: left, the area stays mounted,
 * hidden, as the dashboard does, and opened again it shows what it drew (at agency scale a second
 * visit built its grid and its map anew, 1.2-2 s of main-thread work after it showed). Opened before
 * it was drawn ahead, it is drawn in the same place and kept alike. Hidden, it loads nothing; shown
 * again after a change (an edit elsewhere, an undo, an import) it loads what changed (useEngineData).
 * Another workspace draws it anew (the host is keyed by the workspace's generation).
 */
const WARMED_AREAS = ['initiatives'] as const satisfies readonly Area[];
/** A warmed area's host until opened: laid out at the area's own width, but clipped to nothing and invisible. */
const WARM_HIDDEN: CSSProperties = { height: 0, overflow: 'hidden', visibility: 'hidden' };
/** How long the idle preload waits for a warmed area's first draw before it calls itself done anyway. */
const WARM_WAIT_MS = 10_000;

/** The area drawn ahead: which, for which data version, and what to tell once it is drawn. */
interface WarmArea {
  area: (typeof WARMED_AREAS)[number];
  version: number;
  drawn: () => void;
}

export function App() {
  const { t, locale } = useLocale();
  const workspace = useWorkspace();
  const [area, setArea] = useState<Area>('dashboard');
  // The data version the dashboard last finished loading; `app-ready` waits for it.
  const [dashboardVersion, setDashboardVersion] = useState(-1);
  // Every area's code and first data asked ahead (the area-switch bench waits for it, as a planner reading the dashboard does).
  const [preloaded, setPreloaded] = useState(false);
  // An initiative's "economic diagnosis" opens the Economia area on its territory set ("t:<id>").
  const [economyTerritory, setEconomyTerritory] = useState<string | null>(null);
  // A programme action's initiative link opens Polos e iniciativas on that initiative.
  // Its time too: the kept area opens anew on the initiative asked, even on the same one asked before.
  const [initiativeFocus, setInitiativeFocus] = useState<{ code: string; at: number } | null>(null);
  // A ranked district's "Obras" or "Plano de atração" opens that area on it (until the next area switch).
  const [siteFocus, setSiteFocus] = useState<{ siteId: number; at: number } | null>(null);

  useEffect(() => getPlatform().setLocale(locale), [locale]);
  // The dashboard map's geometry loads while the engine starts, not after; a failure is reported
  // by the map itself, which asks for the same promise.
  useEffect(() => void ensureMgMap().catch(() => undefined), []);
  // A spreadsheet dropped anywhere on the window opens the import wizard over the current area.
  const draggingFiles = useWindowFileDrop(requestDroppedImport);

  // The dashboard stays mounted (hidden) while another area shows: returning to it shows what it
  // drew, and it reports itself loaded again only once it caught up with a changed workspace.
  const opened = useRef(new Set<Area>(['dashboard']));
  const [warm, setWarm] = useState<WarmArea | null>(null);
  const showArea = (next: Area) => {
    if (next === area) return;
    opened.current.add(next);
    if (warm && area === warm.area) {
      // Left, the area drawn ahead stays, hidden, with the data of this version.
      warm.drawn();
      setWarm({ ...warm, version: workspace.dataVersion });
    } else if (!warm && (WARMED_AREAS as readonly Area[]).includes(next)) {
      // Opened before it was drawn ahead: drawn where it is kept, so that leaving it does not unmount it.
      setWarm({ area: next as WarmArea['area'], version: workspace.dataVersion, drawn: () => undefined });
    }
    // A refused value belongs to the area's forms: it does not follow the planner to another area,
    // where it covered the next form's buttons (errors of files and saves stay until closed).
    settleRefusals();
    setArea(next);
  };

  // The area's code before the switch (issue 16): switched to before its chunk was in, the area's
  // boundary showed its loader and React held it for at least 300 ms (its fallback throttle), so an
  // area opened before the idle preload fetched it took ~450 ms instead of ~150. Until its code is in,
  // the navbar marks the area asked and the area shown stays; the one asked last is the one shown.
  const [asked, setAsked] = useState<Area | null>(null);
  const [whenLoaded] = useState(latestOnly);
  const showRef = useRef(showArea);
  useEffect(() => {
    showRef.current = showArea;
  });
  const controller = useWorkspaceController();
  const engine = useEngine();
  // An area's first data is asked ahead of its view only before its first open, and only of a
  // workspace that is open; `wanted` says, once the area's prefetch code is in, whether it still is.
  const unopened = useCallback((next: Area) => !opened.current.has(next) && controller.getSnapshot().status === 'ready', [controller]);
  const askAhead = useCallback(
    async (next: Area, wanted: () => boolean) => {
      const data = LAZY_AREAS.find(([name]) => name === next)?.[2];
      if (!data || !unopened(next)) return;
      const prefetch = await data();
      if (wanted()) await prefetch(controller, engine);
    },
    [controller, engine, unopened],
  );
  // The same function on every render (it reads the area shown through showRef): the navbar and the
  // shell's drawers keep their props while the workspace's changes re-render the shell (issue 16).
  const selectArea = useCallback(
    (next: Area) => {
      const waiting = openingWait(LAZY_AREAS.find(([name]) => name === next)?.[1], () => askAhead(next, () => true));
      if (waiting) setAsked(next);
      whenLoaded(waiting, () => {
        setAsked(null);
        showRef.current(next);
      });
    },
    [whenLoaded, askAhead],
  );

  // An undo message's "Mostrar" opens the area of the change it undid.
  useEffect(
    () =>
      onAreaRequest((next, siteId) => {
        if (!(AREAS as readonly string[]).includes(next)) return;
        setSiteFocus(siteId === null ? null : { siteId, at: Date.now() });
        selectArea(next as Area);
      }),
    [selectArea],
  );
  const navigate = useCallback(
    (next: Area) => {
      setSiteFocus(null);
      selectArea(next);
    },
    [selectArea],
  );

  const ready = workspace.status === 'ready' && (area !== 'dashboard' || dashboardVersion === workspace.dataVersion);
  // Once the first screen is drawn, the other areas' code loads while the planner reads it, and a
  // new demo goes into the browser's store (not on the way to the first screen).
  const scheme = useComputedColorScheme('light');
  useEffect(() => {
    if (!ready) return;
    // Resolves once the area is drawn (or left before), or after WARM_WAIT_MS (an area that cannot draw).
    const drawAhead = (next: WarmArea['area']) =>
      new Promise<void>((drawn) => {
        if (!unopened(next)) return drawn();
        setTimeout(drawn, WARM_WAIT_MS);
        setWarm({ area: next, version: controller.getSnapshot().dataVersion, drawn });
      });
    preloadWhenIdle(
      [
        // AG Grid's first run and theme CSS, kept warm for every grid area (see keepGridWarm).
        () => import('../components/grid/grid-keeper').then((m) => m.keepGridWarm(scheme)),
        ...LAZY_AREAS.map(([name, component]) => async () => {
          await component.preload();
          await askAhead(name, () => unopened(name));
        }),
        // The profile drawer and meeting mode, which any area opens.
        preloadTerritoriesShell,
        ...WARMED_AREAS.map((name) => () => drawAhead(name)),
      ],
      () => setPreloaded(true),
    );
    controller.storePending().catch((error: unknown) => notifyError(error, () => i18next.t('workspace.saveFailed')));
    // The scheme at the first screen only: the keeper is made once (preloadWhenIdle runs once per page).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, controller, askAhead, unopened]);

  // Each area's view (the dashboard's is always mounted, above); `onDrawn` is told each time a warmed area's first screen is drawn.
  const areaView = (name: Area, onDrawn?: () => void): ReactNode => {
    switch (name) {
      case 'dashboard':
        return null;
      case 'territories':
        return <TerritoriesArea />;
      case 'prioritization':
        return <PrioritizationArea />;
      case 'economy':
        return <EconomyArea key={economyTerritory ?? ''} initialTerritory={economyTerritory} />;
      case 'works':
        return <WorksArea key={siteFocus?.at ?? ''} initialSiteId={siteFocus?.siteId ?? null} />;
      case 'import-export':
        return <ImportArea />;
      case 'initiatives':
        return (
          <InitiativesArea
            key={initiativeFocus?.at ?? ''}
            initialCode={initiativeFocus?.code ?? null}
            onDiagnose={(setId) => {
              setEconomyTerritory(`t:${setId}`);
              selectArea('economy');
            }}
            onDrawn={onDrawn}
          />
        );
      case 'programmes':
        return (
          <ProgrammesArea
            onOpenInitiative={(code) => {
              setInitiativeFocus({ code, at: Date.now() });
              selectArea('initiatives');
            }}
          />
        );
      case 'settings':
        return <SettingsArea />;
      case 'attraction':
        return <AttractionArea key={siteFocus?.at ?? ''} initialSiteId={siteFocus?.siteId ?? null} />;
    }
  };

  return (
    <AppShell header={{ height: 44 }} navbar={{ width: 220, breakpoint: 0 }} padding="sm">
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Navbar p={4}>
        <AppNavbar active={asked ?? area} onSelect={navigate} />
      </AppShell.Navbar>
      <AppShell.Main>
        {workspace.status === 'failed' ? (
          <Center h="60vh">
            <Text size="sm" c="dimmed" data-testid="starting">
              {t('workspace.startFailed')}
            </Text>
          </Center>
        ) : (
          // The dashboard stays mounted, hidden under other areas (issue 16). One boundary per other
          // area (key): while its chunk loads, only the loader shows, and `app-ready` (inside the
          // boundary) appears once the area itself is drawn. While the workspace opens, the
          // dashboard's frame (panels and their loaders, no number) is drawn already: its first
          // render and styles cost the page's idle wait for the engine, not the time after it.
          <>
            {workspace.status === 'starting' && (
              <Group justify="center" gap="xs" mb="sm">
                <Loader size="xs" />
                <Text size="sm" c="dimmed" data-testid="starting">
                  {t('workspace.starting')}
                </Text>
              </Group>
            )}
            <AreaVisibleContext.Provider value={area === 'dashboard'}>
              <div hidden={area !== 'dashboard'} data-testid="dashboard-host">
                <DashboardArea onLoaded={setDashboardVersion} />
              </div>
            </AreaVisibleContext.Provider>
            {workspace.status !== 'starting' && (
              <Suspense key={area} fallback={area === 'dashboard' ? null : <AreaLoading />}>
                {area !== warm?.area && areaView(area)}
                {ready && <span data-testid="app-ready" data-generation={workspace.generation} data-preloaded={preloaded} hidden />}
              </Suspense>
            )}
            {warm && workspace.status !== 'starting' && (
              // The area drawn ahead and kept (see WARMED_AREAS): laid out at its own size but clipped,
              // invisible and inert while another area shows; it loads while the workspace data is the
              // one it last showed, and once that changed, only when shown (a hidden area's rule).
              <AreaVisibleContext.Provider value={area === warm.area || workspace.dataVersion === warm.version}>
                <div
                  key={workspace.generation}
                  style={area === warm.area ? undefined : WARM_HIDDEN}
                  inert={area !== warm.area}
                  data-testid="warm-area-host"
                >
                  {/* Its own boundary: a part of it that suspends holds only this host, never the shell. */}
                  <Suspense fallback={area === warm.area ? <AreaLoading /> : null}>{areaView(warm.area, warm.drawn)}</Suspense>
                </div>
              </AreaVisibleContext.Provider>
            )}
          </>
        )}
      </AppShell.Main>
      <NotificationStack />
      <TerritoriesShell onNavigate={navigate} />
      {workspace.status !== 'starting' && workspace.status !== 'failed' && <ImportWizardHost onNavigate={navigate} />}
      <WindowDropOverlay visible={draggingFiles} />
    </AppShell>
  );
}
