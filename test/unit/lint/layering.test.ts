import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The engine's layering rule (eslint.config.js, DESIGN.md §1) on small sample sources linted as if
 * they sat at a given path: the kernel never imports a feature, a feature reaches another only through
 * its index. Only `no-restricted-imports` is reported, so the samples need not be otherwise perfect.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('engine layering lint rule', () => {
  beforeAll(() => {
    // Type-aware rules off: the samples are not files of a TypeScript project.
    eslint = new ESLint({
      cwd: root,
      overrideConfig: {
        languageOptions: { parserOptions: { projectService: false, project: null } },
      },
      ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    });
  });

  it('fires when the kernel imports a feature', async () => {
    const messages = await restricted('shared/import/layering-sample.ts', "import { EconomyService } from '../features/economy';\nexport { EconomyService };\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/kernel must not import a feature/);
  });

  it('fires when a feature reaches into another feature past its index', async () => {
    const messages = await restricted(
      'shared/features/economy/layering-sample.ts',
      "import { TerritorySetRepository } from '../territories/territory-set-repository';\nexport { TerritorySetRepository };\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/only through its public entry/);
  });

  it('passes a feature that uses the kernel, its own files and another feature through its index', async () => {
    const code = [
      "import { ArranjoError } from '../../errors';",
      "import { EmploymentRepository } from '../../repositories/employment-repository';",
      "import { LqRow } from '../../analysis/economy/types';",
      "import { TerritorySetRepository } from '../territories';",
      "import { EconomyService } from './economy-service';",
      'export { ArranjoError, EmploymentRepository, EconomyService, TerritorySetRepository };',
      'export type { LqRow };',
      '',
    ].join('\n');
    expect(await restricted('shared/features/economy/layering-sample.ts', code)).toEqual([]);
  });

  it('lets the composition root and the kernel stand where they are', async () => {
    expect(await restricted('shared/engine/engine.ts', "import { economyArea } from '../features/economy';\nexport { economyArea };\n")).toEqual([]);
    expect(await restricted('shared/import/layering-sample.ts', "import { ArranjoError } from '../errors';\nexport { ArranjoError };\n")).toEqual([]);
  });
});
