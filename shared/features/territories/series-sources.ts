/** Between the sources of one line ("RAIS 2019 (…); RAIS 2020 (…)"): where they are joined and split. */
const SEPARATOR = '; ';

/**
 * Sources in one line, each once: a line that already joins several (a ratio's, a change's) is
 * split first, so a radar over such rows names the RAIS 2020 file once, not three times.
 */
export function joinSources(sources: readonly string[]): string {
  return [...new Set(sources.flatMap((s) => s.split(SEPARATOR)).filter(Boolean))].join(SEPARATOR);
}

/**
 * The sources of a series, period by period, in one line: values of one source over several years
 * are grouped ("IBGE, estimativa da população {2011–2021, 2024} (enviada ao TCU)"), so a series that
 * mixes Census counts and estimates says so instead of naming one source for all.
 */
export function describeSeriesSources(points: readonly { period: string; source: string | null }[]): string {
  const groups = new Map<string, string[]>();
  for (const { period, source } of points) {
    if (!source) continue;
    // Only the first mention is the period: the file name may repeat years ("poptcu2010-2022_2024.csv").
    const template = source.replace(period, '\u0000');
    groups.set(template, [...(groups.get(template) ?? []), period]);
  }
  return joinSources([...groups].map(([template, periods]) => template.replace('\u0000', periodList(periods))));
}

/** "2011–2021, 2024": runs of consecutive years joined by a dash. */
function periodList(periods: readonly string[]): string {
  const sorted = [...new Set(periods)].sort();
  if (!sorted.every((p) => /^\d{4}$/.test(p))) return sorted.join(', ');
  const runs: [number, number][] = [];
  for (const year of sorted.map(Number)) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
