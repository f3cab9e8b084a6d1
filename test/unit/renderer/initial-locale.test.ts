import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemLocale } from '../../../shared/domain/locales';
import { initialLocale } from '../../../renderer/src/i18n/stored-locale';

describe('the language a start uses', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the system: the first of its languages the UI has, any region of it', () => {
    expect(systemLocale(['es-CL', 'en-US'])).toBe('es');
    expect(systemLocale(['fr-FR', 'en-GB', 'es'])).toBe('en');
    expect(systemLocale(['pt-PT'])).toBe('pt-BR');
    expect(systemLocale(['EN_us'])).toBe('en');
    expect(systemLocale(['de-DE', 'fr'])).toBe('pt-BR');
    expect(systemLocale([])).toBe('pt-BR');
  });

  it("keeps the planner's last choice over the system's language", () => {
    vi.stubGlobal('navigator', { languages: ['es-AR'], language: 'es-AR' });
    vi.stubGlobal('window', { localStorage: { getItem: () => 'en' } });
    expect(initialLocale()).toBe('en');
  });

  it("starts in the system's language before any choice, or when storage is disabled or holds no language", () => {
    vi.stubGlobal('navigator', { languages: ['es-AR', 'pt-BR'], language: 'es-AR' });
    vi.stubGlobal('window', { localStorage: { getItem: () => null } });
    expect(initialLocale()).toBe('es');
    vi.stubGlobal('window', { localStorage: { getItem: () => 'klingon' } });
    expect(initialLocale()).toBe('es');
    vi.stubGlobal('window', {
      localStorage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
    });
    vi.stubGlobal('navigator', { languages: [], language: 'en-US' });
    expect(initialLocale()).toBe('en');
  });
});
