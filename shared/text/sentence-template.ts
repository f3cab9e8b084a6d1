/**
 * A sentence with `{name}` slots ("Especializado: QL {lq} em {year}."): filled with values, or read
 * back from a sentence it wrote. The engine records some sentences in one language and says them in
 * another by reading them back through the templates that wrote them (input-words, target-sectors).
 */

/** The template with each `{name}` replaced by its value (an unknown name by nothing). */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** The values a sentence holds in the template's slots, or null when the template did not write it. */
export type TemplateReader = (sentence: string) => Record<string, string> | null;

export function templateReader(template: string): TemplateReader {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '(.+?)';
    })
    .join('');
  const pattern = new RegExp(`^${source}$`);
  return (sentence) => {
    const found = pattern.exec(sentence);
    return found ? Object.fromEntries(names.map((name, i) => [name, found[i + 1] ?? ''])) : null;
  };
}

/** Characters a template writes itself: a template with more of them is the more specific one to try first. */
export function literalLength(template: string): number {
  return template.replace(/\{\w+\}/g, '').length;
}
