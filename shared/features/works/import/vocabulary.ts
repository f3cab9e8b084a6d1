import { headerKey } from '../../../import/values/text';
import { FUNDING_SOURCES, WORK_CATEGORIES, WORK_STATUSES, type FundingSource, type WorkCategory, type WorkStatus } from '../types';

/**
 * Agency spreadsheets write categories, statuses and funding sources in Portuguese (and Spanish);
 * the canonical files in the codes. Matched on accent- and case-free text, by its start.
 */
const CATEGORY_WORDS: readonly [RegExp, WorkCategory][] = [
  [/^(paving|paviment|asfalt|recapeam)/, 'paving'],
  [/^(drainage|drenag|drenaje|aguas pluv)/, 'drainage'],
  [/^(water|agua|abastecimento)/, 'water'],
  [/^(sewage|esgot|saneamento|alcantarillad|cloaca)/, 'sewage'],
  [/^(power|energia|eletric|rede eletrica|subesta)/, 'power'],
  [/^(lighting|ilumina)/, 'lighting'],
  [/^(telecom|telecomunica|fibra|internet|conectividade)/, 'telecom'],
  [/^(access road|access|acesso|acceso|rodovia|estrada|carretera|camino|via de acesso|vias?\b)/, 'access-road'],
  [/^(security|seguranca|seguridad|cercamento|cerramiento|portaria|vigilancia|videomonitoramento)/, 'security'],
  [/^(signage|sinaliza|senaliza)/, 'signage'],
  [/^(building|edifica|predio|galpao|centro administrativo)/, 'building'],
  [/^(other|outr|otr)/, 'other'],
];

const STATUS_WORDS: readonly [RegExp, WorkStatus][] = [
  [/^(planned|planejad|planificad|prevista?|em projeto|projeto|en proyecto|proyecto)/, 'planned'],
  [/^(tendering|em licitacao|licitacao|licitando|en licitacion|licitacion)/, 'tendering'],
  [/^(contracted|contratad)/, 'contracted'],
  [/^(in progress|em andamento|andamento|em execucao|execucao|em obras|en ejecucion|ejecucion|en curso|en obra)/, 'in-progress'],
  [/^(paralysed|paralisad|paralizad|suspens)/, 'paralysed'],
  [/^(completed|concluid|finalizad|entregue)/, 'completed'],
  [/^(cancelled|canceled|cancelad)/, 'cancelled'],
];

const FUNDING_WORDS: readonly [RegExp, FundingSource][] = [
  [/^(own budget|own|proprio|recursos proprios|recursos propios|tesouro|orcamento proprio|presupuesto propio)/, 'own-budget'],
  [/^(convenio|transferencia|transfer agreement|transfer)/, 'convenio'],
  [/^(loan|financiamento|emprestimo|operacao de credito|bndes|bid|banco mundial|prestamo)/, 'loan'],
  [/^(other|outr|otr)/, 'other'],
];

function pick<T extends string>(text: string, codes: readonly T[], words: readonly [RegExp, T][]): T | null {
  const raw = text.trim().toLowerCase();
  if ((codes as readonly string[]).includes(raw)) return raw as T;
  const key = headerKey(text);
  if ((codes as readonly string[]).includes(key.replace(/ /g, '-'))) return key.replace(/ /g, '-') as T;
  return words.find(([re]) => re.test(key))?.[1] ?? null;
}

export const parseCategory = (text: string): WorkCategory | null => pick(text, WORK_CATEGORIES, CATEGORY_WORDS);
export const parseStatus = (text: string): WorkStatus | null => pick(text, WORK_STATUSES, STATUS_WORDS);
export const parseFunding = (text: string): FundingSource | null => pick(text, FUNDING_SOURCES, FUNDING_WORDS);

/** A yes/no cell (the correction flag): 1, true, sim, yes, x. */
export function parseFlag(text: string): boolean | null {
  const key = headerKey(text);
  if (key === '') return false;
  if (/^(1|true|sim|s|yes|y|x|si)$/.test(key)) return true;
  if (/^(0|false|nao|n|no)$/.test(key)) return false;
  return null;
}
