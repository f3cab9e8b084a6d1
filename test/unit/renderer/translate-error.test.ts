import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import { siteInputSchema } from '../../../shared/rpc/schemas';
import { parseInput, refuseField } from '../../../shared/rpc/validate';
import { resources } from '../../../renderer/src/i18n/resources';
import { translateError } from '../../../renderer/src/notifications/notify-error';

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

  it('translates a duplicate code and a code that is no municipality', async () => {
    await i18next.changeLanguage('pt-BR');
    const error = refuseField('code', 'duplicate', { value: 'DI-X' }, '"DI-X" is already used by another site.', { code: 'CONSTRAINT' });
    expect(translateError(error).message).toBe('Código: já é usado por outro item');
    const municipality = refuseField('municipalityCode', 'not-a-municipality', { value: '3199999', count: 1 }, '3199999 is not…');
    expect(translateError(municipality).message).toBe('Município: não é um código de município do IBGE');
  });

  it('keeps the engine’s words for a reason without a general text, and for errors without a reason', async () => {
    await i18next.changeLanguage('pt-BR');
    const long = refuseField('name', 'too-long', { max: 300 }, 'Too big: expected string to have <=300 characters');
    expect(translateError(long).message).toBe('Nome: Too big: expected string to have <=300 characters');
    const bare = new ArranjoError('INVALID_INPUT', 'jobs: is required', {}, { field: 'jobs' });
    expect(translateError(bare).message).toBe('Empregos: is required');
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

  it('accepts what crosses the worker boundary: a plain object, or anything else', async () => {
    await i18next.changeLanguage('pt-BR');
    expect(
      translateError({ code: 'EMPTY_FILE', message: 'vazio.arranjo is empty', location: { file: 'vazio.arranjo' }, params: {} }).title,
    ).toBe('Arquivo vazio');
    expect(translateError(new Error('boom')).title).toBe('Erro inesperado');
    expect(translateError('boom').raw.code).toBe('INTERNAL');
  });
});
