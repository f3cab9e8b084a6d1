import { run } from '../../electron/cli/main';

/** Runs `arranjo <argv>` in-process: its exit status and what it wrote to stdout and stderr. */
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
