import { isGzip } from '../../../shared/demo/shipped-demo';
import demoUrl from '../../../resources/demo/arranjo-demo.arranjo.gz?url';

/**
 * The prebuilt demo workspace (resources/demo/, bundled by Vite as an asset: offline, served by the
 * app itself), as fetched: gzip-compressed, about 1.6 MB.
 */
export async function fetchPackedDemo(): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchDemo()).arrayBuffer());
}

/** The same, as a Blob: the browser keeps the bytes out of the page's memory (what its store keeps). */
export async function fetchPackedDemoBlob(): Promise<Blob> {
  return (await fetchDemo()).blob();
}

async function fetchDemo(): Promise<Response> {
  const response = await fetch(demoUrl);
  if (!response.ok) throw new Error(`Could not load the shipped demo workspace ${demoUrl} (HTTP ${response.status}).`);
  return response;
}

/** The workspace bytes, unpacked with the browser's own gzip decoder. */
export async function unpackDemo(packed: Uint8Array): Promise<Uint8Array> {
  // A server that sends .gz files with Content-Encoding: gzip hands them over already unpacked.
  if (!isGzip(packed)) return packed;
  const unpacked = new Blob([packed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(unpacked).arrayBuffer());
}
