import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { requestDroppedImport } from '../../../renderer/src/features/importer/request-import';
import { dismissNotification, getNotifications } from '../../../renderer/src/notifications/store';
import { initAppI18n } from '../../support/i18n';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const rendererSources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return rendererSources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

/**
 * The words a `notify({ … })` call gives that are not worded at render: a title, message or
 * button label given as a text (a `t('…')` made once, in the language of the moment) rather than
 * as a function of the language.
 */
function wordedOnce(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const check = (literal: ts.ObjectLiteralExpression) => {
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
      const name = property.name.text;
      if (name === 'action' && ts.isObjectLiteralExpression(property.initializer)) check(property.initializer);
      if (name !== 'title' && name !== 'message' && name !== 'label') continue;
      const value = property.initializer;
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value) || ts.isIdentifier(value)) continue;
      const { line } = source.getLineAndCharacterOfPosition(property.getStart());
      found.push(`${relative(root, path)}:${line + 1} ${name}: ${value.getText().slice(0, 60)}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'notify') {
      const [argument] = node.arguments;
      if (argument && ts.isObjectLiteralExpression(argument)) check(argument);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A note (a success's 4 s, an error until closed) read after the planner switched the language. */
describe('notifications are worded at each render, in the language then in use', () => {
  beforeAll(async () => {
    await initAppI18n();
  });
  afterEach(() => {
    for (const n of getNotifications()) dismissNotification(n.id);
    vi.unstubAllGlobals();
  });

  it('a note made in pt-BR reads in English after a switch (a file dropped that is no spreadsheet)', async () => {
    vi.stubGlobal('window', { setTimeout: () => 0 });
    await i18next.changeLanguage('pt-BR');
    requestDroppedImport([new File(['%PDF'], 'relatorio.pdf')]);
    const [note] = getNotifications();
    expect(note!.title('pt-BR')).toBe('Arquivo não importado');
    // It stayed "Arquivo não importado / relatorio.pdf não é uma planilha…" in the English UI.
    await i18next.changeLanguage('en');
    expect(note!.title('en')).toBe('File not imported');
    expect(note!.message('en')).toMatch(/^relatorio\.pdf is not a spreadsheet Arranjo imports/);
    expect(note!.title('es')).not.toBe(note!.title('pt-BR'));
  });

  it('every notify() in the renderer gives its title, message and button label as a function of the language', () => {
    const files = rendererSources(join(root, 'renderer/src'));
    expect(files.length).toBeGreaterThan(100);
    // Before, 30 successes and infos were worded once ("Salvo", "Exportado", "Cenário congelado"…).
    expect(files.flatMap(wordedOnce)).toEqual([]);
  });
});
