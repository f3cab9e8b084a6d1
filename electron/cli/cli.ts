import { run } from './main';

// Entry of the built CLI (out/cli/cli.mjs): real process streams and exit status.
const status = await run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
process.exitCode = status;
