import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initAppI18n } from '../../support/i18n';
import { FIELD_REFUSALS } from '../../../shared/domain/field-refusals';
import { indicatorInputSchema, indicatorValueEditsSchema } from '../../../shared/features/territories/schemas';
import { parseInput, refuseField } from '../../../shared/rpc/validate';
import { refusal } from '../../support/refusal';
import { ArranjoError, toErrorPayload } from '../../../shared/errors';
import { fieldErrorMessage } from '../../../renderer/src/features/territories/field-error';
import { FIELD_REFUSAL_SAMPLES } from '../../support/field-refusal-samples';

let pt: TFunction<'territories'>;
let en: TFunction<'territories'>;

beforeAll(async () => {
  const i18n = await initAppI18n();
  pt = i18n.getFixedT('pt-BR', 'territories');
  en = i18n.getFixedT('en', 'territories');
});

describe('field errors of the indicator editors', () => {
  it('translates by params.reason with its values, whatever the wording', () => {
    const atMost = refuseField('value', 'at-most', { max: 4 }, 'must be at most 4', { extra: { index: 0, period: '2024' } });
    expect(atMost.params).toMatchObject({ field: 'value', reason: 'at-most', max: 4, index: 0 });
    expect(fieldErrorMessage(atMost, pt)).toBe('Valor: deve ser no máximo 4');
    expect(fieldErrorMessage(toErrorPayload(atMost), en)).toBe('Value: must be at most 4');
    const reworded = new ArranjoError('INVALID_INPUT', 'value: too high, sorry', {}, { field: 'value', reason: 'at-least', min: -1 });
    expect(fieldErrorMessage(reworded, pt)).toBe('Valor: deve ser no mínimo -1');
    const unit = refuseField('unit', 'unknown-unit', { value: 'dólares' }, '"dólares" is not a known unit (known units: …).');
    expect(fieldErrorMessage(unit, pt)).toMatch(/^Unidade: "dólares" não é uma unidade conhecida/);
    const builtIn = refuseField('valueMax', 'built-in', {}, 'cannot change on a built-in indicator.', { code: 'CONSTRAINT' });
    expect(fieldErrorMessage(builtIn, en)).toBe('Maximum: cannot change on a built-in indicator');
    expect(fieldErrorMessage(refuseField('name', 'duplicate', { value: 'X' }, '"X" is already used by another territory.'), pt)).toBe(
      'Nome: já é usado por outro item',
    );
  });

  it('gets the reason of the schema checks: required, number, code characters, period', () => {
    const input = { code: 'PIB', name: { pt: 'PIB', en: 'GDP', es: 'PIB' }, unit: '', direction: 'neutral', category: 'Economia' };
    const required = refusal(() => parseInput(indicatorInputSchema, { ...input, name: { ...input.name, pt: ' ' } }, 'indicator'));
    expect(required.params).toEqual({ field: 'name.pt', reason: 'required' });
    expect(fieldErrorMessage(required, pt)).toBe('Nome (pt): é obrigatório');
    const chars = refusal(() => parseInput(indicatorInputSchema, { ...input, code: 'PIB X' }, 'indicator'));
    expect(chars.params).toEqual({ field: 'code', reason: 'code-chars' });
    expect(chars.message).toBe('code: may only hold letters, digits, "_", "." and "-"');
    expect(fieldErrorMessage(chars, en)).toBe('Code: only letters, digits, "_", "." and "-"');
    const edit = { indicatorCode: 'POP', subjectKind: 'municipality', subjectCode: '3106200', period: '2024', value: 1 };
    const period = refusal(() => parseInput(indicatorValueEditsSchema, [{ ...edit, period: 'ontem' }], 'values'));
    expect(period.params).toEqual({ field: '0.period', reason: 'period-format' });
    expect(fieldErrorMessage(period, pt)).toBe('Período: deve ser um ano, como 2024 (ou 2024-S1, 2024-03)');
    const number = refusal(() => parseInput(indicatorValueEditsSchema, [{ ...edit, value: 'três' }], 'values'));
    expect(number.params).toEqual({ field: '0.value', reason: 'number' });
    expect(number.message).toBe('0.value: must be a number');
    expect(fieldErrorMessage(number, pt)).toBe('Valor: deve ser um número');
  });

  it('falls back to the general translation for reasons it has no words for, and for other errors', () => {
    const members = refuseField(
      'members',
      'not-a-municipality',
      { value: '3199999', count: 1 },
      '3199999 is not an IBGE municipality code.',
    );
    expect(fieldErrorMessage(members, pt)).toBe('Municípios: não é um código de município do IBGE');
    const missing = refuseField('indicatorCode', 'not-found', { value: 'NOPE' }, 'NOPE is not in the indicator catalog.');
    expect(fieldErrorMessage(missing, pt)).toBe('Indicador: NOPE não existe');
    const values = refuseField('code', 'has-values', { count: 1 }, 'POP has 1 values; delete or undo their import first.', {
      code: 'CONSTRAINT',
    });
    expect(fieldErrorMessage(values, pt)).toBe('Código: o indicador ainda tem 1 valor; exclua-o ou desfaça sua importação antes');
    const name = refuseField('name.pt', 'too-long', { max: 200 }, 'Too big: expected string to have <=200 characters');
    expect(fieldErrorMessage(name, pt)).toBe('Nome (pt): deve ter no máximo 200 caracteres');
    expect(fieldErrorMessage(new ArranjoError('NOT_FOUND', 'Indicator X does not exist.'), pt)).toBe('O item pedido não existe mais.');
  });

  it('gives every field reason a pt-BR text, never the engine’s English message', async () => {
    await i18next.changeLanguage('pt-BR');
    const english = 'the engine says this in English';
    for (const reason of FIELD_REFUSALS) {
      const text = fieldErrorMessage(refuseField('value', reason, FIELD_REFUSAL_SAMPLES[reason], english), pt);
      expect(text.startsWith('Valor: '), reason).toBe(true);
      const said = text.slice('Valor: '.length);
      expect(said.trim(), reason).not.toBe('');
      expect(said, reason).not.toMatch(/\{\{|errors\./);
      if (reason === 'invalid') expect(said).toBe(`não é válido: ${english}`);
      else expect(said, reason).not.toContain(english);
    }
  });
});
