import type { ArranjoBridge } from '../../shared/ipc/contract';

declare global {
  /** The app version from package.json, set by Vite at build time. */
  const __APP_VERSION__: string;

  interface Window {
    /** Present only inside the Electron shell (built by the preload from the IPC contract). */
    arranjo?: ArranjoBridge;
  }
}

export {};
