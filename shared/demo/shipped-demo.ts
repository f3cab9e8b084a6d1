/**
 * The demo workspace ships prebuilt (issue 16): `npm run build:demo` builds it from the files under
 * `resources/data/` at a fixed time and writes it, gzip-compressed, to `resources/demo/`; the app
 * opens that file instead of building the demo at first start. The same inputs give the same bytes,
 * and test/db/shipped-demo.test.ts fails when the file no longer equals a fresh build.
 */
export const SHIPPED_DEMO_FILE = 'demo/arranjo-demo.arranjo.gz';

/**
 * The demo's dashboard first screen (shared/features/workspace/first-screen.ts), made by the same
 * build from the same workspace: a first start draws it while the engine opens the demo.
 */
export const SHIPPED_FIRST_SCREEN_FILE = 'demo/arranjo-demo.first-screen.json';

/**
 * What the same build recorded of the shipped demo (its schema version and row counts, the
 * engine's `info()` on those bytes): the engine answers it for the demo opened as shipped instead
 * of counting its ~110,000 rows at first start (issue 16); test/db/shipped-demo.test.ts holds it
 * equal to the counts of the shipped file.
 */
export const SHIPPED_DEMO_INFO_FILE = 'demo/arranjo-demo.info.json';

/**
 * The time every row of the shipped demo is stamped with (created, imported), instead of "now". Noon
 * UTC: shown at the planner's local time it is the demo's day (2026-01-01) from UTC-12 to UTC+11; at
 * midnight UTC the demo's imports and scenario read "31/12/2025, 21:00" in Brazil under a header
 * saying the demo describes 01/01/2026.
 */
export const DEMO_BUILT_AT = '2026-01-01T12:00:00.000Z';

/**
 * The day the shipped demo describes (its works, plan and prospects are dated from it): the day of
 * DEMO_BUILT_AT, fixed rather than the build machine's local day. The engine answers it for the demo
 * opened as shipped and not yet changed, without reading the file (test/db/shipped-demo.test.ts holds
 * it equal to the file's).
 */
export const SHIPPED_DEMO_DAY = DEMO_BUILT_AT.slice(0, 10);

/** The first two bytes of a gzip stream. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
