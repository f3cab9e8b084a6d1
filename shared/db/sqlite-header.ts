/** The first 16 bytes of every SQLite database file, so of every workspace. */
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Whether `bytes` (at least the first 100 of a file) begin as an SQLite database, which every workspace is. */
export function hasSqliteHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 100) return false;
  for (let i = 0; i < SQLITE_HEADER.length; i++) {
    if (bytes[i] !== SQLITE_HEADER.charCodeAt(i)) return false;
  }
  return true;
}

/** The workspace schema version an SQLite image records (its header's user_version, offset 60); null for anything else. */
export function imageSchemaVersion(head: Uint8Array): number | null {
  if (!hasSqliteHeader(head)) return null;
  return new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(60);
}
