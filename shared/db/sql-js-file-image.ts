/**
 * The name of the method {@link exposeFileImage} adds to sql.js's Database.
 */
export const FILE_IMAGE_METHOD = 'arranjoFileImage';

const ID = '[A-Za-z_$][\\w$]*';

/** `g.prototype["export"]=g.prototype.Wb;`: where sql.js names its export, in the scope that defines it. */
const EXPORT_ASSIGNED = new RegExp(`(${ID})\\.prototype\\["export"\\]\\s*=\\s*\\1\\.prototype\\.${ID}\\s*;`, 'g');
/** In the export's body: `var r=B(f).node` (B: the file system's lookupPath). */
const LOOKUP = new RegExp(`=\\s*(${ID})\\(\\s*${ID}\\s*\\)\\s*\\.\\s*node\\b`);
/** In the export's body: `r.Ua.set(D.subarray(…` (Ua: a MEMFS node's contents). */
const CONTENTS = new RegExp(`(${ID})\\.(${ID})\\.set\\(\\s*${ID}\\.subarray\\(`);

/**
 * sql.js keeps the database file in Emscripten's in-memory file system (MEMFS) and does not export
 * that file system. Its `export()` copies the database page by page (SQLite's backup API) into a
 * fresh array the size of the file: for the 23 MB all-Brazil workspace 0.1-0.3 s of the CLI's
 * import, mostly the first touch of 6,000 fresh pages of memory (issue 16). The save needs no copy:
 * the file's bytes, as SQLite last wrote them, can be written to disk as they are.
 *
 * This adds one method to sql.js's Database, beside its `export` (same scope, so it reaches the file
 * system the way `export` does): `arranjoFileImage()`, a view (no copy) of the database file's bytes
 * in MEMFS, or null when the database is closed, the file is not found, or a rollback journal is
 * beside it (a write transaction under way: the file may hold some of its pages). The names it uses
 * (the file system's lookup, the node's `contents` and `usedBytes`) are read from sql.js's own
 * export, which uses them. Node's loader (electron/main/load-sql-js.ts) applies it for the CLI;
 * test/db/sql-js-file-image.test.ts fails when a sql.js upgrade moves what it looks for, and until
 * then `Connection.lendImage` falls back to `export()` (slower, the same guarantees).
 */
export function exposeFileImage(source: string): string | null {
  const assigned = [...source.matchAll(EXPORT_ASSIGNED)];
  const exportAt = source.indexOf('"_export"');
  if (assigned.length !== 1 || exportAt < 0 || source.indexOf('"_export"', exportAt + 1) >= 0) return null;
  // The export's body: from its file name to its end (a few hundred characters in 1.16).
  const body = source.slice(exportAt, exportAt + 2000);
  const lookup = LOOKUP.exec(body)?.[1];
  const contentsMatch = CONTENTS.exec(body);
  const node = contentsMatch?.[1];
  const contents = contentsMatch?.[2];
  const used = node && new RegExp(`${node.replace(/\$/g, '\\$')}\\.(${ID})\\s*=\\s*Math\\.max\\(`).exec(body)?.[1];
  const statement = assigned[0]?.[0];
  const database = assigned[0]?.[1];
  if (!lookup || !contents || !used || !statement || !database) return null;
  const method =
    `${database}.prototype.${FILE_IMAGE_METHOD}=function(){if(!this.db)return null;var n;` +
    `try{n=${lookup}("/"+this.filename).node}catch(e){return null}` +
    `try{${lookup}("/"+this.filename+"-journal");return null}catch(e){}` +
    `var c=n.${contents};return c instanceof Uint8Array?c.subarray(0,n.${used}):null};`;
  return source.replace(statement, () => `${statement}${method}`);
}
