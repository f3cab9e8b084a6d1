import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import type { SqlJsConfig, SqlJsStatic } from 'sql.js';
import { quickerFileGrowth } from '../../shared/db/sql-js-file-growth';
import { exposeFileImage } from '../../shared/db/sql-js-file-image';

type InitSqlJs = (config?: SqlJsConfig) => Promise<SqlJsStatic>;

const require = createRequire(import.meta.url);
let loaded: InitSqlJs | null = null;

/**
 * sql.js for Node (the CLI), with its in-memory file system growing files in
 * fewer steps (shared/db/sql-js-file-growth.ts says why) and the database file's bytes readable in
 * place for the save (shared/db/sql-js-file-image.ts). sql.js's own CommonJS file is evaluated
 * with those two changes, as Node would load it (same `require`, `__dirname`, so it
 * finds its .wasm beside it). Should a later sql.js not contain what either looks for, that one is
 * left out, and with neither the package is loaded unchanged (slower imports and saves, same
 * results); test/db/sql-js-file-growth.test.ts and sql-js-file-image.test.ts fail on such an upgrade.
 */
export function nodeInitSqlJs(): InitSqlJs {
  if (loaded) return loaded;
  const file = require.resolve('sql.js/dist/sql-wasm.js');
  const source = readFileSync(file, 'utf8');
  const grown = quickerFileGrowth(source);
  const patched = exposeFileImage(grown ?? source) ?? grown;
  if (patched === null) return (loaded = require(file) as InitSqlJs);
  const module = { exports: {} as unknown };
  const wrapper = compileFunction(patched, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return (loaded = module.exports as InitSqlJs);
}

/** sql.js started for Node, as `initSqlJs()` but with the faster file growth. */
export function loadSqlJs(config?: SqlJsConfig): Promise<SqlJsStatic> {
  return nodeInitSqlJs()(config);
}
