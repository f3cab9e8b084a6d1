import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
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

  it('names the field and translates known validation messages', async () => {
    await i18next.changeLanguage('en');
    const error = new ArranjoError('INVALID_INPUT', 'lotsTotal: cannot be negative', { column: 'lotsTotal' }, { field: 'lotsTotal' });
    expect(translateError(error).message).toBe('Lots (total): cannot be negative');
    await i18next.changeLanguage('es');
    expect(translateError(error).message).toBe('Lotes (total): no puede ser negativo');
  });

  it('translates a duplicate code', async () => {
    await i18next.changeLanguage('pt-BR');
    const error = new ArranjoError('CONSTRAINT', 'code: "DI-X" is already used by another site.', { column: 'code' }, { field: 'code' });
    expect(translateError(error).message).toBe('Código: já é usado por outro item');
  });

  it('accepts what crosses the worker boundary: a plain object, or anything else', async () => {
    await i18next.changeLanguage('pt-BR');
    expect(translateError({ code: 'EMPTY_FILE', message: 'vazio.arranjo is empty', location: { file: 'vazio.arranjo' }, params: {} }).title).toBe('Arquivo vazio');
    expect(translateError(new Error('boom')).title).toBe('Erro inesperado');
    expect(translateError('boom').raw.code).toBe('INTERNAL');
  });
});
