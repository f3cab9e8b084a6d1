import { englishCount } from './locale-format';

/** C0 and C1 control characters and DEL, but not tab and line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Text from a file as a message may echo it: control characters shown as "�" (a terminal would
 * run an escape sequence, and a binary file's bytes are noise), and at most `max` characters, with
 * the real length said.
 */
export function printable(text: string, max = Infinity): string {
  const clean = text.replace(CONTROL, '\uFFFD');
  return clean.length <= max ? clean : `${clean.slice(0, max)}… (${englishCount(clean.length)} characters)`;
}
