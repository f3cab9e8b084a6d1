import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Workspaces handed to the app by the system: a double-click on a `.arranjo` file (command line on
 * Windows and Linux, `open-file` on macOS) or a second launch while Arranjo is already running.
 */
export function workspaceArgs(argv: readonly string[], cwd: string = process.cwd()): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.arranjo'))
    .map((arg) => path.resolve(cwd, arg))
    .filter((file) => existsSync(file));
}
