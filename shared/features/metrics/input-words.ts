import type { Locale } from '../../domain/locales';
import { MISSING_REASON_TEXT } from '../../analysis/economy/types';
import { measureName, reasonText } from '../economy';
import { fillTemplate, literalLength, templateReader } from '../../text/sentence-template';

/**
 * The words an input value carries: where it was read from, and why it is missing. The engine
 * records them in English, the language of the workspace's stored records and of the CLI (a
 * scenario's frozen snapshot keeps them as they were written); a workbook says them in its own
 * language with `inputWordsIn`, which reads a recorded text back through the same templates. A text
 * no template makes (an imported file's missing reason, an indicator's source) is data and stays.
 */
type Words = Record<Locale, string> & { recorded?: readonly string[] };

const WORDS = {
  gone: {
    en: 'the alternative no longer exists in the workspace',
    'pt-BR': 'a alternativa não existe mais no espaço de trabalho',
    es: 'la alternativa ya no existe en el espacio de trabajo',
  },
  noMunicipality: {
    en: 'the site has no municipality',
    'pt-BR': 'o distrito não tem município',
    es: 'el distrito no tiene municipio',
  },
  needsOfDistricts: {
    en: 'open needs are counted for districts, not municipalities',
    'pt-BR': 'necessidades abertas são contadas para distritos, não para municípios',
    es: 'las necesidades abiertas se cuentan para distritos, no para municipios',
  },
  noNeeds: {
    en: 'the district has no survey score and no works',
    'pt-BR': 'o distrito não tem nota de levantamento nem obras',
    es: 'el distrito no tiene puntuación de relevamiento ni obras',
  },
  noIndicatorValue: {
    en: 'no value of {code} for {period}',
    'pt-BR': 'sem valor de {code} para {period}',
    es: 'sin valor de {code} para {period}',
  },
  missingInSource: { en: 'missing in the source', 'pt-BR': 'ausente na fonte', es: 'ausente en la fuente' },
  noJobs: {
    en: 'no RAIS jobs for {period}',
    'pt-BR': 'sem empregos RAIS para {period}',
    es: 'sin empleos RAIS para {period}',
  },
  noFormalJobs: {
    en: 'no formal jobs in {period}',
    'pt-BR': 'sem empregos formais em {period}',
    es: 'sin empleos formales en {period}',
  },
  growthUndefined: {
    en: 'no jobs in {year}: growth is undefined',
    'pt-BR': 'sem empregos em {year}: o crescimento não é definido',
    es: 'sin empleos en {year}: el crecimiento no está definido',
  },
  noMeasure: { en: 'no {measure} for {period}', 'pt-BR': 'sem {measure} para {period}', es: 'sin {measure} para {period}' },
  notInSnapshot: {
    en: 'not in the frozen snapshot',
    'pt-BR': 'ausente do retrato congelado',
    es: 'ausente de la instantánea congelada',
  },
  missing: { en: 'missing', 'pt-BR': 'ausente', es: 'ausente' },
  needsSource: {
    en: "Infrastructure survey (score < {below}) and the district's works",
    'pt-BR': 'Levantamento de infraestrutura (nota < {below}) e obras do distrito',
    es: 'Relevamiento de infraestructura (puntuación < {below}) y obras del distrito',
    // What the engine wrote before its records were English (kept in older scenarios' snapshots).
    recorded: ['Levantamento de infraestrutura (nota < {below}) e obras do distrito'],
  },
  noFile: { en: 'no file', 'pt-BR': 'nenhum arquivo', es: 'ningún archivo' },
  rais: { en: 'RAIS ({files})', 'pt-BR': 'RAIS ({files})', es: 'RAIS ({files})' },
  lqAgainst: { en: '{source}; LQ vs {reference}', 'pt-BR': '{source}; QL frente a {reference}', es: '{source}; CL frente a {reference}' },
  lqAgainstState: {
    en: '{source}; LQ vs the state',
    'pt-BR': '{source}; QL frente ao estado',
    es: '{source}; CL frente al estado',
  },
} satisfies Record<string, Words>;

export type InputWord = keyof typeof WORDS;

/** The engine's record of an input's source or missing reason (English). */
export function inputWords(word: InputWord, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(WORDS[word].en, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

/** Each template read back, the most literal first: "no RAIS jobs for {period}" before "no {measure} for {period}". */
const READERS = (Object.entries(WORDS) as [InputWord, Words][])
  .flatMap(([word, w]) => [w.en, ...(w.recorded ?? [])].map((template) => ({ word, template })))
  .sort((a, b) => literalLength(b.template) - literalLength(a.template))
  .map(({ word, template }) => ({ word, read: templateReader(template) }));

const ECONOMY_REASON = new Map(Object.entries(MISSING_REASON_TEXT).map(([code, text]) => [text, code]));

/**
 * A recorded source or missing reason in `locale`: each template's parameters are read back and said
 * in the language too (a measure by its name, a nested text by its template), the rest kept as written.
 */
export function inputWordsIn(recorded: string, locale: Locale): string {
  const economy = ECONOMY_REASON.get(recorded);
  if (economy) return reasonText({ reason: recorded, reasonCode: economy }, locale) ?? recorded;
  for (const { word, read } of READERS) {
    const found = read(recorded);
    if (!found) continue;
    const params = Object.fromEntries(
      Object.entries(found).map(([name, value]) => [name, name === 'measure' ? measureName(value, locale) : inputWordsIn(value, locale)]),
    );
    return fillTemplate(WORDS[word][locale], params);
  }
  return recorded;
}
