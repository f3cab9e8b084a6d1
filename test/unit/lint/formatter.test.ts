import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The project's real ESLint configuration, limited to the syntax rule (no type information needed). */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax',
});

async function formatterErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: root + filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

/** Issue 9: one cached number/date formatter; `npm run lint` refuses building another. */
describe('one cached formatter: `npm run lint` refuses a direct Intl formatter', () => {
  it('fires on new Intl.NumberFormat / Intl.DateTimeFormat in a renderer feature', async () => {
    const errors = await formatterErrors(
      'renderer/src/features/programmes/sample-violation.tsx',
      "export const n = new Intl.NumberFormat('pt-BR').format(1);\nexport const d = Intl.DateTimeFormat('pt-BR');\n",
    );
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e).toMatch(/^no-restricted-syntax: .*numberFormat\/dateFormat/);
  });

  it("fires on Mantine's number input outside NumberField, which gives it the UI language's separators", async () => {
    // Without them "1500,5" typed in pt-BR or es was read 15005 (the lots' area and price).
    const errors = await formatterErrors(
      'renderer/src/features/attraction/sample-violation.tsx',
      'export const a = <NumberInput value={1} />;\nexport const b = <NumberField value={1} />;\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-syntax: Use NumberField/);
    expect(await formatterErrors('renderer/src/components/NumberField.tsx', 'export const a = <NumberInput value={1} />;\n')).toEqual([]);
  });

  it("fires on a form left to the browser's validation bubble, in the browser's language", async () => {
    const errors = await formatterErrors(
      'renderer/src/features/works/sample-violation.tsx',
      'export const a = <form onSubmit={() => undefined}><input required /></form>;\nexport const b = <form noValidate onSubmit={() => undefined} />;\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-syntax: .*noValidate/);
  });

  it("fires on an error notification's context translated once, in the language of that moment", async () => {
    const errors = await formatterErrors(
      'renderer/src/features/works/sample-violation.tsx',
      "import { notifyError } from '../../notifications/notify-error';\ndeclare const t: (key: string, o?: object) => string;\nexport const a = () => notifyError(new Error('x'), t('messages.editFailed'));\nexport const b = () => notifyError(new Error('x'), (lng) => t('messages.editFailed', { lng }));\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-syntax: .*function of the language/);
  });

  it('fires on toLocaleString / toLocaleDateString in the engine (they build a formatter per call)', async () => {
    const errors = await formatterErrors(
      'shared/features/works/sample-violation.ts',
      "export const a = (1234.5).toLocaleString('pt-BR');\nexport const b = new Date(0).toLocaleDateString('en');\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('passes the cached formatters, and the module that holds the cache', async () => {
    expect(
      await formatterErrors(
        'renderer/src/features/programmes/sample-clean.ts',
        "import { numberFormat } from '../../i18n/format';\nexport const n = numberFormat('pt-BR').format(1);\n",
      ),
    ).toEqual([]);
    expect(await formatterErrors('shared/text/locale-format.ts', "export const f = new Intl.NumberFormat('en');\n")).toEqual([]);
  });

  it('still refuses a focused test', async () => {
    const errors = await formatterErrors('test/unit/sample.test.ts', "import { it } from 'vitest';\nit.only('x', () => {});\n");
    expect(errors).toHaveLength(1);
  });
});

/** DESIGN §1: SQL only in repositories; `npm run lint` refuses a statement written anywhere else. */
describe('SQL only in repositories: `npm run lint` refuses SQL outside them', () => {
  it('fires on a statement in a service, the CLI and the renderer (string and template)', async () => {
    const service = await formatterErrors(
      'shared/features/works/sample-service.ts',
      "export const q = 'SELECT 1 AS x FROM site WHERE id = ?';\nexport const u = `\n  UPDATE work SET title = ? WHERE id = ${1}`;\n",
    );
    expect(service).toHaveLength(2);
    for (const e of service) expect(e).toMatch(/^no-restricted-syntax: SQL only in repositories/);
    expect(await formatterErrors('electron/cli/commands/sample.ts', "export const q = 'DELETE FROM employment';\n")).toHaveLength(1);
    expect(
      await formatterErrors('renderer/src/features/works/sample.ts', "export const q = 'WITH t AS (SELECT 1) SELECT * FROM t';\n"),
    ).toHaveLength(1);
  });

  it('passes SQL in repositories and the database layer, and words that only look like SQL', async () => {
    const sql = "export const q = 'SELECT id FROM site WHERE code = ?';\n";
    expect(await formatterErrors('shared/features/works/work-repository.ts', sql)).toEqual([]);
    expect(await formatterErrors('shared/repositories/site-repository.ts', sql)).toEqual([]);
    expect(await formatterErrors('shared/db/open-workspace.ts', sql)).toEqual([]);
    // A tag name, a UI label: no statement.
    expect(
      await formatterErrors(
        'renderer/src/workspace/sample.ts',
        "export const a = (tag: string) => tag === 'SELECT';\nexport const b = 'Select a site';\n",
      ),
    ).toEqual([]);
  });
});
