import type { FirstScreen } from '../../../shared/features/workspace/first-screen';

/**
 * The shipped demo's dashboard first screen (resources/demo/, written by `npm run build:demo` from the
 * same workspace; test/db/shipped-demo.test.ts holds it equal to the engine's answer): a chunk of
 * its own, asked for by the page's entry at start (main.ts) and read when the demo is opened.
 */
export function loadShippedFirstScreen(): Promise<FirstScreen> {
  return import('../../../resources/demo/arranjo-demo.first-screen.json?raw').then((module) => JSON.parse(module.default) as FirstScreen);
}
