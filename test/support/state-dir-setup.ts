import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The register of images Arranjo wrote (electron/main/known-clean.ts) goes to a scratch folder per
// test file, never into the user's settings; CLI processes spawned by a test inherit it.
process.env.ARRANJO_STATE_DIR = mkdtempSync(path.join(tmpdir(), 'arranjo-state-'));
