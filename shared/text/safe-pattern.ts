/**
 * Header patterns come from users and from saved templates — which travel inside received
 * workspaces — so they must never hang an import. JavaScript's regex engine backtracks: a pattern
 * such as `^(a+)+$` takes exponential time on a near-miss. Rather than a second regex engine,
 * patterns are kept to a subset that backtracks at most polynomially, and the text they run on is
 * short (a header, a sheet or file name, clipped to MAX_SUBJECT):
 *  - no back-references (`\1`, `\k<name>`), which make matching NP-hard;
 *  - no repeated group that itself repeats or alternates (`(a+)+`, `(a|aa)*`, `(\w+\s?)*`), the
 *    shape of every catastrophic case (nested quantifiers, overlapping alternation under a star).
 * Everything else ordinary header patterns use stays: classes, anchors, groups, alternation,
 * single quantifiers, `$1` captures.
 */

export const MAX_SUBJECT = 500;

const QUANTIFIER_START = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;

/** Why a pattern is refused, in words; null when it is valid and safe. */
export function patternProblem(source: string): string | null {
  try {
    new RegExp(source, 'i');
  } catch {
    return 'is not a valid pattern (check brackets and parentheses: "(" and "[" must be closed; a literal one is written "\\(" or "\\[")';
  }
  if (/\\[1-9]|\\k</.test(source)) return 'uses a back-reference (\\1, \\k<…>), which is not allowed in header patterns';
  // Per open group: whether it holds a quantifier or an alternation.
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ risky: false });
      continue;
    }
    if (ch === '|') {
      const top = stack.at(-1);
      if (top) top.risky = true;
      continue;
    }
    if (ch === ')') {
      const group = stack.pop();
      const quantified = QUANTIFIER_START.exec(source.slice(i + 1));
      const repeats = quantified !== null && quantified[0] !== '?' && quantified[0] !== '{0,1}' && !/^\{[01]\}$/.test(quantified[0]);
      if (group?.risky && repeats) {
        return 'repeats a group that itself repeats or has alternatives (like "(a+)+" or "(a|b)*"), which can take forever on some headers; write it without the nesting';
      }
      const parent = stack.at(-1);
      if (parent && (group?.risky || quantified)) parent.risky = true;
      continue;
    }
    if (QUANTIFIER_START.test(source.slice(i, i + 12))) {
      const top = stack.at(-1);
      if (top) top.risky = true;
    }
  }
  return null;
}

/** The pattern compiled (case-insensitive); callers validated it with `patternProblem` first. */
export function compilePattern(source: string): RegExp {
  return new RegExp(source, 'i');
}

/** Runs a pattern on a clipped subject, so even a polynomial pattern stays fast. */
export function execPattern(pattern: RegExp, subject: string): RegExpExecArray | null {
  return pattern.exec(subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject);
}
