import type { InitiativeField } from '../../../import/mapping/mapping-schema';
import type { SourceRow } from '../../../import/read/table-source';
import { readText } from '../../../import/targets/cells';
import {
  columnsWith,
  label,
  mappingError,
  TerritoryReader,
  type ConverterEnv,
  type RowConverter,
  type RowOutcome,
} from '../../../import/targets/converter';
import { isExcelError } from '../../../import/values/missing';
import { clip } from '../../../import/values/text';
import { findNearDuplicates, foldName, initiativeCode } from '../names';
import { cnaeCodeSchema, INITIATIVE_KINDS, INITIATIVE_NAME_LIMITS, INITIATIVE_TEXT_LIMITS, type InitiativeKind } from '../schemas';

/** The longest texts an import keeps, as the registry's form does (initiativeInputSchema). */
const IMPORT_TEXT_LIMITS: Readonly<Partial<Record<InitiativeField, number>>> = {
  name: INITIATIVE_NAME_LIMITS.name,
  route: INITIATIVE_NAME_LIMITS.route,
  notes: INITIATIVE_TEXT_LIMITS.notes,
};

/** One initiative of an import: its spellings in the file and its municipalities. */
export interface InitiativeRecord {
  code: string;
  name: string;
  route: string | null;
  kind: InitiativeKind;
  /** Null when no column gives them: a re-import keeps what the planner entered. */
  sectors: string[] | null;
  notes: string | null;
  members: number[];
  sourceRow: number;
  /**
   * The file's initiatives that were merged into this one in the registry (their code is an alias of
   * this one's): each with its spelling and first row. Empty when none.
   */
  merged?: { alias: string; spelling: string; row: number; into: string }[];
  /** Only merged spellings lead here: the registry's name stays (the file has not this one's own). */
  keepName?: boolean;
}

interface Group {
  key: string;
  code: string | null;
  spellings: Map<string, number>;
  route: string | null;
  kind: InitiativeKind;
  sectors: Set<string> | null;
  notes: string | null;
  members: Set<number>;
  firstRow: number;
}

/** The initiatives of one import, grouped by route and folded name. */
export class InitiativeStore {
  private readonly groups = new Map<string, Group>();
  private built: InitiativeRecord[] | null = null;
  memberships = 0;

  /** `aliases`: the codes of merged initiatives (upper-cased) and the initiative each now is. */
  constructor(private readonly aliases: ReadonlyMap<string, { code: string; name: string }> = new Map()) {}

  group(key: string, init: () => Group): Group {
    let g = this.groups.get(key);
    if (!g) {
      g = init();
      this.groups.set(key, g);
    }
    this.built = null;
    return g;
  }

  /** Adds a ready record (redo of an undone batch). */
  addRecord(r: InitiativeRecord): void {
    const g = this.group(`${r.code}`, () => ({
      key: r.code,
      code: r.code,
      spellings: new Map([[r.name, 1]]),
      route: r.route,
      kind: r.kind,
      sectors: r.sectors === null ? null : new Set(r.sectors),
      notes: r.notes,
      members: new Set(r.members),
      firstRow: r.sourceRow,
    }));
    this.memberships += g.members.size;
  }

  rawGroups(): Group[] {
    return [...this.groups.values()];
  }

  get records(): InitiativeRecord[] {
    if (this.built) return this.built;
    const out: InitiativeRecord[] = [];
    const codes = new Map<string, number>();
    for (const g of this.groups.values()) {
      const name = displayName(g.spellings);
      let code = g.code ?? initiativeCode(name);
      if (g.code === null && (codes.get(code) ?? 0) > 0) code = initiativeCode(`${name} ${g.route ?? ''}`);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      out.push({
        code,
        name,
        route: g.route,
        kind: g.kind,
        sectors: g.sectors === null ? null : [...g.sectors].sort(),
        notes: g.notes,
        members: [...g.members].sort((a, b) => a - b),
        sourceRow: g.firstRow,
      });
    }
    this.built = this.followAliases(out);
    return this.built;
  }

  /**
   * A record whose code was merged into another initiative updates that one: its code becomes the kept
   * one's, and records that meet there are one (members and sectors united), never a merged one made again.
   */
  private followAliases(records: InitiativeRecord[]): InitiativeRecord[] {
    if (this.aliases.size === 0) return records;
    const byCode = new Map<string, InitiativeRecord>();
    const out: InitiativeRecord[] = [];
    for (const r of records) {
      const alias = this.aliases.get(r.code.toUpperCase());
      const code = alias?.code ?? r.code;
      const merged = alias ? [{ alias: r.code, spelling: r.name, row: r.sourceRow, into: alias.name }] : [];
      const seen = byCode.get(code.toUpperCase());
      if (!seen) {
        const record: InitiativeRecord = { ...r, code, merged, keepName: alias !== undefined };
        byCode.set(code.toUpperCase(), record);
        out.push(record);
        continue;
      }
      seen.members = [...new Set([...seen.members, ...r.members])].sort((a, b) => a - b);
      seen.sectors =
        seen.sectors === null && r.sectors === null ? null : [...new Set([...(seen.sectors ?? []), ...(r.sectors ?? [])])].sort();
      seen.notes ??= r.notes;
      seen.merged = [...(seen.merged ?? []), ...merged];
      if (seen.keepName && !alias) {
        // The kept initiative's own spelling is in the file too: it names the record.
        Object.assign(seen, {
          name: r.name,
          route: r.route,
          kind: r.kind,
          sourceRow: Math.min(seen.sourceRow, r.sourceRow),
          keepName: false,
        });
      }
    }
    return out;
  }

  get length(): number {
    return this.groups.size;
  }
}

/** The most frequent spelling, trimmed; the first seen on a tie. */
function displayName(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [s, c] of spellings) {
    if (c > n) {
      best = s;
      n = c;
    }
  }
  return best.replace(/\s+/g, ' ').trim();
}

const KIND_SYNONYMS: readonly [RegExp, InitiativeKind][] = [
  [/^(rotas?|polo|rotas polo)/, 'rotas-polo'],
  [/^(cepal|cluster|iniciativa cepal|articulacao)/, 'cepal-initiative'],
  [/^(apl|arranjo produtivo)/, 'apl'],
  [/^(comunit|community|arranjo comunitario)/, 'community-arrangement'],
];

function parseKind(text: string): InitiativeKind | null {
  const raw = text.trim().toLowerCase();
  if ((INITIATIVE_KINDS as readonly string[]).includes(raw)) return raw as InitiativeKind;
  const key = foldName(text.replace(/[-_]/g, ' ')).replace(/\s/g, '');
  return KIND_SYNONYMS.find(([re]) => re.test(key))?.[1] ?? null;
}

/**
 * Rows of (initiative, municipality): grouped into initiatives whose names are equal up to case,
 * accents and spaces within a route; a municipality in several routes belongs to each. A blank
 * initiative cell is skipped with a warning (a known quirk of the Rotas file); near-duplicate names
 * are reported, never merged.
 */
export function initiativeConverter(
  env: ConverterEnv,
  store: InitiativeStore,
  /** The municipalities an initiative of the registry has now (by code), or null when it has none of that code. */
  registered: (code: string) => readonly number[] | null = () => null,
): RowConverter & { finish(): void } {
  const byField = new Map<InitiativeField, number>(columnsWith(env.mapping, 'initiative-field').map((f) => [f.role.field, f.column]));
  const nameColumn = byField.get('name');
  if (nameColumn === undefined) throw mappingError(env, 'map the column with the initiative (polo) names.');
  if (!byField.has('kind') && !env.mapping.initiativeKind)
    throw mappingError(env, 'choose the kind of the initiatives (Rotas polo, CEPAL initiative, APL…) or map a kind column.');
  const territory = new TerritoryReader(env);
  const text = (row: SourceRow, field: InitiativeField): string => {
    const c = byField.get(field);
    return c === undefined ? '' : readText(row.cells[c]);
  };

  return {
    valueColumns: [],
    convert(row: SourceRow): RowOutcome {
      const rawName = row.cells[nameColumn];
      const name = readText(rawName);
      let failed = false;
      // A cell that is an Excel error (#N/A of a failed lookup) or a text longer than the registry
      // keeps names no polo, route or note: the row is refused, never an initiative called "#N/A".
      for (const [field, column] of byField) {
        const value = readText(row.cells[column]);
        if (isExcelError(value)) {
          env.issues.error(
            'initiative-error-cell',
            row.row,
            label(env, column),
            `the cell holds Excel's error ${value} (its formula failed in the source file), not a ${field}; correct the cell there, or delete the row, and import again.`,
            value,
          );
          failed = true;
          continue;
        }
        const max = IMPORT_TEXT_LIMITS[field];
        if (max !== undefined && value.length > max) {
          env.issues.error(
            'initiative-text-too-long',
            row.row,
            label(env, column),
            `the ${field} has ${value.length} characters; the limit is ${max}. Shorten it in the file and import again.`,
            clip(value, 60),
            { length: value.length, max },
          );
          failed = true;
        }
      }
      if (failed) return 'failed';
      if (name === '') {
        env.issues.warning(
          'blank-initiative',
          row.row,
          label(env, nameColumn),
          'the initiative (polo) cell is blank: the row is skipped, as the source has no polo for it.',
        );
        return 'skipped';
      }
      let kind = env.mapping.initiativeKind ?? null;
      const kindText = text(row, 'kind');
      if (kindText !== '') {
        kind = parseKind(kindText);
        if (!kind) {
          env.issues.error(
            'bad-initiative-kind',
            row.row,
            label(env, byField.get('kind') ?? 0),
            `"${clip(kindText, 40)}" is not an initiative kind (${INITIATIVE_KINDS.join(', ')}).`,
          );
          failed = true;
        }
      }
      let sectors: string[] | null = null;
      if (byField.has('sectors')) {
        sectors = [];
        for (const part of text(row, 'sectors')
          .split(/[|;,]/)
          .map((s) => s.trim())
          .filter((s) => s !== '')) {
          const parsed = cnaeCodeSchema.safeParse(part.replace(/[.\-/]/g, ''));
          if (parsed.success) sectors.push(parsed.data);
          else {
            env.issues.error('bad-sector', row.row, label(env, byField.get('sectors') ?? 0), `"${clip(part, 20)}" is not a CNAE code.`);
            failed = true;
          }
        }
      }
      const place = territory.read(row);
      if (place === 'skip') return 'skipped';
      if (place === 'failed' || failed || !kind) return 'failed';
      const route = text(row, 'route') || null;
      const code = text(row, 'code') || null;
      const key = code ? `code:${code.toUpperCase()}` : `${foldName(route ?? '')}|${foldName(name)}`;
      const g = store.group(key, () => ({
        key,
        code,
        spellings: new Map(),
        route,
        kind,
        sectors: null,
        notes: null,
        members: new Set(),
        firstRow: row.row,
      }));
      const spelling = typeof rawName === 'string' ? rawName : name;
      g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + 1);
      if (sectors) g.sectors = new Set([...(g.sectors ?? []), ...sectors]);
      const notes = text(row, 'notes');
      if (notes !== '' && g.notes === null) g.notes = notes;
      if (g.members.has(place.code)) {
        env.issues.warning(
          'duplicate-membership',
          row.row,
          label(env, byField.get('name') ?? 0),
          `municipality ${place.code} is already in "${name}" (row ${g.firstRow}): counted once.`,
        );
      } else {
        g.members.add(place.code);
        store.memberships++;
      }
      return 'imported';
    },
    finish(): void {
      for (const g of store.rawGroups()) {
        if (g.spellings.size > 1) {
          env.issues.warning(
            'initiative-spellings-merged',
            g.firstRow,
            label(env, nameColumn),
            `${[...g.spellings.keys()].map((s) => `"${s}"`).join(', ')} are one initiative (equal up to case, accents and spaces).`,
            displayName(g.spellings),
          );
        }
      }
      const records = store.records;
      for (const r of records) {
        for (const m of r.merged ?? []) {
          env.issues.warning(
            'initiative-merged-alias',
            m.row,
            label(env, nameColumn),
            `"${m.spelling}" (code ${m.alias}) was merged into "${m.into}" (code ${r.code}) in Polos e iniciativas: the import updates "${m.into}" and does not create "${m.spelling}" again.`,
            m.into,
          );
        }
        // A polo called as a municipality is most likely a cell shifted from the municipality column
        // (the Rotas file's "Ipupiara" as the Cacau polo of Arataca, BA): imported, but said.
        const places = env.matcher.municipalitiesNamed(r.name);
        if (places.length === 0) continue;
        const territory = places
          .slice(0, 3)
          .map((m) => `${m.name}, ${m.stateAbbr}`)
          .join('; ');
        env.issues.warning(
          'initiative-named-as-municipality',
          r.sourceRow,
          label(env, nameColumn),
          `the initiative's name "${r.name}" is the name of a municipality (${territory}): check that the cell is not shifted.`,
          r.name,
          { territory },
        );
      }
      // An update replaces an initiative's municipalities with the file's: those it would lose are
      // said (a file of one state, or an older list, drops the others without a word otherwise).
      for (const r of records) {
        const now = registered(r.code);
        if (!now) continue;
        const kept = new Set(r.members);
        const lost = now.filter((m) => !kept.has(m));
        if (lost.length === 0) continue;
        const names = lost
          .slice(0, 5)
          .map((m) => {
            const place = env.matcher.placeOf(m);
            return place ? `${place.name}, ${place.stateAbbr}` : String(m);
          })
          .join('; ');
        const territory = lost.length > 5 ? `${names}…` : names;
        env.issues.warning(
          'initiative-members-removed',
          r.sourceRow,
          label(env, nameColumn),
          `"${r.name}" has ${now.length} municipalities in Polos e iniciativas; the file lists ${r.members.length} and the import takes ${lost.length} out (${territory}). If the file is partial, import the whole list; an import can be undone.`,
          r.name,
          { count: lost.length, total: now.length, territory },
        );
      }
      for (const [a, b] of findNearDuplicates(records)) {
        env.issues.warning(
          'initiative-near-duplicate',
          b.sourceRow,
          label(env, nameColumn),
          `"${b.name}" (row ${b.sourceRow}) looks like "${a.name}" (row ${a.sourceRow}): if they are the same initiative, merge them in Polos e iniciativas.`,
          b.name,
          { other: a.name, otherRow: a.sourceRow },
        );
      }
    },
  };
}
