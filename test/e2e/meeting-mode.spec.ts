import { expect, test, type Page } from '@playwright/test';
import { openApp, pickMunicipalities } from './helpers';

/** The presented slide's measures: the chart's type scale, the heading's and source's px, the chart's box. */
async function measures(page: Page): Promise<{ scale: number; title: number; source: number; chartHeight: number }> {
  const chart = page.getByTestId('meeting-chart');
  await expect(chart).toHaveAttribute('data-render-finished', 'true');
  const px = async (testId: string) => parseFloat(await page.getByTestId(testId).evaluate((e) => getComputedStyle(e).fontSize));
  return {
    scale: Number(await chart.getAttribute('data-type-scale')),
    title: await px('meeting-title'),
    source: await px('meeting-source'),
    chartHeight: (await chart.boundingBox())?.height ?? 0,
  };
}

/** Presents a chart of the page full screen from its menu, as a planner does in a meeting. */
async function present(page: Page, testId: string): Promise<void> {
  await expect(page.getByTestId(testId)).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId(`${testId}-export`).click();
  await page.getByTestId(`${testId}-present`).click();
  await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
}

/**
 * A presented chart as a meeting sees it:
 * - a slide's type followed neither the window nor the projector (34 px headings and the same chart
 *   type at 1024 × 768, where it crowded the chart, as at 1920 × 1080, where it read small from the
 *   back of the room); every size now scales from the 1280 × 720 it was set for, the chart keeping
 *   the rest of the screen;
 * - the keyboard's focus stayed under the slide (Tab walked the page's hidden controls) and after
 *   Escape sat at the top of the page; it now moves onto the slide and comes back to the chart's menu;
 * - the demo's illustrative attraction plan, presented, was "Empresas por etapa" alone, its example
 *   companies reading as the district's real pipeline; its slides now name the district and period
 *   and say first that the plan is illustrative.
 */
test('meeting mode: the slide scales from a 1024 × 768 projector to a 1920 × 1080 one, keeps the keyboard, and says an illustrative plan is one', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-maps').click();
  await present(page, 'compare-map');
  const overlay = page.getByTestId('meeting-overlay');
  await expect.poll(() => overlay.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  for (const key of ['Space', 'Enter', 'PageDown']) await page.keyboard.press(key);
  await expect(page.getByTestId('compare-map-export-png')).toHaveCount(0);
  await expect(overlay).toBeVisible();

  const small = await measures(page);
  await page.screenshot({ path: testInfo.outputPath('meeting-1024x768.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByTestId('meeting-title')).not.toHaveCSS('font-size', `${small.title}px`);
  const large = await measures(page);
  await page.screenshot({ path: testInfo.outputPath('meeting-1920x1080.png') });
  // 1024 × 768 is 0.8 of 1280 × 720 (its width), 1920 × 1080 is 1.5: heading and source in that
  // ratio (both were 34 px and 16 px at any size), the chart's type 1.8 × each.
  expect(large.title / small.title).toBeCloseTo(1.5 / 0.8, 1);
  expect(large.source / small.source).toBeCloseTo(1.5 / 0.8, 1);
  expect(small.scale).toBeCloseTo(1.44, 5);
  expect(large.scale).toBeCloseTo(2.7, 5);
  // The chart fills what the heading, source and step lines leave: more than two thirds of the screen.
  expect(small.chartHeight).toBeGreaterThan((768 * 2) / 3);
  expect(large.chartHeight).toBeGreaterThan((1080 * 2) / 3);
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await expect(page.getByTestId('compare-map-export')).toBeFocused();

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId('nav-attraction').click();
  const demoPlan = page.getByTestId('attraction-plans').locator('.attraction-plan-row', { hasText: 'DI-DIVINOPOLIS' });
  await demoPlan.getByRole('button', { name: 'Abrir plano' }).click();
  await expect(page.getByTestId('attraction-illustrative')).toBeVisible();
  await page.getByTestId('attraction-tab-summary').click();
  await present(page, 'attraction-stage-chart');
  await expect(page.getByTestId('meeting-title')).toHaveText(/^Empresas por etapa — .*Divinópolis.*, 2026$/);
  await expect(page.getByTestId('meeting-source')).toHaveText(/^Plano ilustrativo: dados de exemplo, não são dados reais do distrito\. /);
  await page.screenshot({ path: testInfo.outputPath('stage-chart-pt.png') });
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await page.getByTestId('attraction-tab-lots').click();
  await present(page, 'attraction-lots-map');
  await expect(page.getByTestId('meeting-source')).toHaveText(
    /^Plano ilustrativo: dados de exemplo, não são dados reais do distrito\. Ponto: /,
  );
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
});

/** The slide's source line sits below the chart's box and ends above the step line and its hints. */
/** The two projectors a slide is checked at besides the 1280 × 720 laptop: a small old one and a full-HD one. */
const PROJECTORS = [
  [1024, 768],
  [1920, 1080],
] as const;

async function sourceAboveFoot(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const source = await page.getByTestId('meeting-source').boundingBox();
      const step = await page.getByTestId('meeting-step').boundingBox();
      const stage = await page.getByTestId('meeting-stage').boundingBox();
      if (!source || !step || !stage) return 'not drawn';
      const clear = source.y + source.height <= step.y && stage.y + stage.height <= source.y + 1;
      return clear ? 'clear' : `chart to ${stage.y + stage.height}, source ${source.y} to ${source.y + source.height}, step from ${step.y}`;
    })
    .toBe('clear');
}

/**
 * The ranking slide's markers are set apart by the slide's own drawn scale, as the area's map's are:
 * drawn with the area's default spacing, ranks 1 to 3 around Belo Horizonte stood on each other.
 */
async function expectMarkersApart(page: Page): Promise<void> {
  const chart = page.getByTestId('meeting-chart');
  const nearest = async () => {
    const placed = JSON.parse((await chart.getAttribute('data-marker-pixels')) ?? '[]') as [string, number, number][];
    let min = placed.length > 1 ? Infinity : -1;
    for (const [i, [, ax, ay]] of placed.entries())
      for (const [, bx, by] of placed.slice(i + 1)) min = Math.min(min, Math.hypot(ax - bx, ay - by));
    return Math.round(min);
  };
  // A top-N marker is 16 px wide: at least that between any two centres, once the spacing has followed the scale.
  await expect.poll(nearest).toBeGreaterThanOrEqual(16);
}

/** Adds a chart to the meeting sequence (a new one for the first), which then holds `count` views. */
async function addToMeeting(page: Page, testId: string, count: number): Promise<void> {
  await page.getByTestId(testId).click();
  await page
    .getByTestId(count === 1 ? `${testId}-new` : `${testId}-sequence`)
    .first()
    .click();
  await expect(page.getByTestId('notification-success').filter({ hasText: `"Reunião 1" (${count})` })).toBeVisible();
}

/**
 * A meeting of the newer areas: the programme monitor, the polos map, an attraction plan's funnel
 * and a scenario's ranking map could be presented one at a time ("Tela cheia") but not added to a
 * meeting sequence (meeting_view's CHECK allowed maps, comparisons, profiles and works charts only).
 * Each is added from its area, and after the workspace is saved and opened again each slide is
 * drawn from the workspace, titled with what it shows and with its source line. So is a chart of the
 * economic diagnosis (meeting_view kind 'economy', schema 20), which had no "+ Reunião" at all.
 */
test('meeting mode: programme, polos map, attraction funnel and ranking map go into a sequence and are drawn after reopening', async ({
  page,
}, testInfo) => {
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);

  await page.getByTestId('nav-programmes').click();
  await expect(page.getByTestId('monitor-chart')).toHaveAttribute('data-render-finished', 'true');
  await addToMeeting(page, 'monitor-chart-meeting', 1);

  await page.getByTestId('nav-initiatives').click();
  await expect(page.getByTestId('initiatives-map')).toHaveAttribute('data-render-finished', 'true');
  // With an initiative open, picked out on the map: the slide picks it out too (it drew the map with none).
  await page
    .getByTestId('initiatives-grid')
    .locator('[row-index] [col-id="name"]')
    .filter({ hasText: 'Polo Apícola do Norte de Minas' })
    .click();
  await expect(page.getByTestId('initiatives-map')).toHaveAttribute('data-selected', /.+/);
  await expect(page.getByTestId('initiatives-map')).toHaveAttribute('data-render-finished', 'true');
  await addToMeeting(page, 'initiatives-map-meeting', 2);

  await page.getByTestId('nav-attraction').click();
  const demoPlan = page.getByTestId('attraction-plans').locator('.attraction-plan-row', { hasText: 'DI-DIVINOPOLIS' });
  await demoPlan.getByRole('button', { name: 'Abrir plano' }).click();
  await page.getByTestId('attraction-tab-summary').click();
  await expect(page.getByTestId('attraction-stage-chart')).toHaveAttribute('data-render-finished', 'true');
  await addToMeeting(page, 'attraction-stage-meeting', 3);

  await page.getByTestId('nav-prioritization').click();
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Ranking da reunião');
  await page.getByTestId('scenario-name-confirm').click();
  for (const criterion of ['População residente 2022', 'Empregos indústria de transformação 2020']) {
    const input = page.getByTestId('criterion-add');
    await input.click();
    await input.fill(criterion);
    await page.getByRole('option', { name: criterion, exact: true }).click();
  }
  // Unsaved, the scenario cannot go to a meeting (a meeting shows it as saved), and the greyed button says why.
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('ranking-map-meeting')).toBeDisabled();
  await page.getByTestId('ranking-map-meeting-why').hover();
  await expect(page.getByRole('tooltip')).toHaveText('Salve o cenário para levá-lo a uma reunião: a reunião mostra o cenário salvo.');
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-dirty')).toHaveCount(0);
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('ranking-map')).toHaveAttribute('data-render-finished', 'true');
  await addToMeeting(page, 'ranking-map-meeting', 4);

  // A diagnosis chart (the economy area had no "+ Reunião"): Betim's shift-share in manufacturing,
  // the sector picked on the chart kept with the territory, years, measure and reference.
  await page.getByTestId('nav-economy').click();
  await page.getByTestId('economy-tab-waterfall').click();
  await expect(page.getByTestId('economy-waterfall')).toHaveAttribute('data-render-finished', 'true');
  await page.getByTestId('waterfall-sector').click();
  await page.getByRole('option', { name: 'Indústria de transformação', exact: true }).click();
  await expect(page.getByTestId('waterfall-panel')).toContainText('Betim — Indústria de transformação: shift-share 2019→2020');
  await addToMeeting(page, 'economy-waterfall-meeting', 5);
  // The LQ heat map and the potential sectors (they had no "+ Reunião"), and the LQ × growth chart
  // whose names ran over each other on a large slide.
  await page.getByTestId('economy-tab-grid').click();
  await expect(page.getByTestId('economy-heatmap-meeting')).toBeEnabled();
  await addToMeeting(page, 'economy-heatmap-meeting', 6);
  await page.getByTestId('economy-tab-vocations').click();
  await expect(page.getByTestId('potential-sectors')).toBeVisible();
  await expect(page.getByTestId('economy-potential-meeting')).toBeEnabled();
  await addToMeeting(page, 'economy-potential-meeting', 7);
  await page.getByTestId('economy-tab-bubble').click();
  await expect(page.getByTestId('economy-bubble')).toHaveAttribute('data-render-finished', 'true');
  await addToMeeting(page, 'economy-bubble-meeting', 8);
  // A custom territory's sectors, the territory deleted before the meeting: that slide says so in words.
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-sets').click();
  await page.getByTestId('territory-set-new').click();
  await page.getByTestId('territory-set-name').fill('Entorno da reunião');
  await pickMunicipalities(page, 'territory-set-members', ['Betim', 'Contagem'], 'territory-set-name');
  await page.getByTestId('territory-set-submit').click();
  await expect(page.getByTestId('territory-set-form')).toBeHidden();
  await page.getByTestId('nav-economy').click();
  await page.getByTestId('economy-territory').click();
  await page.getByTestId('economy-territory').fill('entorno da');
  await page.getByRole('option', { name: 'Entorno da reunião (2 municípios)', exact: true }).click();
  await page.getByTestId('economy-tab-treemap').click();
  await expect(page.getByTestId('economy-treemap')).toHaveAttribute('data-render-finished', 'true');
  await addToMeeting(page, 'economy-treemap-meeting', 9);
  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-sets').click();
  await page.getByTestId('territory-sets-grid').locator('[row-index] [col-id="name"]').filter({ hasText: 'Entorno da reunião' }).click();
  await page.getByTestId('territory-set-delete').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Excluir' }).click();
  await expect(
    page.getByTestId('territory-sets-grid').locator('[row-index] [col-id="name"]').filter({ hasText: 'Entorno da reunião' }),
  ).toHaveCount(0);

  await page.getByTestId('header-save').click();
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 240_000 });

  await page.getByTestId('nav-territories').click();
  await page.getByTestId('tab-meeting').click();
  // The panel's help names every area whose views go into a sequence (it said maps, comparisons and profiles only).
  await expect(page.getByTestId('meeting-panel')).toContainText(
    'gráficos do diagnóstico, obras, planos de atração, programas, polos e rankings',
  );
  await expect(page.getByTestId('meeting-view')).toHaveCount(9);
  await expect(page.getByTestId('meeting-view').last()).toContainText('diagnóstico econômico');
  await page.getByTestId('meeting-present-Reunião 1').click();
  const overlay = page.getByTestId('meeting-overlay');
  await expect(overlay).toHaveAttribute('data-count', '9');
  const slides: [title: RegExp, source: RegExp, shot: string][] = [
    [
      /^Metas e realizado por período: .+ — PRODUZIR MG — exemplo ilustrativo$/,
      /^Dados ilustrativos: não são dados reais do programa\.$/,
      'slide-programme',
    ],
    [
      /^Mapa dos polos e iniciativas — Polo Apícola do Norte de Minas$/,
      /^79 iniciativas do cadastro\. Fonte: MIDR — Rotas de Integração Nacional/,
      'slide-polos',
    ],
    // Said once: the demo's own note opened with "ILUSTRATIVO — plano de exemplo…" after it.
    [
      /^Empresas por etapa — .*Divinópolis.*, 2026$/,
      /^Plano ilustrativo: dados de exemplo, não são dados reais do distrito\. Lotes no formato de um edital público real/,
      'slide-attraction',
    ],
    [/^Mapa do ranking — Ranking da reunião$/, /^Posições do ranking; geometria IBGE$/, 'slide-ranking'],
    // Drawn from the workspace's data (not a picture), its title saying what, where, when and against what.
    [
      /^Betim — Indústria de transformação: shift-share 2019→2020 · Empregos, Setores IBGE \(8\), referência: Minas Gerais$/,
      /^Fonte: .*RAIS.*2019, 2020/,
      'slide-economy',
    ],
    [
      /^Betim e os maiores municípios: QL por setor, 2020 · Empregos, Setores IBGE \(8\), referência: Minas Gerais$/,
      /^Fonte: .*RAIS.*2020/,
      'slide-heatmap',
    ],
    [
      /^Betim: setores potenciais, 2020 · Empregos, Setores IBGE \(8\), referência: Minas Gerais$/,
      /^Fonte: .*RAIS.*2020/,
      'slide-potential',
    ],
    [
      /^Betim: QL × crescimento 2019→2020 · Empregos, Setores IBGE \(8\), referência: Minas Gerais$/,
      /^Fonte: .*RAIS.*2019, 2020/,
      'slide-bubble',
    ],
  ];
  for (const [i, [title, source, shot]] of slides.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(overlay).toHaveAttribute('data-index', String(i));
    await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
    await expect(page.getByTestId('meeting-title')).toHaveText(title);
    await expect(page.getByTestId('meeting-source')).toHaveText(source);
    await sourceAboveFoot(page);
    if (shot === 'slide-ranking') await expectMarkersApart(page);
    await page.screenshot({ path: testInfo.outputPath(`${shot}.png`) });
    // The diagnosis slides at a 1024 × 768 and a 1920 × 1080 projector: their two-line title, chart and source clear of each other.
    if (!shot.startsWith('slide-economy') && !['slide-heatmap', 'slide-potential', 'slide-bubble'].includes(shot)) continue;
    for (const [width, height] of PROJECTORS) {
      await page.setViewportSize({ width, height });
      await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
      await sourceAboveFoot(page);
      await page.screenshot({ path: testInfo.outputPath(`${shot}-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // The deleted territory's slide: not blank, not another territory's chart, but why in words.
  await page.keyboard.press('ArrowRight');
  await expect(overlay).toHaveAttribute('data-index', '8');
  await expect(page.getByTestId('meeting-title')).toHaveText(/^Entorno da reunião: setores por empregos, 2020 · Empregos/);
  await expect(page.getByTestId('meeting-no-data')).toHaveText(
    'Não é possível desenhar este gráfico: o território que ele mostra não está mais no espaço de trabalho (um distrito ou conjunto de territórios excluído, uma importação desfeita).',
  );
  await expect(page.getByTestId('meeting-chart')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('slide-economy-gone.png') });
  // The programme's title takes two lines on a 1024 × 768 projector and on a 1920 × 1080 one: the
  // source line still sits between the chart and the step line (it ran under the "Esc sair" hint).
  await page.keyboard.press('Home');
  for (const [width, height] of PROJECTORS) {
    await page.setViewportSize({ width, height });
    await expect(page.getByTestId('meeting-chart')).toHaveAttribute('data-render-finished', 'true');
    const title = page.getByTestId('meeting-title');
    const fontSize = parseFloat(await title.evaluate((e) => getComputedStyle(e).fontSize));
    expect((await title.boundingBox())?.height ?? 0).toBeGreaterThan(1.5 * fontSize);
    await sourceAboveFoot(page);
    await page.screenshot({ path: testInfo.outputPath(`slide-programme-${width}x${height}.png`) });
  }
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
});
