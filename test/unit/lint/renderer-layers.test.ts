import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The project's real ESLint configuration, limited to the layering rule (no type information
 * needed, so a sample file that does not exist on disk can be linted).
 */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: root + filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('renderer layering (app/ above the features): `npm run lint` refuses the wrong direction', () => {
  it('fires when a feature imports the app shell', async () => {
    const errors = await layeringErrors(
      'renderer/src/features/territories/sample-violation.ts',
      "import { AREAS } from '../../app/areas';\nexport const n = AREAS.length;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-imports: .*app shell/);
  });

  it('fires for the shared UI folders too (components, workspace, lib…)', async () => {
    const errors = await layeringErrors('renderer/src/components/sample-violation.tsx', "export { App } from '../app/App';\n");
    expect(errors).toHaveLength(1);
  });

  it('passes a feature that takes what it needs from a lower module', async () => {
    const errors = await layeringErrors(
      'renderer/src/features/territories/sample-clean.ts',
      "import { downloadBlob } from '../../lib/download';\nimport { useWorkspace } from '../../workspace/workspace-context';\nexport const pair = [downloadBlob, useWorkspace] as const;\n",
    );
    expect(errors).toEqual([]);
  });

  it('lets the app shell import the features it mounts', async () => {
    const errors = await layeringErrors(
      'renderer/src/app/sample-clean.tsx',
      "import { TerritoriesArea } from '../features/territories/TerritoriesArea';\nexport const area = TerritoriesArea;\n",
    );
    expect(errors).toEqual([]);
  });
});
