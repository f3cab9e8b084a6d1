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

/** One scheme's sectors, read on first use; their name keys worked out when a cell is not a code. */
interface SchemeSectors {
  readonly entries: readonly { code: string; name: string }[];
  readonly codes: ReadonlySet<string>;
  names?: ReadonlyMap<string, string>;
}

/**
 * The workspace's sector codes per scheme, to validate and normalize what files write. A scheme is
 * read when a cell of it is first asked about: a file of CNAE divisions reads the 87 divisions, not
 * all six schemes' 2,426 sectors with a name key each (issue 16: 38-49 ms of every import's start,
 * 0-5 ms now).
 */
export class SectorCatalog {
  private readonly schemes = new Map<Classification, SchemeSectors>();
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly read: (scheme: Classification) => readonly { code: string; name: string }[]) {}

  static load(conn: Connection): SectorCatalog {
    const repo = new ClassificationRepository(conn);
    return new SectorCatalog((scheme) => repo.list(scheme));
  }

  private scheme(scheme: Classification): SchemeSectors {
    let sectors = this.schemes.get(scheme);
    if (!sectors) {
      const entries = this.read(scheme);
      sectors = { entries, codes: new Set(entries.map((e) => e.code)) };
      this.schemes.set(scheme, sectors);
    }
    return sectors;
  }

  /** A name key's code (the last sector of that name, as SQLite lists them by code). */
  private byName(scheme: Classification, key: string): string | null {
    const sectors = this.scheme(scheme);
    sectors.names ??= new Map(sectors.entries.map((e) => [nameKey(e.name), e.code]));
    return sectors.names.get(key) ?? null;
  }

  /**
   * The workspace code for a file's sector cell: "2", "02", "2 - Indústria de transformação",
   * "Comércio"; CNAE "01.11-3", "0111-3/01", 111301 (zeros lost). Null when unknown.
   */
  normalize(cell: Cell, scheme: Classification): string | null {
    if (typeof cell === 'string' && this.scheme(scheme).codes.has(cell)) return cell;
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
    const { codes } = this.scheme(scheme);
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
    return this.byName(scheme, nameKey(text.replace(/^[\dA-Za-z.\-/]+\s+[-–]\s+/, '')));
  }

  /** The scheme's codes, in code order. */
  codes(scheme: Classification): readonly string[] {
    return this.scheme(scheme).entries.map((e) => e.code);
  }

  has(scheme: Classification, code: string): boolean {
    return this.scheme(scheme).codes.has(code);
  }
}
