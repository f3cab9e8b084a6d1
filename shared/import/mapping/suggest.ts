import type { Classification, Measure } from '../../domain/types';
import type { ImportLayout, LayoutColumn } from '../types';
import { foldAccents } from '../../text/fold';
import { headerKey } from '../values/text';
import { yearInHeader } from '../values/year';
import {
  importMappingSchema,
  type ColumnRole,
  type ImportMapping,
  type ImportTarget,
  type InitiativeField,
  type ProgrammeField,
  type SiteField,
} from './mapping-schema';
import { guessPlanTarget, suggestPlanMapping } from './suggest-plan';
import { guessWorksTarget, suggestWorksMapping } from './suggest-works';
import { guessPeriodTarget, withPeriodBlocks } from './suggest-periods';

/** Header synonyms (as `headerKey` writes them: lower case, no accents, punctuation as spaces). */
const TERRITORY_CODE =
  /^(cod(igo)?( do)?( ibge)?( do)?( munic(ipio)?)?( ibge)?|codmun ?[67]?|cod ?mun|ibge ?[67]?|geocodigo|cd geocodi|cd mun|id municipio|territory code|municipio codigo)$/;
const TERRITORY_NAME = /^(municipio|nome( do)? municipio|municipality|cidade|territory name|nomemun|nome|territorio)( .*)?$/;
const STATE = /^(uf|cod uf|codigo uf|sigla uf|sigla|estado|state)$/;
const YEAR = /^(ano|year|periodo|ano base|exercicio|ano de referencia|ano referencia)$/;
/**
 * A header that names a code ("cod_rgint", "Código da RGI", "CD_REGIAO", "id empresa"): an
 * identifier, never a value to import as an indicator, however numeric its cells (IDHM is not one).
 */
const CODE_HEADER = /^(cod|codigo|code|cd|id)( |$)/;
const IGNORE = /^(total|chave|key|id|n|no|ordem|sequencial)$/;
const MEASURES: readonly [RegExp, Measure][] = [
  [/^(jobs|empregos?( formais)?|vinculos( ativos)?|postos de trabalho|empregados)$/, 'jobs'],
  [/^(payroll|remuneracao|massa salarial|salarios|folha( salarial)?)$/, 'payroll'],
  [/^(establishments|estabelecimentos|empresas)$/, 'establishments'],
  [/^(value added|valor adicionado( fiscal| bruto)?|vab|va|vaf)$/, 'value_added'],
];
/** What agency headers put after a measure's name: the unit or the money ("Valor adicionado (R$)", "Remuneração em R$ mil"). */
const MONEY_TAIL = / (em )?(r|rs|reais|r mil|mil|mil reais|r 1 000|nominal|total|fiscal)$/;

/** The measure a header names, its unit or currency left aside. */
function measureOf(key: string): Measure | null {
  for (const k of [key, key.replace(MONEY_TAIL, ''), key.replace(MONEY_TAIL, '').replace(MONEY_TAIL, '')])
    for (const [re, measure] of MEASURES) if (re.test(k)) return measure;
  return null;
}

const SECTOR_HEADER =
  /^(sector code|setor|cod setor|ibge setor|cnae( 2 0| 2)?( subclasse| classe| divisao)?|secao|divisao|grupo|classe|subclasse|atividade)$/;

/**
 * The CNAE level of a code column, read from its sample values by their digits: a letter is a
 * section, 1–2 digits a division, 3 a group, 4–5 a class (4: a number that lost its leading zero),
 * 6–7 a subclass ("0111-3/01", or 111301 written as a number). Null when the samples are not codes.
 */
export function cnaeLevelOf(samples: readonly string[]): Classification | null {
  let longest = 0;
  let letters = 0;
  for (const sample of samples) {
    const text = sample.trim();
    if (text === '') continue;
    if (/^[A-Ua-u]$/.test(text)) letters++;
    else if (/^\d[\d./-]*$/.test(text)) longest = Math.max(longest, text.replace(/\D/g, '').length);
    else return null;
  }
  if (letters > 0) return longest === 0 ? 'cnae-section' : null;
  if (longest >= 6 && longest <= 7) return 'cnae-subclass';
  if (longest >= 4 && longest <= 5) return 'cnae-class';
  if (longest === 3) return 'cnae-group';
  if (longest >= 1) return 'cnae-division';
  return null;
}

/**
 * The classification of a sector code column whose header names no level ("sector_code", as
 * `arranjo employment` writes it), read from its codes as Arranjo stores them: 1 to 8 alone are IBGE
 * sectors, other codes a CNAE level by their digits (cnaeLevelOf). Null when the codes do not tell
 * (a single 9 or 0, IBGE sectors mixed with longer codes, names instead of codes).
 */
export function sectorLevelOf(samples: readonly string[]): Classification | null {
  const codes = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (codes.length === 0) return null;
  if (codes.every((c) => /^[1-8]$/.test(c))) return 'ibge-setor';
  if (codes.some((c) => /^\d$/.test(c))) return null;
  return cnaeLevelOf(codes);
}

const SITE_FIELDS: readonly [RegExp, SiteField][] = [
  [/^(codigo|code|sigla|id do distrito)$/, 'code'],
  [/^(nome|name|distrito|nome do distrito|site|polo|di)$/, 'name'],
  [/^(tipo|kind|categoria)$/, 'kind'],
  [/^(orgao gestor|gestor|managing body|administrador|administracao)$/, 'managingBody'],
  [/^area( ha| em ha| hectares)?$/, 'areaHa'],
  [/^(lotes|lotes total|total de lotes|lots total)$/, 'lotsTotal'],
  [/^(lotes ocupados|lots occupied)$/, 'lotsOccupied'],
  [/^(lotes disponiveis|lots available)$/, 'lotsAvailable'],
  [/^(empresas|firms|n empresas|numero de empresas)$/, 'firms'],
  [/^(empregos|jobs)$/, 'jobs'],
  [/^(status|situacao|status programa)$/, 'status'],
  [/^(lat|latitude)( .*)?$/, 'lat'],
  [/^(lon|lng|longitude)( .*)?$/, 'lon'],
  [/^(obs|observacoes|observacao|notas|notes)$/, 'notes'],
  [/^(fonte|source)$/, 'source'],
];

/** Headers only a site registry has: its area, lots, managing body or coordinates. */
const SITE_ONLY = /^(area( ha| em ha| hectares)?|(total de )?lotes( total| ocupados| disponiveis)?|orgao gestor|latitude|longitude)$/;

/** Headers naming an initiative (a Rotas polo, an APL, a CEPAL initiative). */
const INITIATIVE_NAME = /^(polo|polo origem|initiative|iniciativa|apl|arranjo|cluster)$/;
const INITIATIVE_FIELDS: readonly [RegExp, InitiativeField][] = [
  [INITIATIVE_NAME, 'name'],
  [/^(rota|route|cadeia|chain|cadena)$/, 'route'],
  [/^(code|codigo|initiative code)$/, 'code'],
  [/^(kind|tipo)$/, 'kind'],
  [/^(sectors|setores|sectores|cnae)$/, 'sectors'],
  [/^(notes|obs|observacoes|notas)$/, 'notes'],
];

/** Agency lists of programme actions and targets (attendance sheets, event logs, target tables). */
const PROGRAMME_FIELD_SYNONYMS: readonly [RegExp, ProgrammeField][] = [
  [/^(programme|programa|projeto)$/, 'programme'],
  [/^(action code|codigo|code|cod|codigo( da)? (acao|evento|atividade)|cod (acao|evento)|id( evento)?)$/, 'actionCode'],
  [/^(type|tipo|tipo( de)? (acao|evento|atividade)|modalidade)$/, 'actionType'],
  [/^(start date|data( de)?( inicio)?|inicio|data do evento)$/, 'startDate'],
  [/^(end date|data( de)? (fim|termino)|fim|termino)$/, 'endDate'],
  [/^(participants|participantes|total( de)? participantes|publico|n participantes)$/, 'participants'],
  [/^(women|mulheres|feminino|participantes mulheres)$/, 'women'],
  [/^(youth|jovens|jovens( 15 a 29)?|participantes jovens)$/, 'youth'],
  [/^(enterprises formed|empreendimentos (formados|criados))$/, 'enterprisesFormed'],
  [/^(enterprises legalized|empreendimentos (legalizados|formalizados))$/, 'enterprisesLegalized'],
  [/^(partner|parceiro|instituicao parceira|executor)$/, 'partner'],
  [/^(notes|obs|observacoes|observacao)$/, 'notes'],
  [/^(site code|codigo( do)? local|distrito( industrial)?|(codigo|nome) do distrito)$/, 'siteCode'],
  [/^(initiative code|codigo( da)? iniciativa)$/, 'initiativeCode'],
  [/^(sex|sexo|genero|participant sex)$/, 'participantSex'],
  [/^(age|idade|edad|participant age)$/, 'participantAge'],
  [/^(indicator|indicador)$/, 'indicator'],
  [/^(period|periodo|trimestre|mes)$/, 'period'],
  [/^(baseline|linha( de)? base)$/, 'baseline'],
  [/^(target|meta)$/, 'target'],
  [/^(actual|realizado|executado)$/, 'actual'],
];

function guessTarget(layout: ImportLayout): ImportTarget {
  const columns = layout.columns;
  const wide = guessPeriodTarget(layout);
  if (wide) return wide;
  const keys = columns.map((c) => headerKey(c.header));
  const plan = guessPlanTarget(keys) ?? guessWorksTarget(keys);
  if (plan) return plan;
  if (keys.some((k) => /^(meta|target)$/.test(k)) && keys.some((k) => /^(periodo|period)$/.test(k))) return 'programme-targets';
  // An action list, or an attendance list (one participant a row: sex, age).
  if (
    keys.some((k) => /participantes|participants|^(sexo|sex|genero)$/.test(k)) &&
    keys.some((k) => /^(data|start date|inicio|tipo|type)/.test(k))
  )
    return 'programme-actions';
  // A registry of districts: a district's name beside what only a site has (area, lots, managing
  // body, coordinates). Its "Empresas" and "Empregos" columns are the site's, not employment measures.
  const siteName = keys.some((k) => /^(nome|distrito|name|nome do distrito)$/.test(k));
  if (siteName && keys.some((k) => SITE_ONLY.test(k))) return 'sites';
  if (keys.some((k) => /^[1-8] /.test(k)) || keys.some((k) => measureOf(k) !== null)) return 'employment';
  if (keys.some((k) => /^(distrito|latitude|lat)/.test(k)) && siteName) return 'sites';
  if (keys.some((k) => INITIATIVE_NAME.test(k))) return 'initiatives';
  const yearColumns = columns.filter((c) => yearInHeader(c.header) !== null && c.kind === 'number');
  if (yearColumns.length > 0 && yearColumns.every((c) => /^pop/.test(headerKey(c.header)))) return 'population';
  if (keys.some((k) => /^pop( total)?$|^populacao/.test(k)) && !keys.some((k) => /^(indicador|indicator)$/.test(k))) return 'population';
  return 'indicator-values';
}

/** An indicator code from a header, accents folded first: "Taxa de ocupação" → Taxa_de_ocupacao (not Taxa_de_ocupa_o). */
function indicatorCode(header: string): string {
  return (
    foldAccents(header)
      .trim()
      .replace(/[^A-Za-z0-9_.-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 64) || 'IND'
  );
}

/**
 * A first mapping from the headers and the values (accent- and case-insensitive synonyms), for
 * the user to correct. When `target` is given, roles are chosen for that target.
 */
export function suggestMapping(layout: ImportLayout, target?: ImportTarget): ImportMapping {
  const chosen = target ?? guessTarget(layout);
  if (chosen === 'lots' || chosen === 'prospects') return suggestPlanMapping(layout, chosen);
  if (chosen === 'works') return suggestWorksMapping(layout, chosen);
  // Measurements and programme targets may come wide: one column per month, quarter or year.
  if (chosen === 'measurements') return withPeriodBlocks(suggestWorksMapping(layout, chosen), layout);
  const columns: { column: number; role: ColumnRole }[] = [];
  const used = new Set<number>();
  const assign = (c: LayoutColumn | undefined, role: ColumnRole): void => {
    if (!c || used.has(c.index)) return;
    used.add(c.index);
    columns.push({ column: c.index, role });
  };
  const live = layout.columns.filter((c) => c.kind !== 'empty' && c.header !== '');
  const key = (c: LayoutColumn): string => headerKey(c.header);
  const programme = chosen === 'programme-actions' || chosen === 'programme-targets';
  // Targets have no territory: keep their code-like columns (periods, indicators) for their fields.
  if (chosen === 'programme-targets') for (const c of live) used.add(c.index);

  const codeColumn =
    live.find((c) => c.kind === 'code' && TERRITORY_CODE.test(key(c)) && !/6$/.test(key(c))) ??
    live.find((c) => c.kind === 'code' && !(chosen === 'employment' && SECTOR_HEADER.test(key(c)))) ??
    // A header alone ("Código") names a territory only when its values could be codes: an action
    // list's "AG-01" is the action's.
    live.find((c) => TERRITORY_CODE.test(key(c)) && c.kind !== 'text');
  assign(codeColumn, { role: 'territory' });
  const nameColumn = live.find(
    (c) => c.kind === 'text' && TERRITORY_NAME.test(key(c)) && !(chosen === 'sites' && /^(nome|name)$/.test(key(c))),
  );
  assign(nameColumn, { role: codeColumn ? 'territory-name' : 'territory' });
  assign(
    live.find((c) => STATE.test(key(c))),
    { role: 'state' },
  );
  for (const c of live) if (IGNORE.test(key(c)) || /^(ibge6|codmun6)$/.test(key(c))) assign(c, { role: 'ignore' });
  const yearColumn = live.find((c) => YEAR.test(key(c)) && (c.kind === 'year' || c.kind === 'number' || c.kind === 'mixed'));
  if (!programme) assign(yearColumn, { role: 'year' });

  const extra: Partial<ImportMapping> = {};
  if (chosen === 'employment') {
    for (const c of live) {
      const sector = /^([1-8]) /.exec(key(c));
      if (sector?.[1]) assign(c, { role: 'sector-value', sectorCode: sector[1] });
      const measure = c.kind === 'text' ? null : measureOf(key(c));
      if (measure) assign(c, { role: 'measure', measure });
      if (/^(classification|classificacao)$/.test(key(c))) assign(c, { role: 'classification' });
      if (SECTOR_HEADER.test(key(c))) {
        assign(c, { role: 'sector' });
        const level = /cnae|secao|divisao|grupo|classe|subclasse/.test(key(c))
          ? cnaeLevelOf(c.samples)
          : key(c) === 'sector code' && !live.some((d) => /^(classification|classificacao)$/.test(key(d)))
            ? sectorLevelOf(c.samples)
            : null;
        if (level) extra.classification = level;
      }
    }
    if (columns.some((c) => c.role.role === 'sector-value')) {
      extra.classification = 'ibge-setor';
      extra.measure = 'jobs';
    }
  } else if (chosen === 'initiatives') {
    for (const c of live) {
      const field = INITIATIVE_FIELDS.find(([re]) => re.test(key(c)));
      if (field) assign(c, { role: 'initiative-field', field: field[1] });
    }
    extra.initiativeKind = 'apl';
  } else if (chosen === 'sites') {
    for (const c of live) {
      const field = SITE_FIELDS.find(([re]) => re.test(key(c)));
      if (field) assign(c, { role: 'site-field', field: field[1] });
    }
    extra.siteKind = 'industrial-district';
  } else if (programme) {
    if (chosen === 'programme-targets') used.clear();
    for (const c of live) {
      const field = PROGRAMME_FIELD_SYNONYMS.find(([re]) => re.test(key(c)));
      if (field) assign(c, { role: 'programme-field', field: field[1] });
    }
  } else {
    for (const c of live) {
      if (used.has(c.index) || (c.kind !== 'number' && c.kind !== 'mixed')) continue;
      if (CODE_HEADER.test(key(c))) {
        assign(c, { role: 'ignore' });
        continue;
      }
      const year = yearInHeader(c.header);
      if (year !== null && (chosen === 'population' || !yearColumn)) assign(c, { role: 'year-value', year });
      else if (chosen === 'population') assign(c, { role: 'value' });
      else assign(c, { role: 'indicator-value', indicator: indicatorCode(c.header) });
    }
  }
  const hasYear = programme || yearColumn !== undefined || columns.some((c) => c.role.role === 'year-value');
  if (!hasYear && layout.yearCandidates.length > 0) extra.year = { fromFile: true };
  const suggested = importMappingSchema.parse({ target: chosen, columns, ...extra });
  return chosen === 'programme-targets' ? withPeriodBlocks(suggested, layout) : suggested;
}
