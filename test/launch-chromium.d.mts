import type { Browser, BrowserType, LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_SWITCHES: string[];
export const CHROMIUM_LAUNCH_ENV: string;
export function chromiumLaunchOptions(chromium: BrowserType): Promise<LaunchOptions>;
export function launchChromium(chromium: BrowserType): Promise<Browser>;
