// CPU time the browser spends on a page's start (issue 16), for the first-start bench: on a 2-core
// machine a first start is bound by the CPU of every thread, not only by the page's main thread (the
// worker's, the background compilers', the network process's all take a core from it), so the bench
// prints how much CPU the app's first start costs beside the floor page's, and on which threads.
// Chromium runs as several processes under this Node process (browser, GPU, network, a renderer per
// page); each thread's user + system time is read from /proc/<pid>/task/<tid>/stat before and after.
// Linux only: elsewhere the reading is empty and the figure null.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times: 100 on Linux (USER_HZ). */
const TICK_MS = 10;

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** "pid (comm) state ppid … utime stime …": comm may hold spaces and parentheses. */
function parseStat(stat) {
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  return { comm: stat.slice(stat.indexOf('(') + 1, close), parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** The Chromium processes under `root`, each with its kind (Chromium's --type, the network service apart). */
function chromiumProcesses(root) {
  const table = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    if (stat) table.set(Number(entry), parseStat(stat).parent);
  }
  const children = new Map();
  for (const [pid, parent] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift();
    const command = (readText(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ');
    if (/chrom/i.test(command)) {
      const type = /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser';
      found.push({ pid, kind: command.includes('--utility-sub-type=network') ? 'network' : type });
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Every Chromium thread's CPU so far: key "pid/tid" → { group: "kind thread-name", ms }. */
export function readBrowserCpu(root = process.pid) {
  const threads = new Map();
  for (const { pid, kind } of chromiumProcesses(root)) {
    let tids = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = readText(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const { comm, ticks } = parseStat(stat);
      // Numbered pools ("ThreadPoolForeg", "CompositorTileW2") count as one group.
      threads.set(`${pid}/${tid}`, { group: `${kind} ${comm.replace(/\d+$/, '')}`, ms: ticks * TICK_MS });
    }
  }
  return threads;
}

/** The CPU spent between two readings: total ms and ms per thread group, largest first. */
export function cpuBetween(before, after) {
  const groups = new Map();
  for (const [key, { group, ms }] of after) {
    const spent = ms - (before.get(key)?.ms ?? 0);
    if (spent > 0) groups.set(group, (groups.get(group) ?? 0) + spent);
  }
  const total = [...groups.values()].reduce((sum, ms) => sum + ms, 0);
  return { totalMs: total, groups: [...groups].sort((a, b) => b[1] - a[1]) };
}
