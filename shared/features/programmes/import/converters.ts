import { ACTION_REQUIRED_FIELDS, type ProgrammeField } from '../../../import/mapping/mapping-schema';
import type { SourceRow } from '../../../import/read/table-source';
import { columnsWith, mappingError, TerritoryReader, type ConverterEnv, type RowConverter } from '../../../import/targets/converter';
import { refuseLongTexts } from '../../../import/targets/text-limits';
import type { SiteLookup } from '../../../import/values/site-lookup';
import { clip, headerKey } from '../../../import/values/text';
import { parsePeriod } from '../periods';
import { dayOutside, periodOutside } from '../programme-service';
import { ACTION_TEXT_LIMITS } from '../schemas';
import { ACTION_TYPES, indicatorCode, isBuiltin, type ActionType, type Disaggregation, type Programme } from '../types';
import { FieldReader } from './cells';
import { NewProgrammes } from './new-programmes';
import { targetSideProblem, type DirectionOf } from './target-side';
import type { ActionRecord, ActionStore, TargetRecord, TargetStore } from './records';

const TYPE_SYNONYMS: readonly [RegExp, ActionType][] = [
  [/multiplicador|multiplier/, 'multiplier-training'],
  [/oficina|gestao|management|taller/, 'management-workshop'],
  [/comite|clai|committee/, 'committee'],
  [/assistencia|ater|technical|asistencia/, 'technical-assistance'],
  [/campo|capacita|field|evento/, 'field-training'],
  [/^(outr|other|otr)/, 'other'],
];

export function parseActionType(text: string): ActionType | null {
  const raw = text.trim().toLowerCase();
  if ((ACTION_TYPES as readonly string[]).includes(raw)) return raw as ActionType;
  const key = headerKey(text);
  return TYPE_SYNONYMS.find(([re]) => re.test(key))?.[1] ?? null;
}

const WOMAN = /^(f|fem|feminino|mulher|woman|female|mujer|femenino)$/;
const MAN = /^(m|masc|masculino|homem|man|male|hombre)$/;
/** Youth as the Estatuto da Juventude (Lei 12.852/2013) counts it: 15 to 29 years old. */
const YOUTH = { min: 15, max: 29 } as const;

type Counts = Pick<ActionRecord['action'], 'participants' | 'women' | 'youth'>;

/** One row of an attendance list: one participant, a woman or not, young or not. */
function attendee(f: FieldReader): Counts {
  const sexText = f.text('participantSex');
  const sex = headerKey(sexText);
  if (sexText !== '' && !WOMAN.test(sex) && !MAN.test(sex))
    f.error('participantSex', 'bad-sex', `"${clip(sexText, 40)}" is not a sex: write F or M (feminino, masculino), or leave it empty.`);
  const age = f.number('participantAge');
  if (age !== null && (!Number.isInteger(age) || age < 0 || age > 120))
    f.error('participantAge', 'not-a-count', `${age} is not an age: write the age in whole years (0 to 120), or leave it empty.`);
  return { participants: 1, women: WOMAN.test(sex) ? 1 : 0, youth: age !== null && age >= YOUTH.min && age <= YOUTH.max ? 1 : 0 };
}

/** Adds an attendance row to its action, given by an earlier row, when both say the same action. */
function addAttendee(
  f: FieldReader,
  same: ActionRecord,
  row: Pick<ActionRecord['action'], 'code' | 'type' | 'municipalityCode' | 'startDate'>,
  counts: Counts,
): 'imported' | 'failed' {
  const a = same.action;
  if (a.type !== row.type || a.municipalityCode !== row.municipalityCode || a.startDate !== row.startDate) {
    f.error(
      'actionCode',
      'attendance-mismatch',
      `action ${row.code} was given in row ${same.sourceRow} with another type, municipality or start date: one action has one of each; correct the row or give it another code.`,
    );
    return 'failed';
  }
  a.participants += counts.participants;
  a.women += counts.women;
  a.youth += counts.youth;
  return 'imported';
}

export function fieldColumns(env: ConverterEnv): Map<ProgrammeField, number> {
  return new Map(columnsWith(env.mapping, 'programme-field').map((c) => [c.role.field, c.column]));
}

function programmeName(env: ConverterEnv, fields: FieldReader, hasColumn: boolean): string {
  if (!hasColumn) return env.mapping.programme ?? '';
  return fields.text('programme') || (env.mapping.programme ?? '') || fields.required('programme', 'programme');
}

/** The action's links an arranjo-acoes file may leave out, by the column that would give them. */
const KEPT_LINKS = [
  ['siteCode', 'siteId'],
  ['initiativeCode', 'initiativeCode'],
] as const;

/** Programme actions (arranjo-acoes, or an agency list through the wizard): one per row. */
export function actionConverter(
  env: ConverterEnv,
  store: ActionStore,
  sites: SiteLookup,
  initiatives: ReadonlyMap<string, { code: string }>,
  programmes: ReadonlyMap<string, Programme>,
): RowConverter {
  const columns = fieldColumns(env);
  const newProgrammes = new NewProgrammes(env, programmes.keys());
  const what = { actionCode: 'action codes', actionType: 'action types', startDate: 'start dates' } as const;
  for (const field of ACTION_REQUIRED_FIELDS) if (!columns.has(field)) throw mappingError(env, `map the column with the ${what[field]}.`);
  if (!columns.has('programme') && !env.mapping.programme)
    throw mappingError(env, 'map the column with the programme, or name the programme.');
  const territory = new TerritoryReader(env);
  // An attendance list: one row per participant (sex, age), no participants column; rows of one action add up.
  const attendance = !columns.has('participants') && (columns.has('participantSex') || columns.has('participantAge'));
  return {
    valueColumns: [],
    convert(row: SourceRow) {
      const place = territory.read(row);
      if (place === 'skip') return 'skipped';
      const f = new FieldReader(env, columns, row);
      if (refuseLongTexts(env, row, columns, ACTION_TEXT_LIMITS)) f.failed = true;
      const programme = programmeName(env, f, columns.has('programme'));
      newProgrammes.check(programme, row.row, columns.has('programme') ? f.column('programme') : null);
      const code = f.required('actionCode', 'action code');
      const typeText = f.required('actionType', 'action type');
      const type = typeText === '' ? null : parseActionType(typeText);
      if (typeText !== '' && !type)
        f.error('actionType', 'bad-action-type', `"${clip(typeText, 40)}" is not an action type: use one of ${ACTION_TYPES.join(', ')}.`);
      const startDate = f.date('startDate');
      if (!startDate && f.text('startDate') === '')
        f.error('startDate', 'missing-value', 'the start date is empty: fill it in (YYYY-MM-DD).');
      const existing = programmes.get(programme);
      const outside = startDate && existing ? dayOutside(existing, startDate) : null;
      if (outside) f.error('startDate', 'date-outside-programme', outside);
      const endDate = f.date('endDate');
      const { participants, women, youth } = attendance
        ? attendee(f)
        : { participants: f.count('participants'), women: f.count('women'), youth: f.count('youth') };
      if (women > participants)
        f.error(
          'women',
          'women-above-participants',
          `${women} women but ${participants} participants: women cannot be more than the participants; correct one of them.`,
        );
      if (youth > participants)
        f.error(
          'youth',
          'youth-above-participants',
          `${youth} youth but ${participants} participants: youth cannot be more than the participants; correct one of them.`,
        );
      if (startDate && endDate && endDate < startDate)
        f.error('endDate', 'end-before-start', `the action ends (${endDate}) before it starts (${startDate}): correct the dates.`);
      const siteText = f.text('siteCode');
      const siteId =
        siteText === ''
          ? null
          : (sites.read(siteText, (code, message, value, params) => f.error('siteCode', code, message, value, params))?.id ?? null);
      const initiativeText = f.text('initiativeCode');
      const initiative = initiativeText === '' ? null : (initiatives.get(initiativeText.toLowerCase())?.code ?? null);
      if (initiativeText !== '' && initiative === null)
        f.error(
          'initiativeCode',
          'unknown-initiative',
          `there is no initiative with code "${clip(initiativeText, 40)}" in the registry (Polos e iniciativas): correct the code or leave it empty.`,
        );
      if (place === 'failed' || f.failed || !type || !startDate) return 'failed';
      // One action per code up to case (the workspace reads "p-001" as P-001 too).
      const key = `${programme}\u0000${code.toUpperCase()}`;
      const same = attendance ? store.first(key) : undefined;
      if (same) return addAttendee(f, same, { code, type, municipalityCode: place.code, startDate }, { participants, women, youth });
      const first = store.add(key, {
        programme,
        sourceRow: row.row,
        keep: KEPT_LINKS.filter(([field]) => !columns.has(field)).map(([, kept]) => kept),
        action: {
          code,
          type,
          municipalityCode: place.code,
          startDate,
          endDate,
          partner: f.text('partner'),
          participants,
          women,
          youth,
          enterprisesFormed: f.count('enterprisesFormed'),
          enterprisesLegalized: f.count('enterprisesLegalized'),
          notes: f.text('notes'),
          siteId,
          initiativeCode: initiative,
        },
      });
      if (first !== null) {
        f.error(
          'actionCode',
          'duplicate-key',
          `action ${code} of "${programme}" was already given in row ${first}: give each action its own code.`,
          undefined,
          { first },
        );
        return 'failed';
      }
      return 'imported';
    },
  };
}

/** Programme targets by period (arranjo-metas): one indicator × period per row. */
export function targetConverter(
  env: ConverterEnv,
  store: TargetStore,
  programmes: ReadonlyMap<string, Programme>,
  directionOf: DirectionOf,
): RowConverter {
  const columns = fieldColumns(env);
  for (const [field, what] of [
    ['indicator', 'indicator codes'],
    ['period', 'periods'],
    ['target', 'targets'],
  ] as const) {
    if (!columns.has(field)) throw mappingError(env, `map the column with the ${what}.`);
  }
  if (!columns.has('programme') && !env.mapping.programme)
    throw mappingError(env, 'map the column with the programme, or name the programme.');
  const newProgrammes = new NewProgrammes(env, programmes.keys());
  return {
    valueColumns: [],
    convert(row: SourceRow) {
      const f = new FieldReader(env, columns, row);
      const { programme, indicator } = readTargetSubject(env, f, columns);
      newProgrammes.check(programme, row.row, columns.has('programme') ? f.column('programme') : null);
      const periodText = f.required('period', 'period');
      const period = periodText === '' ? null : parsePeriod(periodText);
      if (periodText !== '' && !period)
        f.error('period', 'bad-period', `"${clip(periodText, 40)}" is not a period: write YYYY, YYYY-Qn or YYYY-MM.`);
      const existing = programmes.get(programme);
      const outside = period && existing ? periodOutside(existing, period.key) : null;
      if (outside) f.error('period', 'period-outside-programme', outside);
      const baseline = f.number('baseline') ?? 0;
      const target = f.number('target');
      if (target === null && f.text('target') === '') f.error('target', 'missing-value', 'the target is empty: fill it in.');
      const side = target === null ? null : targetSideProblem(directionOf, programme, indicator, baseline, target);
      if (side) f.error('target', side.code, side.message, String(target), { direction: side.direction });
      const actual = f.number('actual');
      if (actual !== null && isBuiltin(indicator))
        env.issues.warning(
          'actual-ignored',
          row.row,
          f.column('actual'),
          `${indicator} is computed from the actions: the actual given is not used.`,
        );
      const parts = readActualParts(f, columns, indicator, actual);
      if (f.failed || !period || target === null) return 'failed';
      const record = {
        programme,
        indicator,
        period: period.key,
        baseline,
        target,
        actual: isBuiltin(indicator) ? null : actual,
        sourceRow: row.row,
        parts,
      };
      return addTarget(f, store, record, f.column('period'));
    },
  };
}

/** The programme and indicator of a target row (the indicator code checked). */
export function readTargetSubject(
  env: ConverterEnv,
  f: FieldReader,
  columns: ReadonlyMap<ProgrammeField, number>,
): { programme: string; indicator: string } {
  const programme = programmeName(env, f, columns.has('programme'));
  const indicator = indicatorCode(f.required('indicator', 'indicator'));
  if (indicator !== '' && !/^[A-Za-z0-9_.-]{1,64}$/.test(indicator))
    f.error('indicator', 'bad-indicator-code', `"${clip(indicator, 40)}" is not an indicator code: letters, digits, "_", "." or "-" only.`);
  return { programme, indicator };
}

/** Stores a target, refusing a second one of the same indicator and period. */
export function addTarget(f: FieldReader, store: TargetStore, record: TargetRecord, column: string): 'imported' | 'failed' {
  // One target per indicator code up to case, as the workspace reads codes.
  const first = store.add(`${record.programme}\u0000${record.indicator.toLowerCase()}\u0000${record.period}`, record);
  if (first === null) return 'imported';
  f.errorAt(
    column,
    'duplicate-key',
    `${record.indicator} ${record.period} of "${record.programme}" was already given in row ${first}: keep one row per indicator and period.`,
    undefined,
    { first },
  );
  return 'failed';
}

/** The part columns of arranjo-metas: the field, its dimension and its part (SEX_PARTS, AGE_PARTS). */
const PART_FIELDS = [
  ['actualWomen', 'sex', 'women'],
  ['actualMen', 'sex', 'men'],
  ['actualYouth', 'age', 'youth'],
  ['actualOther', 'age', 'other'],
] as const;

/**
 * The parts of a custom indicator's actual a row gives (by sex: women, men; by age group: youth,
 * other). A dimension's parts must add up to the actual; a built-in indicator's parts come from its
 * actions and cannot be given; parts need the actual they break down. Refused at the part's column.
 */
function readActualParts(
  f: FieldReader,
  columns: ReadonlyMap<ProgrammeField, number>,
  indicator: string,
  actual: number | null,
): { dimension: Disaggregation; part: string; value: number }[] {
  const parts: { dimension: Disaggregation; part: string; value: number; field: ProgrammeField }[] = [];
  for (const [field, dimension, part] of PART_FIELDS) {
    if (!columns.has(field)) continue;
    const value = f.number(field);
    if (value === null) continue;
    if (value < 0) f.error(field, 'negative', `${value} is negative: write the part of the actual (0 or more).`);
    else parts.push({ dimension, part, value, field });
  }
  if (parts.length === 0) return [];
  const first = parts[0]!.field;
  if (isBuiltin(indicator)) {
    f.error(first, 'actual-ignored', `${indicator} is computed from the actions: its parts come from them; leave the part columns empty.`);
    return [];
  }
  if (actual === null) {
    f.error(first, 'missing-value', 'the row has parts but no actual: write the actual they add up to.');
    return [];
  }
  for (const dimension of ['sex', 'age'] as const) {
    const of = parts.filter((p) => p.dimension === dimension);
    const sum = of.reduce((s, p) => s + p.value, 0);
    if (of.length > 0 && Math.abs(sum - actual) > 1e-9 * Math.max(1, Math.abs(actual)))
      f.error(
        of[0]!.field,
        'total-mismatch',
        `the parts by ${dimension === 'sex' ? 'sex' : 'age group'} add up to ${sum}, not to the actual ${actual}: correct a part or the actual.`,
      );
  }
  return parts.map(({ dimension, part, value }) => ({ dimension, part, value }));
}
