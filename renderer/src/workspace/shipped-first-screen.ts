import type { ShippedFirstScreen } from '../../../shared/features/workspace/first-screen';

/** The first screen's chunk, as text (the module system fetches and evaluates it once). */
const shippedText = (): Promise<string> =>
  import('../../../resources/demo/arranjo-demo.first-screen.json?raw').then((module) => module.default);

/**
 * The shipped demo's dashboard first screen (resources/demo/, written by `npm run build:demo` from the
 * same workspace; test/db/shipped-demo.test.ts holds it equal to the engine's answer), read when a
 * demo is opened.
 */
export function loadShippedFirstScreen(): Promise<ShippedFirstScreen> {
  return shippedText().then((text) => JSON.parse(text) as ShippedFirstScreen);
}

/** Fetches the first screen's chunk without reading it: the page's entry asks for it at start (main.ts). */
export function preloadShippedFirstScreen(): Promise<unknown> {
  return shippedText();
}
