import './engine/boot';
import '@mantine/core/styles.css';
import './app/app.css';
import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { mantineStyleNonce } from './lib/style-nonce';
import { theme } from './app/theme';
import { initI18n } from './i18n';
import { WorkspaceProvider } from './workspace/WorkspaceProvider';

initI18n();

const colorSchemeManager = localStorageColorSchemeManager({ key: 'arranjo.color-scheme' });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light" {...mantineStyleNonce}>
      <WorkspaceProvider>
        <App />
      </WorkspaceProvider>
    </MantineProvider>
  </StrictMode>,
);
