import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIELD_REFUSALS } from '../../../shared/domain/field-refusals';
import { ArranjoError } from '../../../shared/errors';
import { siteInputSchema } from '../../../shared/domain/schemas';
import { parseInput, refuseField } from '../../../shared/rpc/validate';
import { resources } from '../../../renderer/src/i18n/resources';
import { openWorkspaceDatabase } from '../../../shared/db/open-workspace';
import { loadSql } from '../../support/node-engine';
import { FIELD_REFUSAL_SAMPLES } from '../../support/field-refusal-samples';
import { fieldLabel, fieldReasonText, formFieldRefusal, translateError } from '../../../renderer/src/notifications/notify-error';
import { writeError } from '../../../renderer/src/platform/browser-platform';
import { measurementInputSchema, workInputSchema } from '../../../shared/features/works/schemas';
import {
  actionInputSchema as programmeActionSchema,
  periodSchema,
  programmeInputSchema,
} from '../../../shared/features/programmes/schemas';
import { prospectInputSchema } from '../../../shared/features/attraction/schemas';

/** The engine's refusal of a value by a schema (the input validation at every boundary). */
function refusal(schema: z.ZodType, value: unknown): ArranjoError {
  try {
    parseInput(schema, value, 'input');
  } catch (error) {
    return error as ArranjoError;
  }
  throw new Error('accepted');
}

beforeAll(async () => {
  await i18next.init({ resources, lng: 'pt-BR', fallbackLng: 'pt-BR', interpolation: { escapeValue: false } });
});

describe('translateError', () => {
  it('translates a refused file by its code and names the file', async () => {
    await i18next.changeLanguage('pt-BR');
    const error = new ArranjoError('NOT_SQLITE', 'x.arranjo is not an Arranjo workspace (not a SQLite database).', { file: 'x.arranjo' });
    const { title, message, details } = translateError(error);
    expect(title).toBe('Não é um espaço de trabalho do Arranjo');
    expect(message).toContain('O arquivo x.arranjo não é um espaço de trabalho do Arranjo');
    expect(details).toContain('Arquivo: x.arranjo');
    expect(details.some((d) => d.includes('not a SQLite database'))).toBe(true);
  });

  it('a workspace sent compressed, or a workbook renamed .arranjo, says so and what to do', async () => {
    const SQL = await loadSql();
    const refused = (bytes: number[]) => {
      try {
        openWorkspaceDatabase(SQL, new Uint8Array([...bytes, ...new Array<number>(100).fill(0)]), 'plano.arranjo');
      } catch (error) {
        return error;
      }
      throw new Error('opened');
    };
    await i18next.changeLanguage('es');
    expect(translateError(refused([0x1f, 0x8b, 0x08])).message).toContain('es un archivo comprimido (gzip)');
    await i18next.changeLanguage('pt-BR');
    expect(translateError(refused([0x50, 0x4b, 0x03, 0x04])).message).toContain('importe-a em Importar/Exportar');
  });

  it('says why a file could not be written (a full disk, the browser storage) in the language, not the generic "check the folder"', async () => {
    const disk = new ArranjoError(
      'FILE_ACCESS',
      'Could not save /tmp/ws.arranjo: the disk is full. The previously saved file was left untouched.',
      { file: '/tmp/ws.arranjo' },
      { path: '/tmp/ws.arranjo', operation: 'write', reason: 'ENOSPC' },
    );
    await i18next.changeLanguage('pt-BR');
    expect(translateError(disk).message).toBe(
      'O disco está cheio: não foi possível gravar /tmp/ws.arranjo, e o arquivo salvo antes continua como estava. Libere espaço ou salve em outro disco.',
    );
    // The browser's IndexedDB refusing a save for its quota (it said "Erro inesperado").
    const quota = writeError(new DOMException('quota', 'QuotaExceededError'), 'Plano');
    const aborted = new DOMException('aborted', 'AbortError');
    expect(writeError(aborted, 'Plano')).toBe(aborted);
    await i18next.changeLanguage('es');
    expect(translateError(quota).message).toMatch(/^El almacenamiento del navegador está lleno: Plano no se guardó/);
    // A reason without a text of its own keeps the general one.
    const other = new ArranjoError('FILE_ACCESS', 'Could not open x: the system refused it (EXDEV).', { file: 'x' }, { reason: 'EXDEV' });
    expect(translateError(other).message).toMatch(/^No se pudo leer ni escribir el archivo x/);
  });

  it('a received workspace with unreadable JSON: table, column and row, in the UI language', async () => {
    await i18next.changeLanguage('pt-BR');
    const error = new ArranjoError(
      'CORRUPT_WORKSPACE',
      'x.arranjo holds data Arranjo cannot read: grid_view (id 7), column state, is not valid JSON.',
      { file: 'x.arranjo', column: 'grid_view.state', row: 7 },
      { reason: 'json', table: 'grid_view', column: 'state' },
    );
    const { message, details } = translateError(error);
    expect(message).toContain(
      'O arquivo x.arranjo contém dados que esta versão do Arranjo não consegue ler (tabela grid_view, coluna state)',
    );
    expect(details[0]).toContain('grid_view.state');
    await i18next.changeLanguage('es');
    expect(translateError(error).message).toContain('(tabla grid_view, columna state)');
  });

  it('names the field and translates the reason the engine names', async () => {
    await i18next.changeLanguage('en');
    const error = refuseField('lotsTotal', 'negative', {}, 'cannot be negative');
    expect(error.message).toBe('lotsTotal: cannot be negative');
    expect(translateError(error).message).toBe('Lots (total): cannot be negative');
    await i18next.changeLanguage('es');
    expect(translateError(error).message).toBe('Lotes (total): no puede ser negativo');
    // The reason, not the wording, decides: a reworded message still translates.
    const reworded = new ArranjoError('INVALID_INPUT', 'lotsTotal: below zero', {}, { field: 'lotsTotal', reason: 'negative' });
    expect(translateError(reworded).message).toBe('Lotes (total): no puede ser negativo');
  });

  it('names what keeps a district from being deleted, with how many of each', async () => {
    await i18next.changeLanguage('pt-BR');
    const held = { works: 2, plans: 0, lots: 1, prospects: 3, actions: 0 };
    const error = new ArranjoError(
      'CONSTRAINT',
      'Site 1 still has 2 works, 1 lots, 3 prospects; delete them first.',
      {},
      { reason: 'site-in-use', ...held },
    );
    expect(translateError(error).message).toBe(
      'o distrito ainda tem 2 obras, 1 lote e 3 prospectos de investimento; exclua ou transfira esses registros para outro distrito antes',
    );
    await i18next.changeLanguage('en');
    expect(translateError(error).message).toBe(
      'the district still has 2 works, 1 lot, and 3 investment prospects; delete them or move them to another district first',
    );
  });

  it('says in the language that a measurement’s progress is below the previous one, with its values and date', async () => {
    await i18next.changeLanguage('pt-BR');
    const error = new ArranjoError(
      'INVALID_INPUT',
      'physicalProgress: physical progress 30% on 2025-07-31 is below the 40%…',
      { column: 'physicalProgress' },
      {
        field: 'physicalProgress',
        reason: 'progress-below-previous',
        value: 30,
        previous: 40.5,
        date: '2025-06-30',
      },
    );
    expect(translateError(error).message).toBe(
      'Avanço físico: o avanço físico (30%) é menor que o da medição de 30/06/2025 (40,5%); o avanço é acumulado: corrija o valor ou marque a medição como correção',
    );
  });

  it('translates a duplicate code and a code that is no municipality', async () => {
    await i18next.changeLanguage('pt-BR');
    const error = refuseField('code', 'duplicate', { value: 'DI-X' }, '"DI-X" is already used by another site.', { code: 'CONSTRAINT' });
    expect(translateError(error).message).toBe('Código: já é usado por outro item');
    const municipality = refuseField('municipalityCode', 'not-a-municipality', { value: '3199999', count: 1 }, '3199999 is not…');
    expect(translateError(municipality).message).toBe('Município: não é um código de município do IBGE');
  });

  it('says the attraction plan’s refusals in the language, never by the field’s code (it said "sectorCode: 2 is already…")', async () => {
    await i18next.changeLanguage('pt-BR');
    const inPlan = refuseField('sectorCode', 'in-plan', { value: '2' }, '2 is already a target sector of this plan.', {
      code: 'CONSTRAINT',
    });
    expect(translateError(inPlan).message).toBe('Setor IBGE: «2» já está neste plano');
    expect(translateError(inPlan).details.join(' ')).not.toContain('Coluna');
    const cnpj = refuseField('cnpj', 'prospect-exists', { value: 'Alfa' }, '… is already the prospect "Alfa" of this district.', {
      code: 'CONSTRAINT',
    });
    expect(translateError(cnpj).message).toBe('CNPJ: já é a empresa «Alfa» deste distrito');
    const noJobs = new ArranjoError('INVALID_INPUT', 'The workspace has no jobs by IBGE sector…', {}, { reason: 'no-sector-jobs' });
    expect(translateError(noJobs).message).toMatch(/^o espaço de trabalho não tem empregos por setor IBGE: importe/);
    await i18next.changeLanguage('es');
    expect(translateError(inPlan).message).toBe('Sector IBGE: «2» ya está en este plan');
    const period = refuseField('period', 'plan-exists', { value: '2027' }, 'this site already has a plan for 2027.', {
      code: 'CONSTRAINT',
    });
    expect(translateError(period).message).toBe('Período: este distrito ya tiene un plan para 2027');
    await i18next.changeLanguage('pt-BR');
  });

  it('says why a period’s parts are refused, with the period as the UI writes it (it was English)', async () => {
    await i18next.changeLanguage('pt-BR');
    const sum = refuseField(
      'targets.0.parts',
      'parts-sum',
      { period: '2025-Q1', dimension: 'sex', sum: 9, actual: 10.5 },
      'period 2025-Q1: …',
    );
    expect(translateError(sum).message).toBe(
      'Realizado por parte: as partes de 1º trim. 2025 por sexo somam 9, não o realizado 10,5: corrija uma parte ou o realizado',
    );
    const none = refuseField('targets.0.parts', 'parts-without-actual', { period: '2025-Q1' }, 'period 2025-Q1 has parts but no actual…');
    expect(translateError(none).message).toBe(
      'Realizado por parte: 1º trim. 2025 tem partes mas não tem realizado: informe o realizado que elas somam',
    );
  });

  it('says every field reason with its values; only an error without a reason keeps the engine’s words', async () => {
    await i18next.changeLanguage('pt-BR');
    const long = refuseField('name', 'too-long', { max: 300 }, 'Too big: expected string to have <=300 characters');
    expect(translateError(long).message).toBe('Nome: deve ter no máximo 300 caracteres');
    // No English line under it: the reason says it all (the pop-up ended "Detalhe técnico: name: Too big…").
    expect(translateError(long).details.join(' ')).not.toContain('Too big');
    const few = (min: number) => refuseField('members', 'too-few-items', { min }, `Too small: expected array to have >=${min} items`);
    expect(translateError(few(1)).message).toBe('Membros: deve ter pelo menos 1 item');
    expect(translateError(few(2)).message).toBe('Membros: deve ter pelo menos 2 itens');
    const kind = refuseField('kind', 'choice', { options: 'industrial-district,productive-pole' }, 'Invalid option');
    expect(translateError(kind).message).toBe('Tipo: escolha uma das opções: industrial-district, productive-pole');
    const matrix = refuseField('ahpMatrix', 'matrix-size', { size: 2, criteria: 3 }, 'is 2 × 2, but the scenario has 3 criteria.');
    expect(translateError(matrix).message).toBe('ahpMatrix: é 2 × 2, mas deve ter uma linha e uma coluna por critério (3 × 3)');
    // 'invalid' has no words of its own: a translated lead-in, the engine's words as the detail.
    const invalid = refuseField('criteria.0.preference', 'invalid', {}, 'Preference function "linear" needs p > 0.');
    expect(translateError(invalid).message).toBe('criteria.0.preference: não é válido: Preference function "linear" needs p > 0.');
    await i18next.changeLanguage('es');
    expect(translateError(refuseField('code', 'has-values', { count: 3 }, 'POP has 3 values; …')).message).toBe(
      'Código: el indicador aún tiene 3 valores; elimínelos o deshaga su importación antes',
    );
    await i18next.changeLanguage('pt-BR');
    const bare = new ArranjoError('INVALID_INPUT', 'jobs: is required', {}, { field: 'jobs' });
    expect(translateError(bare).message).toBe('Empregos: is required');
  });

  it('has a text in each language for every reason of FIELD_REFUSALS, never the engine’s English', async () => {
    const english = 'the engine says this in English';
    const texts: Record<string, Record<string, string>> = {};
    for (const lng of ['pt-BR', 'en', 'es'] as const) {
      await i18next.changeLanguage(lng);
      for (const reason of FIELD_REFUSALS) {
        const text = fieldReasonText(refuseField('name', reason, FIELD_REFUSAL_SAMPLES[reason], english));
        const about = `${reason} (${lng})`;
        expect(text.trim(), about).not.toBe('');
        expect(text, about).not.toMatch(/\{\{|errors\.validation/);
        // Only 'invalid' carries the engine's words, after its translated lead-in.
        if (reason === 'invalid') expect(text, about).toMatch(new RegExp(`^.+: ${english}$`));
        else expect(text, about).not.toContain(english);
        (texts[reason] ??= {})[lng] = text;
      }
    }
    for (const reason of FIELD_REFUSALS) {
      const { 'pt-BR': pt, en, es } = texts[reason] ?? {};
      expect(pt, reason).not.toBe(en);
      expect(es, reason).not.toBe(en);
    }
  });

  it('reads the reason of a refusal made by the input validation (zod), from its structure', async () => {
    await i18next.changeLanguage('en');
    const refused = (value: unknown) => {
      try {
        parseInput(siteInputSchema, value, 'site');
      } catch (error) {
        return error as ArranjoError;
      }
      throw new Error('accepted');
    };
    const site = { code: 'A', kind: 'industrial-district', name: 'A' };
    expect(refused({ ...site, name: ' ' }).params).toEqual({ field: 'name', reason: 'required' });
    expect(refused({ ...site, jobs: 'doze' }).params).toEqual({ field: 'jobs', reason: 'number' });
    expect(refused({ ...site, jobs: 1.5 }).params).toEqual({ field: 'jobs', reason: 'whole-number' });
    expect(refused({ ...site, jobs: -1 }).params).toEqual({ field: 'jobs', reason: 'negative' });
    expect(refused({ ...site, lat: 91 })).toMatchObject({ params: { field: 'lat', reason: 'at-most', max: 90 } });
    expect(refused({ ...site, lon: -181 })).toMatchObject({ params: { field: 'lon', reason: 'at-least', min: -180 } });
    expect(refused({ ...site, code: 'x'.repeat(65) }).params).toEqual({ field: 'code', reason: 'too-long', max: 64 });
    expect(refused({ ...site, kind: 'castle' }).params).toMatchObject({ field: 'kind', reason: 'choice' });
    expect(refused({ ...site, lat: 91 }).message).not.toContain('must be a number');
    expect(translateError(refused({ ...site, jobs: 'doze' })).message).toBe('Jobs: must be a number');
  });

  it('says an exclusive bound with its value, in the UI language (a work without a district read "must be more than 0")', async () => {
    const above = refusal(z.object({ siteId: z.number().int().positive() }), { siteId: 0 });
    expect(above.params).toEqual({ field: 'siteId', reason: 'above', min: 0 });
    const below = refusal(z.object({ share: z.number().lt(1) }), { share: 1 });
    expect(below.params).toEqual({ field: 'share', reason: 'below', max: 1 });
    await i18next.changeLanguage('pt-BR');
    expect(fieldReasonText(above)).toBe('deve ser maior que 0');
    await i18next.changeLanguage('es');
    expect(fieldReasonText(below)).toBe('debe ser menor que 1');
  });

  it('names the fields of works, plans, programmes and initiatives as their forms do, not the engine’s keys', async () => {
    const work = {
      siteId: 1,
      code: 'OB-1',
      title: 'Pavimentação',
      category: 'paving',
      budgetPlanned: 100,
      plannedStart: '2025-03-01',
      plannedEnd: '2025-12-31',
    };
    const negative = refusal(workInputSchema, { ...work, budgetPlanned: -450_000 });
    const early = refusal(workInputSchema, { ...work, plannedEnd: '2025-01-31' });
    const action = {
      programmeId: 1,
      code: 'A-1',
      type: 'field-training',
      municipalityCode: 3106705,
      startDate: '2025-03-15',
      participants: 10,
    };
    const women = refusal(programmeActionSchema, { ...action, women: 12 });
    const ends = refusal(programmeActionSchema, { ...action, endDate: '2025-03-01' });
    await i18next.changeLanguage('pt-BR');
    // They read "budgetPlanned: não pode ser negativo" and "women: não é válido: women cannot be more than the participants".
    expect(translateError(negative).message).toBe('Orçamento previsto (R$): não pode ser negativo');
    expect(translateError(early).message).toBe('Término previsto: é anterior ao início (01/03/2025)');
    expect(translateError(women).message).toBe('Mulheres: não pode passar do número de participantes (10)');
    expect(translateError(ends).message).toBe('Data de término: é anterior ao início (15/03/2025)');
    expect(fieldLabel('targets.0.period')).toBe('Período');
    expect(fieldLabel('maturity')).toBe('Maturidade');
    expect(fieldLabel('nextActionDate')).toBe('Data da próxima ação');
    await i18next.changeLanguage('en');
    expect(translateError(women).message).toBe('Women: cannot be more than the participants (10)');
    await i18next.changeLanguage('es');
    expect(translateError(negative).message).toMatch(/^Presupuesto previsto \(R\$\): /);
  });

  it('accepts what crosses the worker boundary: a plain object, or anything else', async () => {
    await i18next.changeLanguage('pt-BR');
    expect(
      translateError({ code: 'EMPTY_FILE', message: 'vazio.arranjo is empty', location: { file: 'vazio.arranjo' }, params: {} }).title,
    ).toBe('Arquivo vazio');
    expect(translateError(new Error('boom')).title).toBe('Erro inesperado');
    expect(translateError('boom').raw.code).toBe('INTERNAL');
  });
});

describe('an error notification after a language switch', () => {
  it('is worded again in the new language: its context, title, message and details', async () => {
    await i18next.changeLanguage('pt-BR');
    const { notifyError } = await import('../../../renderer/src/notifications/notify-error');
    const { getNotifications, dismissNotification } = await import('../../../renderer/src/notifications/store');
    const error = new ArranjoError('NOT_SQLITE', 'x.arranjo is not an Arranjo workspace (not a SQLite database).', { file: 'x.arranjo' });
    // A fixed t, as a component's is (react-i18next binds it to the language it rendered in).
    const fixed = i18next.getFixedT('pt-BR');
    notifyError(error, (lng) => fixed('workspace.openFailed', { lng }));
    const shown = getNotifications().at(-1);
    if (!shown) throw new Error('no notification');
    const words = () => ({
      title: shown.title(i18next.language),
      message: shown.message(i18next.language),
      details: typeof shown.details === 'function' ? shown.details(i18next.language) : shown.details,
    });
    const pt = words();
    expect(pt.title).toBe(`${i18next.t('workspace.openFailed')}: Não é um espaço de trabalho do Arranjo`);
    expect(pt.details).toContain('Arquivo: x.arranjo');
    await i18next.changeLanguage('es');
    const es = words();
    expect(es.title).toBe(`${i18next.t('workspace.openFailed')}: ${i18next.t('errors.title.NOT_SQLITE')}`);
    expect(es.title).not.toBe(pt.title);
    expect(es.message).not.toBe(pt.message);
    expect(es.details).toContain(i18next.t('errors.location.file', { file: 'x.arranjo' }));
    expect(es.details).not.toContain('Arquivo: x.arranjo');
    dismissNotification(shown.id);
  });
});

describe('formFieldRefusal', () => {
  it("names a refusal of the form's own field with the reason alone, and leaves other errors to a notification", async () => {
    await i18next.changeLanguage('pt-BR');
    // The schema's defaults fill the counts, partner, notes, district and initiative.
    const early = refusal(programmeActionSchema, {
      programmeId: 1,
      code: 'A1',
      type: 'field-training',
      municipalityCode: 3106200,
      startDate: '2025-03-15',
      endDate: '2025-03-01',
    });
    expect(formFieldRefusal(early, ['startDate', 'endDate'])).toEqual({ field: 'endDate', reason: 'é anterior ao início (15/03/2025)' });
    // A field the form does not have, and an error that refuses no value, are not the form's to show.
    expect(formFieldRefusal(early, ['startDate'])).toBeNull();
    expect(formFieldRefusal(new ArranjoError('FILE_ACCESS', 'endDate: disk full', {}, { field: 'endDate' }), ['endDate'])).toBeNull();
  });
});

describe('refusals the schemas check themselves, in the UI language (the es audit read them in English)', () => {
  it('a CNPJ, a programme period, a day off the calendar, an amount or threshold above the one that bounds it', async () => {
    await i18next.changeLanguage('es');
    const said = (schema: z.ZodType, value: unknown) => translateError(refusal(schema, value)).message;
    expect(said(prospectInputSchema, { company: 'X', cnpj: '11.444.777/0001-62' })).toBe(
      'CNPJ: no es un CNPJ válido (12 dígitos o letras y los 2 dígitos verificadores correctos)',
    );
    expect(said(z.object({ period: periodSchema }), { period: '2025-5' })).toBe(
      'Período: debe ser un año, trimestre o mes, como 2025, 2025-T1 o 2025-03',
    );
    const measurement = { workId: 1, date: '2025-02-30', physicalProgress: 10, committed: 100, disbursed: 50 };
    expect(said(measurementInputSchema, measurement)).toMatch(/: no es una fecha del calendario$/);
    expect(said(measurementInputSchema, { ...measurement, date: '2025-02-28', disbursed: 150 })).toMatch(
      /^[^:]+: no puede superar «[^»]+»$/,
    );
    expect(said(programmeInputSchema, { name: 'P', ragGreen: 0.6, ragAmber: 0.9 })).toBe(
      'Ámbar desde (%): no puede superar «Verde desde (%)»',
    );
    for (const text of [said(prospectInputSchema, { company: 'X', cnpj: '1' }), said(measurementInputSchema, measurement)])
      expect(text).not.toMatch(/not a valid|calendar date|must be/);
    await i18next.changeLanguage('pt-BR');
    expect(said(measurementInputSchema, { ...measurement, date: '2025-02-28', disbursed: 150 })).toBe(
      'Desembolsado acumulado (R$): não pode passar de «Empenhado acumulado (R$)»',
    );
  });
});

describe('the bound of a refused number, as the UI language writes numbers', () => {
  it('groups a large bound, keeps a year as written, and writes decimals with the locale comma', async () => {
    const said = (schema: z.ZodType, value: unknown) => translateError(refusal(schema, value)).message;
    await i18next.changeLanguage('pt-BR');
    // It read "deve ser no máximo 10000000000000".
    expect(said(prospectInputSchema, { company: 'X', investment: 1e17 })).toBe('Investimento (R$): deve ser no máximo 10.000.000.000.000');
    await i18next.changeLanguage('en');
    expect(said(prospectInputSchema, { company: 'X', investment: 1e17 })).toBe('Investment (R$): must be at most 10,000,000,000,000');
    await i18next.changeLanguage('pt-BR');
    expect(translateError(refuseField('year', 'at-most', { max: 2200 }, 'must be at most 2200')).message).toMatch(/no máximo 2200$/);
    expect(translateError(refuseField('share', 'at-least', { min: 0.5 }, 'must be at least 0.5')).message).toMatch(/no mínimo 0,5$/);
  });
});
