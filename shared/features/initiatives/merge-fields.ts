import type { InitiativeRow } from './initiative-repository';
import { INITIATIVE_TEXT_LIMITS } from './schemas';

/** Fields of an initiative that hold one value: on a merge the kept one's stays when both differ. */
export const MERGE_SINGLE_FIELDS = ['managingBody', 'maturity', 'committee', 'startedOn', 'endedOn', 'region', 'location'] as const;
export type MergeSingleField = (typeof MERGE_SINGLE_FIELDS)[number];

/** Fields of an initiative whose texts a merge joins, within the profile's limits. */
export type MergeTextField = keyof typeof INITIATIVE_TEXT_LIMITS;

/**
 * A value of the merged initiative that was not kept: the kept one has another, or (with `limit`)
 * both texts together are longer than the profile takes, which would refuse its next save.
 */
export interface MergeNotKept {
  field: MergeSingleField | MergeTextField;
  /** The merged initiative's value ("lat, lon" for the location). */
  value: string;
  /** The kept initiative's value, which stays. */
  kept: string;
  /** The longest text the field takes, when the joined text would not fit in it. */
  limit?: number;
  /**
   * The other date, when this one (the merged initiative's) is left out because the kept dates would
   * then end before they start: its start for an end, its end for a start.
   */
  outOfOrder?: string;
}

/** The columns a merge writes on the kept initiative. */
export interface MergedColumns {
  sectors: string[];
  maturity: string | null;
  managing_body: string | null;
  committee: string | null;
  members: string | null;
  contacts: string | null;
  started_on: string | null;
  ended_on: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  notes: string | null;
}

const COLUMN_OF: Record<
  Exclude<MergeSingleField, 'location'>,
  'managing_body' | 'maturity' | 'committee' | 'started_on' | 'ended_on' | 'region'
> = {
  managingBody: 'managing_body',
  maturity: 'maturity',
  committee: 'committee',
  startedOn: 'started_on',
  endedOn: 'ended_on',
  region: 'region',
};

const blank = (v: string | null): boolean => v === null || v.trim() === '';
const fold = (v: string): string =>
  v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export function sectorList(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * Members or contacts of both, one per line (or separated by ";"), each once (equal up to case,
 * accents and spaces): the kept one's first, in their order.
 */
export function uniteLists(kept: string | null, merged: string | null): string | null {
  if (blank(merged)) return kept;
  if (blank(kept)) return merged;
  const split = (v: string): string[] =>
    v
      .split(/\r?\n|;/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of [...split(kept ?? ''), ...split(merged ?? '')]) {
    const key = fold(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  const multiline = /\n/.test(kept ?? '') || /\n/.test(merged ?? '');
  return out.join(multiline ? '\n' : '; ');
}

/** The merged one's notes after the kept one's, under a line naming where they came from. */
export function appendNotes(kept: string | null, merged: InitiativeRow): string | null {
  if (blank(merged.notes)) return kept;
  const from = `[${merged.name} — ${merged.code}]\n${(merged.notes ?? '').trim()}`;
  return blank(kept) ? from : `${(kept ?? '').trimEnd()}\n\n${from}`;
}

/**
 * What the kept initiative holds after `merged` is merged into it: each of its empty fields takes the
 * merged one's value; sectors, members and contacts are united; the merged one's notes are appended.
 * Where both have a different value, the kept one's stays and `notKept` says which of the merged one's
 * were left out (for the planner to see); so too where united members, contacts or notes would be
 * longer than the profile takes (its next save would be refused until shortened).
 */
export function combineForMerge(kept: InitiativeRow, merged: InitiativeRow): { columns: MergedColumns; notKept: MergeNotKept[] } {
  const notKept: MergeNotKept[] = [];
  const single = (field: Exclude<MergeSingleField, 'location'>): string | null => {
    const column = COLUMN_OF[field];
    const a = kept[column];
    const b = merged[column];
    if (blank(b)) return a;
    if (blank(a)) return b;
    if (a !== null && b !== null && fold(a) !== fold(b)) notKept.push({ field, value: b, kept: a });
    return a;
  };
  // Joined texts the profile would refuse on its next save stay the kept one's; the merged one's is named.
  const fitting = (field: MergeTextField, joined: string | null): string | null => {
    const limit = INITIATIVE_TEXT_LIMITS[field];
    if (joined === null || joined.trim().length <= limit) return joined;
    notKept.push({ field, value: (merged[field] ?? '').trim(), kept: (kept[field] ?? '').trim(), limit });
    return kept[field];
  };
  const columns: MergedColumns = {
    sectors: [...new Set([...sectorList(kept.sectors), ...sectorList(merged.sectors)])].sort(),
    managing_body: single('managingBody'),
    maturity: single('maturity'),
    committee: single('committee'),
    started_on: single('startedOn'),
    ended_on: single('endedOn'),
    region: single('region'),
    members: fitting('members', uniteLists(kept.members, merged.members)),
    contacts: fitting('contacts', uniteLists(kept.contacts, merged.contacts)),
    notes: fitting('notes', appendNotes(kept.notes, merged)),
    lat: kept.lat,
    lon: kept.lon,
  };
  // Dates of two initiatives can end before they start (the kept one's start, the merged one's end):
  // the next save would be refused at the end's field. The merged one's date is left out, and said.
  const { started_on: start, ended_on: end } = columns;
  if (start !== null && end !== null && end < start) {
    if (end !== kept.ended_on) {
      notKept.push({ field: 'endedOn', value: end, kept: kept.ended_on ?? '', outOfOrder: start });
      columns.ended_on = kept.ended_on;
    } else if (start !== kept.started_on) {
      notKept.push({ field: 'startedOn', value: start, kept: kept.started_on ?? '', outOfOrder: end });
      columns.started_on = kept.started_on;
    }
  }
  if (kept.lat === null || kept.lon === null) {
    if (merged.lat !== null && merged.lon !== null) {
      columns.lat = merged.lat;
      columns.lon = merged.lon;
    }
  } else if (merged.lat !== null && merged.lon !== null && (merged.lat !== kept.lat || merged.lon !== kept.lon)) {
    notKept.push({ field: 'location', value: `${merged.lat}, ${merged.lon}`, kept: `${kept.lat}, ${kept.lon}` });
  }
  return { columns, notKept };
}
