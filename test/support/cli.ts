import { run } from '../../electron/cli/main';

/** The CLI in-process: its exit status and what it printed to stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { status, out, err };
}
