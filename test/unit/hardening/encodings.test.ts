import { describe, expect, it } from 'vitest';
import { decodeTextFile, encodingWarning, utf16WithoutBom } from '../../../shared/import/read/decode-text';
import { sniffFile } from '../../../shared/import/read/sniff';
import { decodeWindows1252 } from '../../../shared/text/windows-1252';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('encodings (issue 15 #4)', () => {
  it('Windows-1252 is the WHATWG table, not Latin-1: – “ ” € ‘ ’ …', () => {
    const bytes = Uint8Array.from([0x96, 0x20, 0x93, 0x61, 0x94, 0x20, 0x80, 0x91, 0x92, 0x85, 0xe3]);
    expect(decodeWindows1252(bytes)).toBe('– “a” €‘’…ã');
    const decoded = decodeTextFile(concat(latin1('Município;Seleções\n'), bytes));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Município;Seleções\n– “a” €‘’…ã');
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/);
    expect(decoded.suspectLines).toEqual([]);
  });

  it('a UTF-8 file with one Latin-1 row keeps UTF-8 elsewhere and names the row', () => {
    const bytes = concat(utf8('nome;valor\nSão José;1\nJoão Monlevade;2\n'), latin1('Conceição;3\n'), utf8('Itaúna;4\n'));
    const decoded = decodeTextFile(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('nome;valor\nSão José;1\nJoão Monlevade;2\nConceição;3\nItaúna;4\n');
    expect(decoded.suspectLines).toEqual([4]);
    expect(encodingWarning(decoded)).toMatch(/^line 4 is not UTF-8 like the rest of the file \(mixed encodings\)/);
  });

  it('Shift-JIS text is not passed off as Windows-1252: the rows are named', () => {
    // "東京;1" and "大阪;2" in Shift-JIS.
    const sjis = Uint8Array.from([0x93, 0x8c, 0x8b, 0x9e, 0x3b, 0x31, 0x0a, 0x91, 0xe5, 0x8d, 0xe3, 0x3b, 0x32, 0x0a]);
    const decoded = decodeTextFile(concat(latin1('cidade;n\n'), sjis));
    expect(decoded.suspectLines).toEqual([2, 3]);
    expect(encodingWarning(decoded)).toMatch(/^lines 2, 3 hold bytes that do not read as Windows-1252 text/);
  });

  it('the user can pick the encoding', () => {
    const bytes = latin1('São;1\n');
    expect(decodeTextFile(bytes, 'windows-1252').text).toBe('São;1\n');
    expect(decodeTextFile(bytes, 'utf-8').text).toBe('S\ufffdo;1\n');
    expect(decodeTextFile(utf8('São;1\n'), 'windows-1252').text).toBe('SÃ£o;1\n');
  });

  it('UTF-16 without a BOM is read as UTF-16 (it was "not a text file"); binary, and UTF-8 with a stray NUL, are not taken for it', () => {
    const text = 'município;valor\nSão João del-Rei;1\n';
    const le = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(sniffFile(le)).toBe('text');
    expect(decodeTextFile(le)).toMatchObject({ text, encoding: 'utf-16le' });
    expect(sniffFile(be)).toBe('text');
    expect(decodeTextFile(be)).toMatchObject({ text, encoding: 'utf-16be' });
    expect(utf16WithoutBom(utf8('nome;valor\nOb\0ra;1\n'))).toBeNull();
    expect(decodeTextFile(utf8('nome;valor\nOb\0ra;1\n')).encoding).toBe('utf-8');
    expect(utf16WithoutBom(new Uint8Array(512))).toBeNull();
    expect(sniffFile(new Uint8Array(512))).toBe('binary');
  });
});
