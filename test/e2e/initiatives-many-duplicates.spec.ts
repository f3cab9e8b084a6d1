import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openApp, pickImportFile } from './helpers';

const MUNICIPALITIES = fileURLToPath(new URL('../../resources/data/municipalities/kelvins_municipios.csv', import.meta.url));
const TOWNS = [
  'Betim',
  'Contagem',
  'Uberaba',
  'Juiz de Fora',
  'Montes Claros',
  'Ipatinga',
  'Sete Lagoas',
  'Divinópolis',
  'Poços de Caldas',
  'Patos de Minas',
  'Pouso Alegre',
  'Teófilo Otoni',
  'Barbacena',
  'Sabará',
  'Varginha',
  'Conselheiro Lafaiete',
  'Itabira',
  'Araguari',
  'Passos',
  'Coronel Fabriciano',
  'Muriaé',
  'Ituiutaba',
  'Araxá',
  'Lavras',
  'Nova Lima',
];

test('a registry with many look-alike names draws them a page at a time (all of them at once froze the app)', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  // 25 APLs, each given twice a letter apart ("Confecções" / "Confeções"), as an agency list typed by hand.
  const codes = new Map(
    readFileSync(MUNICIPALITIES, 'utf8')
      .split('\n')
      .map((line) => line.split(','))
      .filter((c) => c[5] === '31')
      .map((c) => [c[1], c[0]]),
  );
  const rows = TOWNS.flatMap((town) => [
    `Rota da Moda,APL de Confecções de ${town},${codes.get(town)}`,
    `Rota da Moda,APL de Confeções de ${town},${codes.get(town)}`,
  ]);
  const file = testInfo.outputPath('apls-digitados.csv');
  writeFileSync(file, ['route,initiative,territory_code', ...rows].join('\n') + '\n');

  await openApp(page);
  await pickImportFile(page, file);
  const step = page.getByTestId('import-step');
  await expect(step).toHaveAttribute('data-step', 'sheet');
  await page.getByTestId('import-next').click();
  await expect(step).toHaveAttribute('data-step', 'layout');
  await page.getByTestId('import-next').click();
  await expect(step).toHaveAttribute('data-step', 'mapping');
  await page.getByTestId('import-check').click();
  await expect(step).toHaveAttribute('data-step', 'preview');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('done-counts')).toHaveAttribute('data-imported', '50');
  await page.getByTestId('done-show').click();

  // 26 pairs (the demo's "Polo dp MEL do Meio do Mundo" too): the count says all, the list draws 5 at a time.
  const duplicates = page.getByTestId('initiatives-near-duplicates');
  const pairs = duplicates.getByTestId('near-duplicate-pair');
  const more = duplicates.getByTestId('near-duplicates-show-more');
  // What the pairs amount to: here each name has one look-alike (26 groups of two).
  await expect(duplicates).toContainText('26 pares de nomes iguais ou parecidos — 52 iniciativas em 26 grupos de nomes parecidos');
  await expect(pairs).toHaveCount(5);
  await expect(duplicates.getByTestId('near-duplicates-more')).toContainText('Mostrando 5 de 26 pares');
  await page.screenshot({ path: testInfo.outputPath('many-duplicates.png') });
  for (const shown of [10, 15, 20, 25]) {
    await more.click();
    await expect(pairs).toHaveCount(shown);
  }
  await expect(more).toHaveText('Mostrar mais 1');
  await more.click();
  await expect(pairs).toHaveCount(26);
  await expect(duplicates.getByTestId('near-duplicates-more')).toBeHidden();
});
