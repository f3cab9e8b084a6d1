import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freeName } from '../../../renderer/src/platform/free-name';
import { isPreMigrationCopy, preMigrationName } from '../../../renderer/src/workspace/pre-migration-copy';
import { isDirty } from '../../../renderer/src/workspace/workspace-snapshot';
import { restoreNames } from '../../../shared/domain/workspace-backups';
import { controllerFixture, storedText, WORKSPACE_NAMES } from './workspace-fakes';

const names = WORKSPACE_NAMES;
const text = storedText;

/** The names the browser stores copies under: an upload beside a stored one, the copy kept before an update. */
describe("the browser's copy names", () => {
  let { engine, platform, controller } = controllerFixture();
  beforeEach(() => {
    ({ engine, platform, controller } = controllerFixture());
  });

  it('a numbered copy uploaded again takes the next number, not a number after its number', async () => {
    await controller.start(names);
    platform.store.set('plano', new TextEncoder().encode('old'));
    platform.store.set('plano (2)', new TextEncoder().encode('copy'));
    const upload = { location: null, fileName: 'plano (2).arranjo', displayName: 'plano (2)', knownClean: false };
    await controller.openFile({ ...upload, bytes: new TextEncoder().encode('again') }, names);
    // It was stored as "plano (2) (2)".
    expect(controller.getSnapshot().name).toBe('plano (3)');
    expect(await text(platform.store.get('plano (3)'))).toBe('again@0');
    // A name whose parentheses are its own is numbered whole; each name is its own stem once numbered.
    expect(freeName('Censo (2022)', new Set(['Censo (2022)']))).toBe('Censo (2022) (2)');
    expect(freeName('plano (3)', new Set(['plano', 'plano (2)', 'plano (3)']))).toBe('plano (4)');
  });

  it('the copy kept before an update, opened, is not copied again under a doubled name, and no save replaces it', async () => {
    await controller.start(names);
    const copy = 'plano (cópia antes da atualização, formato 17)';
    platform.store.set(copy, new TextEncoder().encode('plano v17'));
    engine.migratedFrom = 17;
    await controller.openFile(await platform.read({ kind: 'browser', name: copy }), names);
    // It got "plano (cópia antes da atualização, formato 17) (cópia antes da atualização, formato 17)".
    expect([...platform.store.keys()].filter((n) => n.startsWith('plano'))).toEqual([copy]);
    expect(controller.getSnapshot()).toMatchObject({ name: copy, location: null });
    expect(isDirty(controller.getSnapshot())).toBe(true);
    // Saving asks for a name: the old version stays as it was.
    expect(await controller.save()).toBe(false);
    expect(await text(platform.store.get(copy))).toBe('plano v17');
  });

  it('after a language switch, the copy kept before an update is still one: not copied again, nor kept twice', async () => {
    await controller.start(names);
    platform.store.set('plano', new TextEncoder().encode('plano v17'));
    engine.migratedFrom = 17;
    // Kept on the English screen…
    const english = { ...names, preMigration: (name: string, schema: number) => preMigrationName(name, schema, 'en') };
    await controller.openFile(await platform.read({ kind: 'browser', name: 'plano' }), english);
    const copy = 'plano (copy before the update, format 17)';
    expect(await text(platform.store.get(copy))).toBe('plano v17');
    // …the original opened again on the Portuguese one before a save: it was kept a second time, in Portuguese.
    await controller.openFile(await platform.read({ kind: 'browser', name: 'plano' }), names);
    // …and the copy opened there: it was copied as "plano (copy before the update, format 17) (cópia antes da atualização, formato 17)".
    await controller.openFile(await platform.read({ kind: 'browser', name: copy }), names);
    expect([...platform.store.keys()].filter((n) => n.startsWith('plano')).sort()).toEqual(['plano', copy]);
    expect(controller.getSnapshot()).toMatchObject({ name: copy, location: null });
    expect(isPreMigrationCopy('plano (copia antes de la actualización, formato 17)', 17)).toBe(true);
    expect(isPreMigrationCopy('plano (copia antes de la actualización, formato 17)', 18)).toBe(false);
    expect(isPreMigrationCopy('Censo (formato 17)', 17)).toBe(false);
  });
});

describe('a desktop backup opened (the .bak the damaged-file message names)', () => {
  const loadedBytes = { fileName: 'plano.arranjo', displayName: 'plano', knownClean: false, bytes: new Uint8Array([1]) };
  it('opens stored nowhere: a save asks where, and never writes over the backup', async () => {
    const { engine, platform, controller } = controllerFixture();
    const desktop = Object.assign(platform, { kind: 'electron' as const });
    const write = vi.spyOn(desktop, 'write');
    await controller.start(names);
    for (const path of ['/dados/plano.arranjo.bak', '/dados/plano.arranjo.schema-17.bak']) {
      const backup = { location: { kind: 'file', path } as const, fileName: path.slice(7), displayName: path.slice(7), knownClean: false };
      await controller.openFile({ ...backup, bytes: new TextEncoder().encode('plano v17') }, names);
      expect(engine.current).toBe('plano v17');
      // It opened at the backup's path: Save wrote over the backup (keeping a .bak.bak).
      // Save As is told which backup it restores (main suggests "plano.arranjo" beside it, not "plano.arranjo.bak.arranjo").
      expect(controller.getSnapshot()).toMatchObject({ name: path.slice(7), location: null, restoredFrom: path });
      expect(await controller.save()).toBe(false);
    }
    expect(write).not.toHaveBeenCalled();
    // Saved, it is a workspace of its own: its next Save As suggests its own name.
    const restored = { kind: 'file', path: '/dados/plano (restaurado).arranjo' } as const;
    await controller.saveTo(restored);
    expect(controller.getSnapshot()).toMatchObject({ name: 'plano (restaurado)', location: restored, restoredFrom: null });
    // A workspace's own file still opens where it is, restoring nothing.
    await controller.openFile({ location: { kind: 'file', path: '/dados/plano.arranjo.bak' }, ...loadedBytes }, names);
    const own = { kind: 'file', path: '/dados/plano.arranjo' } as const;
    await controller.openFile({ location: own, ...loadedBytes }, names);
    expect(controller.getSnapshot()).toMatchObject({ location: own, restoredFrom: null });
  });

  it("uploaded in the browser, it is stored as its workspace, never under a stored one's name", async () => {
    const { platform, controller } = controllerFixture();
    await controller.start(names);
    const upload = (fileName: string, content: string, as = names) =>
      controller.openFile(
        {
          location: null,
          fileName,
          displayName: fileName.replace(/\.arranjo$/, ''),
          knownClean: false,
          bytes: new TextEncoder().encode(content),
        },
        as,
      );
    // It was stored and shown as "plano.arranjo.bak" (downloaded as "plano.arranjo.bak.arranjo").
    await upload('plano.arranjo.bak', 'plano v1');
    expect(controller.getSnapshot()).toMatchObject({ name: 'plano', location: { kind: 'browser', name: 'plano' } });
    // "plano" is stored now and may hold newer work: an update's backup comes back beside it.
    await upload('plano.arranjo.schema-17.bak', 'plano v17');
    expect(controller.getSnapshot().name).toBe('plano (restaurado)');
    await upload('PLANO.ARRANJO.BAK', 'plano v0');
    expect(controller.getSnapshot().name).toBe('PLANO');
    await upload('plano.arranjo.bak', 'plano v2', { ...names, restored: (backup) => restoreNames(backup, 'en') });
    expect(controller.getSnapshot().name).toBe('plano (restored)');
    await upload('plano.arranjo.bak', 'plano v3');
    expect(controller.getSnapshot().name).toBe('plano (restaurado) (2)');
    expect(await text(platform.store.get('plano'))).toBe('plano v1@0');
    expect(await text(platform.store.get('plano (restaurado)'))).toBe('plano v17@0');
    // A workspace file uploaded keeps its numbering beside a stored one of the same name.
    await upload('plano.arranjo', 'plano v4');
    expect(controller.getSnapshot().name).toBe('plano (2)');
    const spanish = restoreNames('C:\\dados\\Codemig 2025.bak', 'es');
    expect([1, 2, 3].map(() => spanish.next().value)).toEqual([
      'Codemig 2025',
      'Codemig 2025 (restaurado)',
      'Codemig 2025 (restaurado) (2)',
    ]);
  });
});
