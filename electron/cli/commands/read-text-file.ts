import { readFile } from 'node:fs/promises';
import { ArranjoError } from '../../../shared/errors';
import { decodeText } from '../../../shared/text/decode';

/** A small input file as text (UTF-8 or Windows-1252); a missing file is refused (exit 2). */
export async function readTextFile(file: string, option: string): Promise<string> {
  try {
    return decodeText(new Uint8Array(await readFile(file))).text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ArranjoError('INVALID_INPUT', `${file}: no such file (given to --${option}).`, { file });
    if (code === 'EISDIR')
      throw new ArranjoError('INVALID_INPUT', `${file}: is a folder, not a file (given to --${option}); give the file's path.`, { file });
    throw new ArranjoError('FILE_ACCESS', `${file}: cannot be read (${code ?? String(error)}).`, { file });
  }
}
