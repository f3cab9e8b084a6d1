import { accessSync, constants, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ArranjoError } from '../../../shared/errors';

/**
 * What is at `file`, or undefined when nothing is: also when a part of its path is a file
 * (`--out obras.csv/x.xlsx`), where statSync throws ENOTDIR even with throwIfNoEntry false; that
 * escaped as an internal error (exit 1) from export, init and import.
 */
export function entryAt(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Refuses (exit 2) a folder given where a file is to be written, naming it and a file to give
 * instead: the disk's own refusal came after the work, as a failure to save (exit 1).
 */
export function refuseFolder(file: string, given: string, exampleName: string): void {
  if (!entryAt(file)?.isDirectory()) return;
  const instead = path.join(file, exampleName);
  throw new ArranjoError('INVALID_INPUT', `${given} is a folder; give a file name in it, such as ${instead}.`, { file });
}

/**
 * Refuses (exit 2), before any work, a file to be written (`init`'s workspace, `export --out`) that
 * the user may not write: a read-only file, a folder the user may not write in (the write puts a
 * scratch file beside it), or a folder that is not there. The disk's refusal came after the work
 * (the whole demo or workbook built), as "the file or its folder does not exist", naming neither.
 */
export function refuseUnwritableTarget(file: string, given: string, access: (target: string, mode: number) => void = accessSync): void {
  const folder = path.dirname(path.resolve(file));
  const entry = entryAt(folder);
  if (!entry?.isDirectory()) {
    const what = entry ? 'is a file, not a folder' : 'does not exist';
    throw new ArranjoError(
      'INVALID_INPUT',
      `${given} cannot be written: its folder (${folder}) ${what}. Give a file in a folder that exists, or create the folder first; nothing was written.`,
      { file },
    );
  }
  const targets = [[folder, `its folder (${folder}) is read-only for you`]] as [string, string][];
  if (entryAt(file)) targets.unshift([file, 'the file is read-only']);
  for (const [target, what] of targets) {
    try {
      access(target, constants.W_OK);
    } catch {
      throw new ArranjoError(
        'INVALID_INPUT',
        `${given} cannot be written: ${what}. Make it writable, or give a file in a folder you can write to; nothing was written.`,
        { file },
      );
    }
  }
}
