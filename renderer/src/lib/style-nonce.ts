import { setNonce } from 'get-nonce';

/**
 * The nonce this page's Content-Security-Policy allows `<style>` elements with (style-src has no
 * 'unsafe-inline'). Whoever serves index.html (or the dev-only bench.html) puts a fresh one in its policy and in
 * `<meta property="csp-nonce">` (the Electron app:// handler per load; see app-protocol.ts); Mantine
 * and AG Grid, which inject their CSS as `<style>` elements, are handed it.
 */
export const STYLE_NONCE: string | undefined = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

// Mantine's modals and drawers lock the page's scroll with react-remove-scroll, whose `<style>` (the
// scroll bar hidden, body[data-scroll-locked]) takes its nonce from get-nonce: without it the policy
// blocked that style on every modal opened (a console error, and the page scrolling behind).
if (STYLE_NONCE !== undefined) setNonce(STYLE_NONCE);

/** MantineProvider's props for the nonce (none when the page has none, as under the dev server). */
export const mantineStyleNonce: { getStyleNonce?: () => string } = STYLE_NONCE === undefined ? {} : { getStyleNonce: () => STYLE_NONCE };
