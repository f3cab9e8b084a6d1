import '@mantine/core/styles.css';
import '../src/app/app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../src/app/App';
import { mantineStyleNonce } from '../src/lib/style-nonce';
import { theme } from '../src/app/theme';
import { initI18n } from '../src/i18n';
import { WorkspaceProvider } from '../src/workspace/WorkspaceProvider';
import { BenchOverlay, benchMode } from './BenchOverlay';

/**
 * The dev-only benchmark entry (`bench.html`, built by test/bench/web.config.ts for `npm run bench`):
 * the whole app, as the product starts it, with the benchmark page of `?bench=grid|map` over it.
 * The product's entry (index.html → src/main.ts) never imports this folder.
 */
await initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('bench.html has no #root element.');
const kind = benchMode();

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light" {...mantineStyleNonce}>
      <WorkspaceProvider>
        <App />
        {kind && <BenchOverlay kind={kind} />}
      </WorkspaceProvider>
    </MantineProvider>
  </StrictMode>,
);
