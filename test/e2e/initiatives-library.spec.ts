import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from './helpers';

const APICOLA = 'Polo Apícola do Norte de Minas';

async function openInitiatives(page: Page): Promise<void> {
  await page.getByTestId('nav-initiatives').click();
  await expect(page.getByTestId('initiatives-area')).toHaveAttribute('data-ready', 'true');
}

/** Adds one methodology through the library's form, as a planner types it. */
async function addMethodology(
  page: Page,
  m: { title: string; theme: string; source: string; link?: string; fileRef?: string; usedBy: string[] },
): Promise<void> {
  const library = page.getByTestId('methodology-library');
  await page.getByTestId('methodology-title').fill(m.title);
  await chooseOption(page, 'methodology-theme', m.theme);
  await library.getByLabel('Fonte').fill(m.source);
  if (m.link) await library.getByLabel('Link', { exact: true }).fill(m.link);
  if (m.fileRef) await library.getByLabel('Arquivo anexo (referência)').fill(m.fileRef);
  for (const name of m.usedBy) {
    await page.getByTestId('methodology-used-by').click();
    await page.getByTestId('methodology-used-by').fill(name.slice(0, 12));
    await page.getByRole('option', { name, exact: true }).click();
  }
  // Closes the open list of initiatives (only: with none open, Escape would close the library).
  if (m.usedBy.length > 0) await page.keyboard.press('Escape');
  await page.getByTestId('methodology-save').click();
  await expect(page.getByTestId('methodology-table')).toContainText(m.title);
}

test('initiatives: the methodology library with rows, in pt-BR and en; similarity gaps said in words', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`library-${name}.png`) });
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 180_000 });
  await openInitiatives(page);

  await page.getByTestId('methodology-library-open').click();
  await expect(page.getByTestId('methodology-library')).toContainText('Nenhuma metodologia cadastrada ainda.');
  await addMethodology(page, {
    title: 'Guia de governança de arranjos produtivos locais (ilustrativo)',
    theme: 'Governança',
    source: 'Exemplo de teste',
    link: 'https://example.org/guias/governanca-de-arranjos-produtivos-locais-e-comites-gestores.pdf',
    usedBy: [APICOLA, 'Polo do Pescado das Gerais'],
  });
  await addMethodology(page, {
    title: 'Acesso a mercados institucionais (PAA/PNAE)',
    theme: 'Acesso a mercados',
    source: 'Exemplo de teste',
    fileRef: 'documentos/acesso-mercados-paa-pnae.pdf',
    usedBy: [APICOLA],
  });
  await addMethodology(page, {
    title: 'Oficina de economia circular',
    theme: 'Economia circular',
    source: 'Exemplo de teste',
    link: 'https://example.org/oficina',
    fileRef: 'oficina.docx',
    usedBy: [],
  });
  const rows = page.getByTestId('methodology-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await shot('pt');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('methodology-library')).toBeHidden();

  // The Rotas polos have no CNAE sectors in the source: the suggestions say so instead of a bare dash.
  await page.getByTestId('initiatives-grid').locator('[row-index] [col-id="name"]').filter({ hasText: APICOLA }).click();
  await expect(page.getByTestId('initiative-profile')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('suggest-no-sectors')).toContainText('não tem setores (CNAE) cadastrados');
  const gap = page.getByTestId('initiative-suggestions').getByTestId('suggest-gap').first();
  await expect(gap).toHaveText('sem setores');
  await expect(gap).toHaveAttribute('title', 'nenhum dos dois tem setores cadastrados');
  await page.getByTestId('initiative-suggestions').scrollIntoViewIfNeeded();
  await shot('suggestions-pt');
  // The hint says where to register them: the polo's sectors, picked among the CNAE divisions in its
  // governance editor, take it away and show in the grid.
  await expect(page.getByTestId('suggest-no-sectors')).toContainText('Governança › Editar');
  await page.getByTestId('governance-edit').click();
  const sectors = page.getByTestId('initiative-sectors');
  await sectors.click();
  await sectors.fill('Agricultura');
  await page.getByRole('option', { name: /^01 — Agricultura/ }).click();
  await page.getByTestId('governance-input-notes').click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.getByTestId('governance-save').click();
  await expect(page.getByTestId('governance-save')).toBeHidden();
  await expect(page.getByTestId('suggest-no-sectors')).toHaveCount(0);
  // Saved with the polo: its editor opens on them.
  await page.getByTestId('governance-edit').click();
  await expect(page.getByRole('dialog')).toContainText('01 — Agricultura');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByTestId('nav-settings').click();
  await chooseOption(page, 'language-select', 'English');
  await openInitiatives(page);
  await page.getByTestId('methodology-library-open').click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('methodology-table')).toContainText('Governance');
  await shot('en');
});
