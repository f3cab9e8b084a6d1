// The engine runs in browsers, workers and Node: all of them provide these Web APIs, so they are
// declared here instead of pulling the whole DOM or Node type libraries into the engine.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const console: { warn(...args: unknown[]): void; error(...args: unknown[]): void };
// Workers and Node both have timers; long imports yield with them so a cancel call can get through.
declare function setTimeout(callback: () => void, ms?: number): unknown;
