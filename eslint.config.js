// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layering (DESIGN.md §1): which folder may import what. Enforced here and by project references. */
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util'],
  message: 'This layer must not use Node APIs.',
};
const electronImport = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import Electron.' };
const reactImport = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mantine/*', 'ag-grid-*', 'echarts', 'echarts/*'],
  message: 'The engine is UI-free.',
};
const appShell = {
  group: ['**/app', '**/app/*', '**/src/app/**'],
  message: 'Features and shared UI folders sit below the app shell: move what they need (constants, types) to a lower module.',
};
const upTo = (folder) => ({
  group: [`**/${folder}/**`, `../${folder}/*`, `../../${folder}/*`, `../../../${folder}/*`],
  message: `This layer must not import from ${folder}/.`,
});

/**
 * Layering inside the engine (DESIGN.md §1): the kernel (everything in shared/ but shared/features and
 * the composition root) never imports a feature; a feature reaches another only through that
 * feature's public entry, `shared/features/<other>/index.ts`. test/unit/lint/layering.test.ts shows it fires.
 */
const features = readdirSync(new URL('./shared/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
// engine.ts composes every area; import-engine.ts the CLI import's (and feature-import-targets.ts the targets both register).
const compositionRoot = [
  'shared/engine/engine.ts',
  'shared/engine/import-engine.ts',
  'shared/engine/feature-import-targets.ts',
  'shared/rpc/engine-api.ts',
];
const kernelToFeature = {
  regex: '(^|/)features(/|$)',
  message: 'The engine kernel must not import a feature (shared/features/**); features stand on the kernel, not the other way round.',
};
/** From a file of `feature`, another feature's inner files (its index, `../<other>`, is the way in). */
const otherFeatureInside = (feature) => ({
  regex: `^(\\.\\./)+(features/)?(${features.filter((f) => f !== feature).join('|')})/.`,
  message: 'A feature reaches another only through its public entry (shared/features/<other>/index.ts).',
});
const focusedTest = {
  selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]",
  message: 'A focused test hides the others.',
};
/**
 * One cached number/date formatter (shared/text/locale-format.ts; the renderer through its
 * i18n/format.ts): no Intl formatter built elsewhere, nor toLocaleString, which builds one per call.
 * test/unit/lint/formatter.test.ts shows it fires.
 */
const formatterMessage =
  'Format numbers and dates with numberFormat/dateFormat (renderer/src/i18n/format.ts; in shared/, shared/text/locale-format.ts): one cached formatter.';
const directFormatter = [
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|DateTimeFormat)$/]",
    message: formatterMessage,
  },
  {
    selector: "CallExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|DateTimeFormat)$/]",
    message: formatterMessage,
  },
  { selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]', message: formatterMessage },
  // A form left to the browser's own checks: its bubble speaks the browser's or the system's
  // language ("Please fill out this field." in the pt-BR UI), not the one the planner chose; the
  // form's fields show the engine's refusal in the UI language instead.
  {
    selector: "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name='noValidate']))",
    message: 'Give the <form> noValidate: required fields are checked by the engine and its message shown in the UI language.',
  },
  // An error notification's context translated once: it stays until closed, and after a language
  // switch it would keep the old words (notifications/store.ts).
  {
    selector: 'CallExpression[callee.name=/^notify(Field)?Error$/] > CallExpression.arguments',
    message:
      "Give an error notification's context as a function of the language, (lng) => t('…', { lng }): it is worded again after a language switch.",
  },
];
/**
 * Mantine's number input reads a dot as the decimal separator and drops a comma unless told the UI
 * language's ("1500,5" m² became 15.005); NumberField is it with them, and the only place it is used.
 */
const numberField = 'renderer/src/components/NumberField.tsx';
const mantineNumberInput = {
  selector: "JSXOpeningElement[name.name='NumberInput']",
  message: `Use NumberField (${numberField}): a number typed and shown in the UI language's separators.`,
};
/**
 * SQL only in repositories (DESIGN.md §1): a string or template that starts with an SQL statement is
 * refused anywhere else. The places SQL may live are listed in `sqlHomes`.
 * test/unit/lint/formatter.test.ts shows it fires.
 */
const SQL_START = '^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|CREATE|DROP|ALTER|PRAGMA)\\s';
const sqlMessage = 'SQL only in repositories (a *-repository.ts file, shared/repositories/ or shared/db/): give the repository a method.';
const sqlOutsideRepository = [
  { selector: `Literal[value=/${SQL_START}/]`, message: sqlMessage },
  { selector: `TemplateElement[value.raw=/${SQL_START}/]`, message: sqlMessage },
];
const sqlHomes = ['**/*-repository.ts', 'shared/repositories/**', 'shared/db/**', 'shared/features/*/import/*-writer.ts'];
const sharedPatterns = [nodeBuiltins, electronImport, reactImport, upTo('renderer'), upTo('electron'), upTo('test')];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'dist-web/',
      'dist-web-*/',
      'dist-bench/',
      'release/',
      'test-results/',
      'playwright-report/',
      '**/*.mjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2023 },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // The engine implements an async RPC contract with synchronous SQLite underneath.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': ['error', focusedTest, ...directFormatter, mantineNumberInput, ...sqlOutsideRepository],
    },
  },
  { files: [numberField], rules: { 'no-restricted-syntax': ['error', focusedTest, ...directFormatter, ...sqlOutsideRepository] } },
  { files: sqlHomes, rules: { 'no-restricted-syntax': ['error', focusedTest, ...directFormatter] } },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/features/**', ...compositionRoot],
    rules: { 'no-restricted-imports': ['error', { patterns: [...sharedPatterns, kernelToFeature] }] },
  },
  { files: compositionRoot, rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns }] } },
  ...features.map((feature) => ({
    files: [`shared/features/${feature}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...sharedPatterns, otherFeatureInside(feature)] }] },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronImport, upTo('electron'), upTo('test')] }],
    },
  },
  {
    // The renderer's own layering: app/ (the shell that mounts the areas) sits above the features
    // and the shared UI folders; nothing below it imports it back (DESIGN.md §1).
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/app/**', 'renderer/src/main.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronImport, upTo('electron'), upTo('test'), appShell] }],
    },
  },
  {
    files: ['renderer/vite.*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            reactImport,
            upTo('renderer'),
            { regex: '(^|/)shared/(?!ipc/)', message: 'The preload sees only the IPC contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/cli/**/*.ts', 'electron/demo/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [reactImport, upTo('renderer'), upTo('test')] }] },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/demo/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronImport, reactImport, upTo('renderer'), upTo('test')] }] },
  },
  { files: ['shared/text/locale-format.ts'], rules: { 'no-restricted-syntax': ['error', focusedTest] } },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.ts', 'electron.vite.config.ts', 'electron/demo/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tests state expected text with their own formatters.
      'no-restricted-syntax': ['error', focusedTest],
      '@typescript-eslint/unbound-method': 'off',
      // expect.any() and JSON.parse in assertions are typed any by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
