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
