import { describe, expect, it } from 'vitest';
import { onStdoutError } from '../../../electron/cli/stdout-error';

/** Runs the handler as the process would, recording the exit status and what went to stderr. */
function handle(code: string, status = 0): { status: number; err: string } {
  let err = '';
  let exited = -1;
  class Exit extends Error {}
  try {
    onStdoutError(
      Object.assign(new Error(`${code}: refused, write`), { code }),
      (s) => {
        exited = s;
        throw new Exit();
      },
      (text) => (err += text),
      status,
    );
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
  }
  return { status: exited, err };
}

describe("the CLI's standard output refusing a write", () => {
  it('a closed pipe (| head) ends quietly with the status so far', () => {
    expect(handle('EPIPE')).toEqual({ status: 0, err: '' });
    expect(handle('EPIPE', 2)).toEqual({ status: 2, err: '' });
  });

  it("a full disk is one line on stderr and exit 1 (it was Node's stack trace)", () => {
    expect(handle('ENOSPC')).toEqual({
      status: 1,
      err: 'arranjo: the output could not be written: the disk is full. What was written is incomplete; run the command again once it can be.\n',
    });
    expect(handle('EXDEV').err).toMatch(/^arranjo: the output could not be written: the system refused it \(EXDEV\)\. /);
  });
});
