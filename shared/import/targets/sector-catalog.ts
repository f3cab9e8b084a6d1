import type { Connection } from '../../db/connection';
import { CLASSIFICATIONS, type Classification } from '../../domain/types';
import { ClassificationRepository } from '../../repositories/classification-repository';
import { cellToText, type Cell } from '../read/table-source';
import { cleanText, headerKey, nameKey } from '../values/text';

/** Digits of each CNAE level as the workspace stores them ("0111301" for subclass 0111-3/01). */
const CNAE_DIGITS: Partial<Record<Classification, number>> = {
  'cnae-division': 2,
  'cnae-group': 3,
  'cnae-class': 5,
  'cnae-subclass': 7,
};

const SCHEME_SYNONYMS: ReadonlyMap<string, Classification> = new Map([
  ['ibge setor', 'ibge-setor'],
  ['ibge', 'ibge-setor'],
  ['setor ibge', 'ibge-setor'],
  ['cnae section', 'cnae-section'],
  ['cnae secao', 'cnae-section'],
  ['secao', 'cnae-section'],
  ['cnae division', 'cnae-division'],
  ['cnae divisao', 'cnae-division'],
  ['divisao', 'cnae-division'],
  ['cnae group', 'cnae-group'],
  ['cnae grupo', 'cnae-group'],
  ['grupo', 'cnae-group'],
  ['cnae class', 'cnae-class'],
  ['cnae classe', 'cnae-class'],
  ['classe', 'cnae-class'],
  ['cnae subclass', 'cnae-subclass'],
  ['cnae subclasse', 'cnae-subclass'],
  ['subclasse', 'cnae-subclass'],
]);

/** A classification scheme from its id ("cnae-division") or a Portuguese name ("Divisão CNAE"). */
export function parseClassification(text: string): Classification | null {
  const raw = cleanText(text).toLowerCase();
  if ((CLASSIFICATIONS as readonly string[]).includes(raw)) return raw as Classification;
  const key = headerKey(text);
  return SCHEME_SYNONYMS.get(key) ?? SCHEME_SYNONYMS.get(key.split(' ').reverse().join(' ')) ?? null;
}

/** The workspace's sector codes per scheme, to validate and normalize what files write. */
export class SectorCatalog {
  private readonly codes = new Map<Classification, Set<string>>();
  private readonly names = new Map<Classification, Map<string, string>>();
  private readonly cache = new Map<string, string | null>();

  constructor(entries: Iterable<{ classification: Classification; code: string; name: string }>) {
    for (const e of entries) {
      let codes = this.codes.get(e.classification);
      if (!codes) this.codes.set(e.classification, (codes = new Set<string>()));
      codes.add(e.code);
      let names = this.names.get(e.classification);
      if (!names) this.names.set(e.classification, (names = new Map<string, string>()));
      names.set(nameKey(e.name), e.code);
    }
  }

  static load(conn: Connection): SectorCatalog {
    const repo = new ClassificationRepository(conn);
    return new SectorCatalog(CLASSIFICATIONS.flatMap((c) => repo.list(c)));
  }

  /**
   * The workspace code for a file's sector cell: "2", "02", "2 - Indústria de transformação",
   * "Comércio"; CNAE "01.11-3", "0111-3/01", 111301 (zeros lost). Null when unknown.
   */
  normalize(cell: Cell, scheme: Classification): string | null {
    if (typeof cell === 'string' && this.codes.get(scheme)?.has(cell)) return cell;
    const key = `${scheme}|${typeof cell === 'string' ? cell : cellToText(cell)}`;
    let found = this.cache.get(key);
    if (found === undefined) {
      found = this.lookup(cell, scheme);
      if (this.cache.size < 100_000) this.cache.set(key, found);
    }
    return found;
  }

  private lookup(cell: Cell, scheme: Classification): string | null {
    const text = cleanText(cellToText(cell));
    if (text === '') return null;
    const codes = this.codes.get(scheme);
    if (!codes) return null;
    if (codes.has(text)) return text;
    if (scheme === 'ibge-setor') {
      const m = /^0?([1-8])(?:\s*[-–:.]\s*.*)?$/.exec(text);
      if (m?.[1] && codes.has(m[1])) return m[1];
    } else if (scheme === 'cnae-section') {
      const m = /^([A-Za-z])(?:\s*[-–:.]\s*.*)?$/.exec(text);
      if (m?.[1] && codes.has(m[1].toUpperCase())) return m[1].toUpperCase();
    } else {
      const digits = CNAE_DIGITS[scheme] ?? 0;
      const m = /^([\d.\-/ ]+?)(?:\s+[-–:]\s+.*)?$/.exec(text);
      const bare = (m?.[1] ?? '').replace(/\D/g, '');
      if (bare !== '' && bare.length <= digits) {
        const padded = bare.padStart(digits, '0');
        if (codes.has(padded)) return padded;
      }
    }
    return this.names.get(scheme)?.get(nameKey(text.replace(/^[\dA-Za-z.\-/]+\s+[-–]\s+/, ''))) ?? null;
  }

  has(scheme: Classification, code: string): boolean {
    return this.codes.get(scheme)?.has(code) ?? false;
  }
}
