/**
 * Chart axes cannot hold "Distrito Industrial de Governador Valadares" thirteen times: when every
 * label starts with the same two or more words, those words become their initials ("DI de
 * Governador Valadares"). Tooltips and tables keep the full names.
 */
export function shortLabels(labels: readonly string[]): string[] {
  if (labels.length < 2) return [...labels];
  const words = labels.map((l) => l.trim().split(/\s+/));
  let common = 0;
  const first = words[0] ?? [];
  while (common < first.length && words.every((w) => w.length > common + 1 && w[common] === first[common])) common++;
  if (common < 2) return [...labels];
  const initials = first
    .slice(0, common)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return words.map((w) => [initials, ...w.slice(common)].join(' '));
}

/**
 * Long names that differ only at their end ("Distritos MG 2027–2030 (versão de trabalho)" and its
 * "… (cópia)") read the same once an axis cuts them to its width. When every name is longer than
 * `room` characters and all start with the same three or more words, those words give way to "…"
 * (the last of them stays, for context), so what tells the names apart is what is shown.
 * Tooltips and tables keep the full names.
 */
export function distinctNames(names: readonly string[], room = 20): string[] {
  if (names.length < 2 || names.some((n) => n.length <= room)) return [...names];
  const words = names.map((n) => n.trim().split(/\s+/));
  const first = words[0] ?? [];
  let common = 0;
  while (common < first.length && words.every((w) => w[common] === first[common])) common++;
  if (common < 3) return [...names];
  const shown = words.map((w) => `… ${w.slice(common - 1).join(' ')}`);
  return new Set(shown).size === shown.length ? shown : [...names];
}
