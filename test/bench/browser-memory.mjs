// Peak memory of the browser while a page starts (issue 16: "peak memory of each of the above"), for
// the first-start bench. Chromium runs as several processes (browser, GPU, network, one renderer per
// page, the page's worker inside it); playwright-core launches it from this Node process, so its
// processes are this process's descendants whose command is Chromium's. Their proportional set sizes
// (PSS, /proc/<pid>/smaps_rollup: shared pages split between the processes that map them, so the sum
// is not inflated by the shared libraries) are summed every few milliseconds; the figure is the peak
// of that sum. Linux only: elsewhere the sampler says it measured nothing (null).
import { readdirSync, readFileSync } from 'node:fs';

const isChromium = (command) => /chrom/i.test(command);

/** pid → parent pid and command, for every process /proc shows. */
function processTable() {
  const table = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split at the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const command = stat.slice(stat.indexOf('(') + 1, close);
      const parent = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(entry), { parent, command });
    } catch {
      /* the process ended while we read */
    }
  }
  return table;
}

/** The Chromium processes under `root` (their pids). */
export function chromiumDescendants(root) {
  const table = processTable();
  const children = new Map();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift();
    if (isChromium(table.get(pid)?.command ?? '')) found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function pssKiB(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Starts sampling the browser's memory; `stop()` returns the peak in MiB (null where /proc has no
 * smaps_rollup). The process list is re-read on each sample: a page's renderer starts after `start`.
 */
export function sampleBrowserMemory({ root = process.pid, everyMs = 25 } = {}) {
  let supported = true;
  try {
    readFileSync(`/proc/${process.pid}/smaps_rollup`, 'utf8');
  } catch {
    supported = false;
  }
  let peak = 0;
  const sample = () => {
    const total = chromiumDescendants(root).reduce((sum, pid) => sum + pssKiB(pid), 0);
    if (total > peak) peak = total;
  };
  const timer = supported ? setInterval(sample, everyMs) : null;
  if (supported) sample();
  return {
    stop() {
      if (timer) clearInterval(timer);
      if (!supported) return null;
      sample();
      return Math.round(peak / 1024);
    },
  };
}
