/** Why the system refused to take the output, in words (never Node's "ENOSPC: no space left on device, write"). */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EIO: 'the disk reported an input/output error',
  EACCES: 'permission denied',
  EROFS: 'the disk is read-only',
};

/**
 * What the process does when its standard output refuses a write. A reader that stops early
 * (`arranjo analyze … | head`) closes the pipe: the rest has nowhere to go, which is not an error of
 * the command. Any other refusal (`> out.csv` on a full disk) leaves the output incomplete: one line
 * says so on stderr and the exit is 1 (it was Node's stack trace).
 */
export function onStdoutError(
  error: NodeJS.ErrnoException,
  exit: (status: number) => never,
  stderr: (text: string) => void,
  status: number,
): never {
  if (error.code === 'EPIPE') return exit(status);
  const reason = (error.code && REASONS[error.code]) ?? `the system refused it (${error.code ?? error.message})`;
  stderr(`arranjo: the output could not be written: ${reason}. What was written is incomplete; run the command again once it can be.\n`);
  return exit(1);
}
