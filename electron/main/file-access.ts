import path from 'node:path';

/**
 * The files the renderer may read or write: those the planner picked in a dialog, opened from the
 * recent list or from the command line, and a picked file's `.bak`. A compromised page thus cannot
 * use the bridge to read or overwrite arbitrary files on the machine.
 */

export interface FileAccess {
  grant(file: string): void;
  canRead(file: string): boolean;
  canWrite(file: string): boolean;
}

export function createFileAccess(platform: NodeJS.Platform = process.platform): FileAccess {
  const granted = new Set<string>();
  const key = (file: string): string => {
    const absolute = path.resolve(file);
    return platform === 'win32' || platform === 'darwin' ? absolute.toLowerCase() : absolute;
  };
  return {
    grant: (file) => void granted.add(key(file)),
    // The backup is readable so the renderer can offer to recover from it when the main file is damaged.
    canRead: (file) => {
      const k = key(file);
      return granted.has(k) || (k.endsWith('.bak') && granted.has(k.slice(0, -'.bak'.length)));
    },
    canWrite: (file) => granted.has(key(file)),
  };
}
