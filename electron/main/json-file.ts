import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/**
 * Small settings files in userData. A missing, truncated or hand-edited file reads as `undefined`
 * so the app starts with defaults instead of failing on a settings glitch.
 */

export async function readJsonFile<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`), { keepBackup: false });
}
