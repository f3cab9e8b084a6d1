/**
 * The name a workspace is stored under in the browser when `base` is taken: "plano (2)", "plano (3)"…
 * A numbered copy stored again (an upload of "plano (2).arranjo" beside "plano" and "plano (2)")
 * takes the next number of its original, "plano (3)", not "plano (2) (2)". A name whose own
 * parentheses hold a number ("Censo (2022)") is numbered as a whole unless that number's original
 * ("Censo") is stored too.
 */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  const numbered = /^(.*\S) \((\d+)\)$/.exec(base);
  const stem = numbered?.[1] !== undefined && taken.has(numbered[1]) ? numbered[1] : base;
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The first of `names` that is not taken: a copy opened from a desktop backup takes its workspace's name,
 * else "plano (restaurado)"… (restoreNames, shared/domain/workspace-backups.ts, whose list never ends).
 */
export function firstFree(names: Iterator<string, never>, taken: ReadonlySet<string>): string {
  for (;;) {
    const name = names.next().value;
    if (!taken.has(name)) return name;
  }
}
