import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { InitiativeProfile } from '../../shared/features/initiatives/types';
import { DATA_DIR, newDemoEngine } from '../support/node-engine';

/**
 * Merging two spellings of one polo (the near-duplicate banner's "Unir mantendo …") on the demo's Rotas
 * registry: the kept one takes what it lacks from the merged one (F1), programme actions follow (F2),
 * and a re-import of the Rotas file updates the kept one instead of bringing the merged one back (F3).
 */
const KEPT = 'Polo do MEL do Meio do Mundo';
const MERGED = 'Polo dp MEL do Meio do Mundo';
const ROTAS = readFileSync(`${DATA_DIR}initiatives/rotas_integracao_polos_municipios.csv`);

async function byName(engine: Engine, name: string): Promise<InitiativeProfile> {
  const found = (await engine.listInitiatives({})).find((i) => i.name === name);
  if (!found) throw new Error(`no initiative ${name}`);
  return engine.initiativeProfile(found.code);
}

/** Saves the profile with `changes` over it (the governance form's save). */
async function edit(engine: Engine, p: InitiativeProfile, changes: Record<string, unknown>): Promise<void> {
  await engine.saveInitiative({
    code: p.code,
    name: p.name,
    kind: p.kind,
    route: p.route,
    sectors: p.sectors,
    source: p.source,
    maturity: p.maturity,
    managingBody: p.managingBody,
    committee: p.committee,
    members: p.members,
    contacts: p.contacts,
    notes: p.notes,
    municipalities: p.municipalityList.map((m) => m.code),
    ...changes,
  });
}

const aliases = (engine: Engine): { alias: string }[] =>
  engine.connection().all<{ alias: string }>('SELECT alias FROM initiative_alias ORDER BY alias');

describe('merging two initiatives', () => {
  let engine: Engine;
  let kept: InitiativeProfile;
  let merged: InitiativeProfile;
  beforeEach(async () => {
    engine = await newDemoEngine();
    kept = await byName(engine, KEPT);
    merged = await byName(engine, MERGED);
  }, 180_000);

  it("fills the kept one's empty fields from the merged one, unites sectors and contacts, appends notes, and names what it did not keep", async () => {
    await edit(engine, kept, { maturity: 'Estruturação', sectors: ['01'], contacts: 'mel@example.org', notes: 'Feira anual em julho.' });
    await edit(engine, merged, {
      managingBody: 'Cooperativa X',
      maturity: 'Consolidado',
      committee: 'Comitê do mel',
      sectors: ['01', '10'],
      contacts: 'Mel@example.org\ncoop@example.org',
      members: 'Cooperativa X; Prefeitura de Serra do Navio',
      notes: 'Entreposto em Serra do Navio.',
    });
    kept = await engine.initiativeProfile(kept.code);
    merged = await engine.initiativeProfile(merged.code);

    const result = await engine.mergeInitiatives(kept.code, merged.code);

    expect(result.kept).toMatchObject({
      code: kept.code,
      name: KEPT,
      managingBody: 'Cooperativa X',
      maturity: 'Estruturação',
      committee: 'Comitê do mel',
      sectors: ['01', '10'],
      contacts: 'mel@example.org\ncoop@example.org',
      members: 'Cooperativa X; Prefeitura de Serra do Navio',
      notes: `Feira anual em julho.\n\n[${MERGED} — ${merged.code}]\nEntreposto em Serra do Navio.`,
    });
    expect(result.notKept).toEqual([{ field: 'maturity', value: 'Consolidado', kept: 'Estruturação' }]);
    expect(result.merged).toEqual({ code: merged.code, name: MERGED });
    expect(result.kept.municipalities).toBe(new Set([...kept.municipalityList, ...merged.municipalityList].map((m) => m.code)).size);

    // One undo step puts both back as they were.
    await engine.undo();
    expect(await engine.initiativeProfile(kept.code)).toEqual(kept);
    expect(await engine.initiativeProfile(merged.code)).toEqual(merged);
  }, 60_000);

  it('moves the programme actions of the merged one to the kept one, in the same undo step', async () => {
    const programme = (await engine.listProgrammes())[0];
    if (!programme) throw new Error('the demo has a programme');
    const action = (await engine.programmeActions(programme.id))[0];
    if (!action) throw new Error('the demo programme has actions');
    await engine.saveProgrammeAction({ ...action, programmeId: programme.id, initiativeCode: merged.code });
    const initiativeOf = async (): Promise<string | null> =>
      (await engine.programmeActions(programme.id)).find((a) => a.id === action.id)?.initiativeCode ?? null;
    expect(await initiativeOf()).toBe(merged.code);

    const result = await engine.mergeInitiatives(kept.code, merged.code);
    expect(result.actionsMoved).toBe(1);
    expect(await initiativeOf()).toBe(kept.code);

    await engine.undo();
    expect(await initiativeOf()).toBe(merged.code);
    expect((await engine.initiativeProfile(merged.code)).name).toBe(MERGED);
    await engine.redo();
    expect(await initiativeOf()).toBe(kept.code);
    // An action saved later with the merged code is the kept one's.
    await engine.saveProgrammeAction({ ...action, programmeId: programme.id, initiativeCode: merged.code.toLowerCase() });
    expect(await initiativeOf()).toBe(kept.code);
  }, 60_000);

  it('remembers the merge: re-importing the Rotas file updates the kept polo, says so, and never brings the merged one back', async () => {
    const count = (await engine.listInitiatives({})).length;
    await engine.mergeInitiatives(kept.code, merged.code);
    expect(aliases(engine)).toEqual([{ alias: merged.code }]);
    const afterMerge = await engine.initiativeProfile(kept.code);

    const preview = await engine.importFile(ROTAS, 'rotas_integracao_polos_municipios.csv', { template: 'rotas-polos', dryRun: true });
    expect(preview.errors).toEqual([]);
    const said = preview.warnings.filter((w) => w.message.includes('was merged into'));
    expect(said).toHaveLength(1);
    expect(said[0]?.message).toContain(`"${MERGED}" (code ${merged.code}) was merged into "${KEPT}"`);
    expect(preview.warnings.some((w) => w.message.includes(MERGED) && w.message.includes('looks like'))).toBe(false);

    const imported = await engine.importFile(ROTAS, 'rotas_integracao_polos_municipios.csv', { template: 'rotas-polos' });
    expect(imported.errors).toEqual([]);
    const list = await engine.listInitiatives({});
    expect(list).toHaveLength(count - 1);
    expect(list.some((i) => i.name === MERGED || i.code === merged.code)).toBe(false);
    const after = await engine.initiativeProfile(kept.code);
    expect(after.name).toBe(KEPT);
    expect(after.municipalityList.map((m) => m.code)).toEqual(afterMerge.municipalityList.map((m) => m.code));
    // Serra do Navio, the merged spelling's only municipality, stays in the kept polo.
    expect(after.municipalityList.some((m) => m.name === 'Serra do Navio')).toBe(true);
  }, 120_000);

  it('undoing the merge removes the alias: the merged code is its own initiative again', async () => {
    await engine.mergeInitiatives(kept.code, merged.code);
    expect(aliases(engine)).toHaveLength(1);
    await engine.undo();
    expect(aliases(engine)).toEqual([]);
    await engine.redo();
    expect(aliases(engine)).toEqual([{ alias: merged.code }]);
  }, 60_000);
});
