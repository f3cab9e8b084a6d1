import { cellToText, isBlank, type Cell } from '../read/table-source';
import { parseNumberText } from '../values/number';
import { normalizeName } from '../values/text';

/** What a row looks like, for telling titles, headers, data, totals and footers apart. */
export interface RowShape {
  nonEmpty: number;
  /** Distinct non-empty texts: a merged title repeats one text across its cells. */
  distinct: number;
  numbers: number;
  /** Non-empty cells that are text and not numbers (years count as text: headers like "2019"). */
  texts: number;
  first: string;
}

export function isYearLike(cell: Cell): boolean {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

export function rowShape(cells: readonly Cell[]): RowShape {
  let nonEmpty = 0;
  let numbers = 0;
  let texts = 0;
  let first = '';
  const seen = new Set<string>();
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    nonEmpty++;
    const text = cellToText(cell);
    if (first === '') first = text.trim();
    seen.add(text.trim());
    if (isYearLike(cell)) texts++;
    else if (typeof cell === 'number' || cell instanceof Date || (typeof cell === 'object' && cell !== null)) numbers++;
    else if (typeof cell === 'string' && parseNumberText(cell).kind === 'number') numbers++;
    else texts++;
  }
  return { nonEmpty, distinct: seen.size, numbers, texts, first };
}

const FOOTER_KEYWORD =
  /^(fonte|fontes|nota|notas|obs|observa[cç](ao|oes)|elabora[cç]ao|sele[cç](oes|ões) vigentes|legenda|sinais convencionais|dados sujeitos|atualizado em|extra[ií]do em|gerado em)\b/i;
const FOOTNOTE = /^(\(\d{1,2}\)|\d{1,2}\s*[-–)]\s+|[¹²³⁴⁵⁶⁷⁸⁹]+\s*|\*+\s*)\S/;

/** "Fonte: IBGE…", "Nota: …", "Seleções vigentes", "(1) Município instalado em 2013". */
export function isFooterRow(shape: RowShape): boolean {
  if (shape.nonEmpty === 0) return false;
  const first = normalizeName(shape.first).toLowerCase();
  if (shape.distinct <= 2 && FOOTER_KEYWORD.test(first)) return true;
  return shape.distinct === 1 && FOOTNOTE.test(shape.first) && shape.numbers === 0;
}

const TOTAL_LABEL = /^(total( geral)?|soma|subtotal|brasil|total brasil|total do estado|total [a-z]{2})$/;

/** A totals row ("Total", "Total geral", "Brasil") among the first three non-empty cells. */
export function isTotalRow(cells: readonly Cell[]): boolean {
  let looked = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell === 'string' && TOTAL_LABEL.test(normalizeName(cell).toLowerCase())) return true;
    if (++looked >= 3) break;
  }
  return false;
}

/** A row of labels: at least two cells, mostly text, not one merged title. */
export function isHeaderLike(shape: RowShape, minCells = 2): boolean {
  return shape.nonEmpty >= Math.max(2, minCells) && shape.distinct >= 2 && shape.texts >= shape.nonEmpty * 0.5;
}
