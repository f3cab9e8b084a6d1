// CPU time the browser spends on a page's start (issue 16), for the first-start bench: on a 2-core
// machine a first start is bound by the CPU of every thread, not only by the page's main thread (the
// worker's, the background compilers', the network process's all take a core from it), so the bench
// prints how much CPU the app's first start costs beside the floor page's, and on which threads.
// Chromium runs as several processes under this Node process (browser, GPU, network, a renderer per
// page; found as browser-memory.mjs finds them); each thread's user + system time is read from
// /proc/<pid>/task/<tid>/stat before and after. Linux only: elsewhere the reading is empty.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromiumDescendants } from './browser-memory.mjs';

/** Clock ticks per second of /proc's times: 100 on Linux (USER_HZ). */
const TICK_MS = 10;

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** A thread's name and its user + system ticks: "tid (comm) state … utime stime …" (comm may hold spaces). */
function parseStat(stat) {
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  return { comm: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** A Chromium process's kind: its --type (the browser has none), the network service apart. */
function processKind(pid) {
  const command = (readText(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ');
  if (command.includes('--utility-sub-type=network')) return 'network';
  return /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser';
}

/** Every Chromium thread's CPU so far: key "pid/tid" → { group: "kind thread-name", ms }. */
export function readBrowserCpu(root = process.pid) {
  const threads = new Map();
  if (!existsSync(`/proc/${process.pid}/task`)) return threads;
  for (const pid of chromiumDescendants(root)) {
    const kind = processKind(pid);
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
