import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

let platform: Platform | null = null;

/** The shell the renderer runs in: Electron when the preload exposed `window.arranjo`, else the browser. */
export function getPlatform(): Platform {
  if (!platform) {
    const bridge = window.arranjo;
    platform = bridge?.platform === 'electron' ? createElectronPlatform(bridge) : createBrowserPlatform();
  }
  return platform;
}

export type { Platform } from './platform';
