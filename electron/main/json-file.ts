import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomic-write';

/**
 * Small settings files in userData. A missing, truncated or hand-edited file reads as `undefined`
 * so the app starts with defaults instead of failing on a settings glitch.
 */

/** What checks a file's JSON: a zod schema, or a hand-written check of the same shape where loading zod would cost more than the read. */
export interface JsonShape<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export async function readJsonFile<T>(file: string, schema: JsonShape<T>): Promise<T | undefined> {
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
