import { MantineProvider, Select } from '@mantine/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { theme } from '../../../renderer/src/app/theme';

// Issue 16: every select kept its closed list mounted (hidden), so an area's first render drew all
// its options and floating-ui placed each hidden list. The app's theme draws a list only while open.
const selectHtml = (withTheme: boolean, comboboxProps: Record<string, unknown> = {}) =>
  renderToString(
    createElement(
      MantineProvider,
      withTheme ? { theme } : {},
      createElement(Select, {
        label: 'Município',
        data: ['Betim', 'Contagem', 'Sete Lagoas'],
        defaultValue: 'Betim',
        comboboxProps: { withinPortal: false, ...comboboxProps },
      }),
    ),
  );

describe("the app theme's selects", () => {
  it('draw no option while closed', () => {
    expect(selectHtml(true)).not.toContain('Sete Lagoas');
    // Mantine's own default: the closed list is drawn, hidden (what the theme changes).
    expect(selectHtml(false)).toContain('Sete Lagoas');
  });

  it('let a select keep its list mounted where it asks to', () => {
    expect(selectHtml(true, { keepMounted: true })).toContain('Sete Lagoas');
  });
});
