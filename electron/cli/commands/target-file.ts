import { statSync } from 'node:fs';
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
