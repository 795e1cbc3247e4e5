import fs from 'node:fs';

/**
 * Peak resident memory of a process so far (Linux `VmHWM`), in MiB; null where /proc is absent.
 * Read at the end of a run, it is the peak over the whole run, with no sampling gaps.
 */
export function peakResidentMiB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null;
  }
}
