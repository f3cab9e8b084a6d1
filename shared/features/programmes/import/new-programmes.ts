import type { ConverterEnv } from '../../../import/targets/converter';
import { clip, nameKey } from '../../../import/values/text';

/**
 * The programmes a file names that the workspace lacks. The import creates them (DESIGN §10), so a
 * name typed a little differently ("PRODUZIR MG - exemplo" for "PRODUZIR MG — exemplo") would split
 * one programme in two without a word: each new name is said once, as a warning, with the existing
 * programme it equals up to case, accents, spaces and punctuation, if there is one.
 */
export class NewProgrammes {
  private readonly existing: ReadonlySet<string>;
  private readonly byKey = new Map<string, string>();
  private readonly said = new Set<string>();

  constructor(
    private readonly env: ConverterEnv,
    existing: Iterable<string>,
  ) {
    this.existing = new Set(existing);
    for (const name of this.existing) this.byKey.set(nameKey(name), name);
  }

  /** Warns, the first time, that `programme` (read in this row and column) is new to the workspace. */
  check(programme: string, row: number, column: string | null): void {
    if (programme === '' || this.existing.has(programme) || this.said.has(programme)) return;
    this.said.add(programme);
    const similar = this.byKey.get(nameKey(programme));
    const name = clip(programme, 60);
    this.env.issues.warning(
      'new-programme',
      row,
      column,
      similar
        ? `no programme is named "${name}" in this workspace, and the import creates it; "${similar}" differs only in case, accents or punctuation: if that is the one, correct the name in the file.`
        : `no programme is named "${name}" in this workspace: the import creates it. If you meant an existing programme, correct the name in the file.`,
      programme,
      similar ? { options: `“${similar}”` } : undefined,
    );
  }
}
