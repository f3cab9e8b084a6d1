/**
 * Breaks a long chart label into lines of about `width` characters, at spaces only, so a chart
 * never breaks a word mid-way (radar axes, treemap tiles; a word longer than its tile is then cut
 * with "…" by the chart, and its tooltip has it whole).
 */
export function wrapLabel(text: string, width = 22): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
