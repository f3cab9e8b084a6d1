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
