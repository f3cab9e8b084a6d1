import { setFlagsFromString } from 'node:v8';
import { run } from './main';
import { onStdoutError } from './stdout-error';

// A closed pipe (`| head`) ends the process quietly; a full disk says so in one line (stdout-error.ts).
process.stdout.on('error', (error: NodeJS.ErrnoException) =>
  onStdoutError(
    error,
    (status) => process.exit(status),
    (text) => process.stderr.write(text),
    Number(process.exitCode ?? 0),
  ),
);

// Entry of the built CLI (out/cli/cli.mjs): real process streams and exit status.
const status = await run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
  (bytes) => process.stdout.write(bytes),
  // Most commands are one short process: V8's optimizing compiler would spend more CPU compiling
  // SQLite's hottest WebAssembly functions than the command runs them, and the process waits for
  // those compilations before it can exit (`info` on a 40 MB workspace: 1.9 s CPU, 1.1 s with the
  // baseline compiler only; the import of a 2-row CSV 0.52 -> 0.36 s; issue 16). A national import
  // or the demo's build runs SQLite long enough to gain from it (CliCommand.longSqliteWork). Set
  // before sql.js compiles its module, in this process only (tests run commands in theirs).
  (command, cmd) => {
    if (!command.longSqliteWork?.(cmd)) setFlagsFromString('--liftoff-only');
  },
);
process.exitCode = status;
