import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../shared/db/migrations';

/**
 * Released migrations are append-only: workspaces in the field were upgraded by these exact
 * scripts, so editing one leaves those files different from new ones. A change goes in a new
 * migration. A new migration's hash is added here when it is released (merged).
 * Hashes are of the text with LF line endings, so a Windows checkout (CRLF) hashes the same.
 */
const RELEASED: Readonly<Record<string, string>> = {
  '0001_initial.sql': 'cb8482a535e4ebf822ff018687c2b85075408935ab4caaff8383bf386fe8e644',
  '0002_import.sql': '4c626f7a7566675457eb7483b3a42013a7a17c3630fd82e2158fff8e8307bc76',
  '0003_scenarios.sql': '0c7d120d466ebf3ac978ed827cbd5c0ef6013dae34b036fa3f92ebb72a8a23c6',
  '0004_compare.sql': 'ded06b07311c4a83ecf136fb025673d39d32b9a36e13bd182cc1499255773a00',
  '0005_works.sql': '40eb8e5cda772b4c580fa975c14eb05fc3c60b75e5820ffdd73078cb7a75f5d3',
  '0006_attraction.sql': '4dd0bc4bd3e1ed55d5a1bf0c971b9f4ce1319980543c5411bca094f317678ddc',
  '0007_initiatives.sql': 'bf7a8e87d8ed7308250cb46d1fe0e76b8f17cfc94a4109c95360b8b892014eda',
  '0008_programmes.sql': '6fc699e4bba6505859b627aedffa1ec0222c842f4979856eabaf3a7a50253ac1',
  '0009_templates_all_targets.sql': '3b92991550953739f967ac5d580f91e5220ed021a8c94072f535928a40730c33',
  '0010_attraction_ahp.sql': '54b2ebab8f535ca13e307fe1122be84490329147a62125982d07222142e64832',
  '0011_programme_actual_parts.sql': 'cedd12f7c5229173a1c1f666fce004f438b64b771aefcba77a36e24185fcd6ed',
  '0012_indicator_periods_index.sql': '3d96df4e099f71daa36bbf729e93caad2ee9cc04c3619ca75fb5192c1df3f71f',
  '0013_employment_by_level.sql': '2bf1c752e973706b50d36585c7ad8c3816f9927f5e52f1b58a3bf3869544d9f2',
  '0014_value_sources.sql': '64fc3701cba41768aa6ea5e4f8889412737c2d5c253f7f7518a2f6bfd532763f',
  '0015_checks_without_in_lists.sql': '63d0d20bb7916af24b7b101f13bc75e314f3cf7fadfc0a494072033f29e94301',
  '0016_cnae_names.sql': 'bea2a4696d89a7febe4ffc201dd0dd9ac14949a9e7306194b2369e7d7f75d561',
  '0017_initiative_alias.sql': '2b76a1439e1ce9c020219b248eba8ca0ac7948f69d8c1fcfb50de7ba8cc8334a',
  '0018_alphanumeric_cnpj.sql': 'e14ab48358de9f7f8475e0ddf08f20b9baa1334d5f05592ba0970fdee2935031',
  '0019_meeting_views_all_areas.sql': '4960623107d2d2ab0f52a0ff89e96aebe9f457443cc5d3d495d36c13b053c85a',
  '0020_meeting_views_economy.sql': 'b688cd1fd161f5e114a21fd1698ff1714b9cb18c1b7cae7dad82e77bcc152eca',
};

const dir = new URL('../../shared/db/migrations/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.sql'))
  .sort();
const sha256 = (file: string): string =>
  createHash('sha256')
    .update(readFileSync(new URL(file, dir), 'utf8').replace(/\r\n/g, '\n'))
    .digest('hex');

describe('released migrations never change', () => {
  it.each(files)('%s has a recorded hash', (file) => {
    expect(
      RELEASED[file],
      `${file} has no hash in test/db/migrations-released.test.ts: add '${file}': '${sha256(file)}' to RELEASED when it is released (and a fixture of the schema before it: see test/fixtures/make-fixtures.mjs).`,
    ).toBeDefined();
  });

  it.each(Object.keys(RELEASED))('%s is byte-for-byte as released', (file) => {
    expect(files, `${file} was released and must stay in shared/db/migrations/`).toContain(file);
    expect(sha256(file), `${file} was edited after its release: put the change in a new migration instead.`).toBe(RELEASED[file]);
  });

  it('the migrations index lists every file, in order', () => {
    expect(MIGRATIONS.map((m) => `${m.name}.sql`)).toEqual(files);
    // Each version is its file's number (a number reserved for another branch may be missing until it lands).
    expect(MIGRATIONS.map((m) => m.version)).toEqual(files.map((f) => Number(f.slice(0, 4))));
  });
});
