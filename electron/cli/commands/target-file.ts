import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { ArranjoError } from '../../../shared/errors';

/**
 * Refuses (exit 2) a folder given where a file is to be written, naming it and a file to give
 * instead: the disk's own refusal came after the work, as a failure to save (exit 1).
 */
export function refuseFolder(file: string, given: string, exampleName: string): void {
  if (!statSync(file, { throwIfNoEntry: false })?.isDirectory()) return;
  const instead = path.join(file, exampleName);
  throw new ArranjoError('INVALID_INPUT', `${given} is a folder; give a file name in it, such as ${instead}.`, { file });
}

/**
 * Refuses (exit 2), before any work, a file to be written (`init`'s workspace, `export --out`) that
 * the user may not write: a read-only file, or a folder the user may not write in (the write puts a
 * scratch file beside it). The disk's refusal came after the work, as a failure (exit 1). A folder
 * that does not exist is left to the write, which says so.
 */
export function refuseUnwritableTarget(file: string, given: string, access: (target: string, mode: number) => void = accessSync): void {
  const folder = path.dirname(path.resolve(file));
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return;
  const targets = [[folder, `its folder (${folder}) is read-only for you`]] as [string, string][];
  if (statSync(file, { throwIfNoEntry: false })) targets.unshift([file, 'the file is read-only']);
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
