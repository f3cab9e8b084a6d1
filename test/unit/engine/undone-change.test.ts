import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../renderer/src/app/areas';
import { AREA_OF_PREFIX, describeChange } from '../../../shared/features/workspace/undone-change';

/** Every .ts file under a folder of shared/, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * The label prefixes the services record undoable changes under: `label: 'site.create'`,
 * `label: \`scenario.${action}\``, `this.edit('initiative.save', …)`, `this.edit(id, 'programme.create', …)`.
 */
function recordedPrefixes(): Set<string> {
  const found = new Set<string>();
  const pattern = /(?:label:\s*|edit\(\s*(?:[^,'`()]+,\s*)?)['`]([a-zA-Z-]+)[.'`]/g;
  for (const file of [...sources('shared/features'), ...sources('shared/import')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) if (m[1]) found.add(m[1]);
  }
  return found;
}

const change = (label: string, subject?: { area: string; target?: string; fields?: string[] }) => ({
  label,
  subject,
  undo: () => undefined,
  redo: () => undefined,
});

describe('what an undo message says changed back', () => {
  it('names an app area for every label prefix a service records (never the code word: "uma alteração em initiative")', () => {
    const prefixes = recordedPrefixes();
    // The scan finds the labels it is meant to find.
    for (const known of ['site', 'work', 'scenario', 'attraction', 'programme', 'initiative', 'methodology', 'exchange', 'import'])
      expect(prefixes, known).toContain(known);
    for (const prefix of prefixes) {
      expect(AREAS as readonly string[], `label prefix "${prefix}"`).toContain(describeChange(change(`${prefix}.x`)).area);
    }
    for (const area of Object.values(AREA_OF_PREFIX)) expect(AREAS as readonly string[]).toContain(area);
  });

  it("keeps a change's own area, record and fields", () => {
    expect(describeChange(change('site.update', { area: 'territories', target: 'DI Betim', fields: ['lotsTotal'] }))).toEqual({
      label: 'site.update',
      area: 'territories',
      target: 'DI Betim',
      fields: ['lotsTotal'],
    });
    expect(describeChange(change('initiative.save'))).toEqual({ label: 'initiative.save', area: 'initiatives', target: null, fields: [] });
  });
});
