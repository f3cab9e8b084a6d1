// `npm start`: build the desktop app and open it, or say clearly why it cannot open.
// Plain Node ESM on purpose (no TypeScript, no shell scripts) so it runs the same on Windows.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));

/** The electron package folder, or null when the package itself is not installed. */
function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron executable when it is really on disk. Deliberately not `require('electron')`: that
 * starts a download by itself and throws a message that does not say what to do next.
 */
function electronBinary(packageDir) {
  const override = process.env.ELECTRON_EXEC_PATH;
  if (override) return existsSync(override) ? override : null;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return relative && existsSync(binary) ? binary : null;
}

function tryDownload(packageDir) {
  const installer = path.join(packageDir, 'install.js');
  if (!existsSync(installer) || process.env.ARRANJO_SKIP_ELECTRON_DOWNLOAD === '1') return false;
  console.log('Arranjo: the Electron runtime is missing; trying to download it once…');
  const result = spawnSync(process.execPath, [installer], {
    cwd: packageDir,
    stdio: 'inherit',
    env: process.env,
    // A download of ~100 MB on a slow office link; a dead network fails much sooner.
    timeout: 15 * 60 * 1000,
  });
  return result.status === 0;
}

function explainAndExit(packageDir) {
  const lines = [
    '',
    'Arranjo cannot open its desktop window: the Electron runtime is not installed.',
    packageDir
      ? `  Missing: the Electron executable under ${path.join(packageDir, 'dist')} (the download failed or was skipped).`
      : '  Missing: the "electron" package in node_modules (run `npm install`).',
    '',
    'To fix it, on a machine with internet access, in this folder:',
    '  npx install-electron           downloads the runtime that matches node_modules/electron',
    '  or run `npm install` again, without ELECTRON_SKIP_BINARY_DOWNLOAD set.',
    'Behind a firewall or proxy, set ELECTRON_MIRROR to a reachable mirror of the Electron',
    'releases (e.g. https://npmmirror.com/mirrors/electron/) before running install-electron,',
    'or set ELECTRON_EXEC_PATH to an Electron executable already on this machine.',
    '',
    'Meanwhile the same app runs in the browser:  npm run web',
    '',
  ];
  console.error(lines.join('\n'));
  process.exit(1);
}

function electronViteCli() {
  const packageDir = path.dirname(require.resolve('electron-vite/package.json'));
  return path.join(packageDir, 'bin', 'electron-vite.js');
}

/** Runs electron-vite with this Node (no .cmd shims on Windows) and resolves with its exit code. */
function runElectronVite(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [electronViteCli(), ...args], { cwd: root, stdio: 'inherit', env });
    const forward = (signal) => {
      if (child.exitCode === null) child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const packageDir = electronPackageDir();
let binary = packageDir ? electronBinary(packageDir) : null;
if (!binary && packageDir && tryDownload(packageDir)) binary = electronBinary(packageDir);
if (!binary) explainAndExit(packageDir);

// electron-vite looks for the runtime the same way; handing it the path avoids a second search.
const env = { ...process.env, ELECTRON_EXEC_PATH: binary };
const built = await runElectronVite(['build'], env);
if (built !== 0) {
  console.error('\nArranjo: the build failed (see above); the window was not opened.');
  process.exit(built);
}
process.exit(await runElectronVite(['preview', '--skipBuild', ...process.argv.slice(2)], env));
