import { describe, expect, it } from 'vitest';
import { namespaces } from '../../../renderer/src/i18n/resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(namespaces))('translations, namespace %s', (_, texts) => {
  const locales = { 'pt-BR': flatten(texts['pt-BR']), en: flatten(texts.en), es: flatten(texts.es) };

  it.each(['en', 'es'] as const)('%s has exactly the keys of pt-BR', (locale) => {
    expect([...locales[locale].keys()].sort()).toEqual([...locales['pt-BR'].keys()].sort());
  });

  it.each(Object.keys(locales) as (keyof typeof locales)[])('%s has no empty text', (locale) => {
    const empty = [...locales[locale]].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['en', 'es'] as const)('%s uses the same {{variables}} as pt-BR', (locale) => {
    for (const [key, text] of locales['pt-BR']) {
      expect({ key, vars: variables(locales[locale].get(key) ?? '') }).toEqual({ key, vars: variables(text) });
    }
  });
});
