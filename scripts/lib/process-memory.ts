import { readdirSync, readFileSync } from 'node:fs';

/** Reads /proc (Linux): a process's parent, command line and proportional set size. */
function proc(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return { pid, ppid, cmdline };
  } catch {
    return null;
  }
}

function pssKiB(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * The memory of a whole Chromium instance, in MiB: the proportional set size (shared pages
 * split between their users) summed over the browser process started with this profile and all
 * its descendants (zygotes, renderers, the GPU and utility processes).
 */
export function browserPssMiB(userDataDir: string): number {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => proc(Number(d)))
    .filter((p): p is NonNullable<typeof p> => p !== null);
  const root = all.find((p) => p.cmdline.includes(`--user-data-dir=${userDataDir}`) && !p.cmdline.includes('--type='));
  if (!root) return NaN;
  const tree = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return [...tree].reduce((kib, pid) => kib + pssKiB(pid), 0) / 1024;
}
