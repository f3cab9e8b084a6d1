import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { mantineStyleNonce } from '../lib/style-nonce';
import { theme } from './theme';
import { initI18n } from '../i18n';
import { WorkspaceProvider } from '../workspace/WorkspaceProvider';

/**
 * Draws the UI into #root once the language's texts are in (their own chunk, fetched while the
 * worker opens the workspace). Called by the page's entry (src/main.ts) once the engine's worker is
 * on its way: this module's code is in the first screen's chunks, which the page loads with the
 * entry (renderer/vite.first-screen-chunks.ts), so nothing here runs as the module loads.
 */
export function startApp(): void {
  const colorSchemeManager = localStorageColorSchemeManager({ key: 'arranjo.color-scheme' });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  void initI18n().then(() =>
    createRoot(root).render(
      <StrictMode>
        <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light" {...mantineStyleNonce}>
          <WorkspaceProvider>
            <App />
          </WorkspaceProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  );
}
