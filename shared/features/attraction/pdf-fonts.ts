/**
 * The PDF's fonts: DejaVu Sans (Bitstream Vera licence, free; resources/fonts/LICENSE-DejaVu.txt),
 * embedded so that ã, ç, é, R$ and m² render in any reader. Inlined by Vite in the worker, the CLI
 * and the tests alike; loaded on the first PDF only (their own chunk).
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

function fromDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let loaded: Promise<PdfFonts> | null = null;

export function loadPdfFonts(): Promise<PdfFonts> {
  loaded ??= Promise.all([
    import('../../../resources/fonts/DejaVuSans.ttf?inline'),
    import('../../../resources/fonts/DejaVuSans-Bold.ttf?inline'),
  ]).then(([regular, bold]) => ({ regular: fromDataUrl(regular.default), bold: fromDataUrl(bold.default) }));
  return loaded;
}
