import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import initSqlJs from 'sql.js';
import { SHIPPED_DEMO_FILE, SHIPPED_DEMO_INFO_FILE, SHIPPED_FIRST_SCREEN_FILE } from '../../shared/demo/shipped-demo';
import { buildShippedDemo } from '../../shared/engine/engine';
import { readShippedSources } from '../cli/node-sources';

/**
 * `npm run build:demo`: builds the demo workspace from resources/data/ and writes it, gzip-compressed,
 * to resources/demo/ (the file both app builds open at first start), with its info (schema version
 * and row counts) and its dashboard's first screen. Run it after changing the shipped data, a
 * migration or a demo step; test/db/shipped-demo.test.ts says when it is due.
 */
const { bytes, info, firstScreen } = await buildShippedDemo(await initSqlJs(), readShippedSources);
// Level 9 and zlib's fixed gzip header (no name, no time): the same database gives the same file.
const packed = gzipSync(bytes, { level: 9 });
const target = new URL(`../../resources/${SHIPPED_DEMO_FILE}`, import.meta.url);
await mkdir(new URL('.', target), { recursive: true });
await writeFile(target, packed);
console.log(`Wrote resources/${SHIPPED_DEMO_FILE}: ${bytes.length} bytes (${packed.length} compressed).`);
// Its dashboard's first screen, as JSON (the app's chunk for it; the test compares it with the engine's answer).
const screen = JSON.stringify(firstScreen);
await writeFile(new URL(`../../resources/${SHIPPED_FIRST_SCREEN_FILE}`, import.meta.url), screen);
console.log(`Wrote resources/${SHIPPED_FIRST_SCREEN_FILE}: ${screen.length} characters.`);
// Its info (what the engine answers for it opened as shipped, instead of counting its rows).
await writeFile(new URL(`../../resources/${SHIPPED_DEMO_INFO_FILE}`, import.meta.url), `${JSON.stringify(info)}\n`);
console.log(`Wrote resources/${SHIPPED_DEMO_INFO_FILE}.`);
