import path from 'node:path';

/** What the closure reads of a module: its code (as the bundler has it), its static imports, its exports. */
export interface ModuleView {
  code: string | null;
  importedIds: readonly string[];
  exports: readonly string[];
}

/** An import or re-export: its specifier and the names it takes from it ('*': all of them, or a namespace). */
interface Taken {
  spec: string;
  names: readonly string[] | '*';
}

/** Where a barrel's export comes from: the module's specifier and its name there ('*': a namespace). */
interface Source {
  spec: string;
  name: string;
}

const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:"'\w])\/\/[^\n]*/g;
const NAMED_FROM = /\b(import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const STAR_FROM = /\b(import|export)\s*\*\s*(?:as\s+([\w$]+)\s*)?from\s*["']([^"']+)["']/g;
const DEFAULT_FROM = /\bimport\s+([\w$]+)\s*(?:,\s*(\{[^}]*\}|\*\s*as\s+[\w$]+)\s*)?from\s*["']([^"']+)["']/g;
const BARE = /\bimport\s*["']([^"']+)["']/g;
const LOCAL_EXPORT = /\bexport\s*\{([^}]*)\}(?!\s*from)/g;
const STATEMENTS = new RegExp(
  [NAMED_FROM, STAR_FROM, DEFAULT_FROM, BARE, LOCAL_EXPORT].map((r) => `${r.source}\\s*;?`).join('|'),
  'g',
);

/** `a as b, c` → [[a, b], [c, c]] (type-only names left out). */
function specifiers(list: string): [string, string][] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('type '))
    .map((s) => {
      const [from, as] = s.split(/\s+as\s+/);
      return [from as string, (as ?? from) as string];
    });
}

/** A module's imports and re-exports, each with the names it takes. */
export function takenBy(code: string): Taken[] {
  const text = code.replace(COMMENTS, '');
  const taken: Taken[] = [];
  for (const m of text.matchAll(NAMED_FROM)) {
    if (m[2]) continue;
    taken.push({ spec: m[4] as string, names: specifiers(m[3] as string).map(([from]) => from) });
  }
  for (const m of text.matchAll(STAR_FROM)) taken.push({ spec: m[3] as string, names: '*' });
  for (const m of text.matchAll(DEFAULT_FROM)) taken.push({ spec: m[3] as string, names: '*' });
  for (const m of text.matchAll(BARE)) taken.push({ spec: m[1] as string, names: '*' });
  return taken;
}

/**
 * A barrel: a module whose code is nothing but imports and exports of other modules' bindings (a
 * library's index, a feature's entry). Its re-exports are followed by the names its importers take.
 */
export function isBarrel(code: string | null): boolean {
  if (code === null) return false;
  const text = code.replace(COMMENTS, '');
  if (!/\bexport\b/.test(text)) return false;
  const rest = text.replace(STATEMENTS, '').replace(/["']use (client|strict)["']\s*;?/g, '');
  return /^[\s;]*$/.test(rest);
}

/** Each name a barrel exports, with where it comes from; and the modules it re-exports whole. */
function barrelMap(code: string): { named: Map<string, Source>; stars: string[] } {
  const text = code.replace(COMMENTS, '');
  const named = new Map<string, Source>();
  const stars: string[] = [];
  const imported = new Map<string, Source>();
  for (const m of text.matchAll(NAMED_FROM)) {
    if (m[2]) continue;
    for (const [from, as] of specifiers(m[3] as string)) {
      const source = { spec: m[4] as string, name: from };
      if (m[1] === 'export') named.set(as, source);
      else imported.set(as, source);
    }
  }
  for (const m of text.matchAll(STAR_FROM)) {
    const spec = m[3] as string;
    if (m[1] === 'export' && !m[2]) stars.push(spec);
    else if (m[2]) (m[1] === 'export' ? named : imported).set(m[2], { spec, name: '*' });
  }
  for (const m of text.matchAll(DEFAULT_FROM)) imported.set(m[1] as string, { spec: m[3] as string, name: 'default' });
  for (const m of text.matchAll(LOCAL_EXPORT)) {
    for (const [local, as] of specifiers(m[1] as string)) {
      const source = imported.get(local);
      if (source) named.set(as, source);
    }
  }
  return { named, stars };
}

/** The module `spec` names from `from`, among `from`'s imports (null when it is not one of them). */
export function resolveAmong(from: string, spec: string, importedIds: readonly string[]): string | null {
  if (spec.startsWith('.')) {
    const base = path.resolve(path.dirname(from), spec);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, `${base}.mjs`, path.join(base, 'index.ts')];
    return importedIds.find((id) => candidates.includes(id.split('?')[0] as string)) ?? null;
  }
  // A package's file named in full ("echarts/core" is echarts/core.js), else, for the package's own
  // name alone, its entry wherever its manifest puts it ("@mantine/core" is @mantine/core/esm/index.mjs).
  const paths = importedIds.map((id) => [id, id.replace(/\\/g, '/').split('?')[0] as string] as const);
  const file = paths.find(([, p]) => new RegExp(`/node_modules/${escape(spec)}(\\.[cm]?js|/index\\.[cm]?js)?$`).test(p));
  if (file) return file[0];
  const packageName = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
  if (packageName !== spec) return null;
  return paths.find(([, p]) => p.includes(`/node_modules/${spec}/`) && /\.[cm]?js$/.test(p))?.[0] ?? null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The modules a first screen runs: `roots` and every module they reach through static imports, where
 * a barrel leads only to the modules of the names taken from it. Followed wholesale, a library's index
 * (Mantine's, ECharts' charts and components, zod's core) brought every module it re-exports into the
 * first screen's chunks: the charts, components and forms only an area uses. Anything the closure cannot
 * read (a namespace import of a barrel, an export it cannot place) is followed wholesale, as before:
 * the set can only be too large, never too small for the modules the first screen runs.
 */
export function firstScreenClosure(roots: readonly string[], moduleOf: (id: string) => ModuleView | null): Set<string> {
  const reached = new Set<string>();
  const queue: string[] = [];
  const names = new Map<string, Set<string>>(); // a barrel's names taken so far
  const placed = new Map<string, Set<string>>(); // a barrel's names already followed
  const whole = new Set<string>(); // barrels followed wholesale
  const maps = new Map<string, ReturnType<typeof barrelMap>>();
  // Whether a module is a barrel, read once per module (every importer of an index asks).
  const barrels = new Map<string, boolean>();
  const barrel = (id: string) => {
    let known = barrels.get(id);
    if (known === undefined) barrels.set(id, (known = isBarrel(moduleOf(id)?.code ?? null)));
    return known;
  };
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    queue.push(id);
  };
  const take = (id: string, taken: readonly string[] | '*') => {
    if (taken === '*') {
      if (!whole.has(id)) {
        whole.add(id);
        if (reached.has(id)) queue.push(id);
      }
    } else {
      const set = names.get(id) ?? new Set<string>();
      names.set(id, set);
      const before = set.size;
      for (const name of taken) set.add(name);
      if (set.size > before && reached.has(id)) queue.push(id);
    }
    visit(id);
  };
  /** Follows `name` of barrel `id` to the module it comes from. False when it cannot be placed. */
  const follow = (id: string, view: ModuleView, name: string): boolean => {
    const code = view.code as string;
    const map = maps.get(id) ?? barrelMap(code);
    maps.set(id, map);
    const source = map.named.get(name);
    if (source) {
      const target = resolveAmong(id, source.spec, view.importedIds);
      if (!target) return false;
      if (barrel(target)) take(target, source.name === '*' ? '*' : [source.name]);
      else visit(target);
      return true;
    }
    for (const spec of map.stars) {
      const target = resolveAmong(id, spec, view.importedIds);
      const targetView = target ? moduleOf(target) : null;
      if (!target || !targetView?.exports.includes(name)) continue;
      if (barrel(target)) take(target, [name]);
      else visit(target);
      return true;
    }
    return false;
  };

  for (const root of roots) visit(root);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    const view = moduleOf(id);
    if (!view) continue;
    if (barrel(id) && !whole.has(id)) {
      const done = placed.get(id) ?? new Set<string>();
      placed.set(id, done);
      for (const name of names.get(id) ?? []) {
        if (done.has(name)) continue;
        done.add(name);
        if (!follow(id, view, name)) take(id, '*');
      }
      if (!whole.has(id)) continue;
    }
    // Each import's module, resolved once and only for a module that imports a barrel.
    let taken: (Taken & { module: string | null })[] | null = null;
    for (const next of view.importedIds) {
      if (!barrel(next)) {
        visit(next);
        continue;
      }
      taken ??= view.code ? takenBy(view.code).map((t) => ({ ...t, module: resolveAmong(id, t.spec, view.importedIds) })) : [];
      const from = taken.filter((t) => t.module === next);
      if (from.length === 0 || from.some((t) => t.names === '*')) take(next, '*');
      else take(next, from.flatMap((t) => t.names as readonly string[]));
    }
  }
  return reached;
}
