import fs from 'node:fs';

/** CPU seconds (user + system) a process has used so far, from /proc; null where /proc is absent. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s on Linux)
  } catch {
    return null;
  }
}

/** The local database server's process, when it runs on this machine (MariaDB or MySQL). */
export function databaseServerPid(): number | null {
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const comm = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (comm === 'mariadbd' || comm === 'mysqld') return Number(entry);
    }
  } catch {
    return null;
  }
  return null;
}

/** CPU used by each named process between `start()` and `stop()`, in seconds. */
export function cpuMeter(processes: { name: string; pid: number }[]) {
  const before = new Map(processes.map((p) => [p.name, cpuSeconds(p.pid)]));
  return {
    stop(): { name: string; seconds: number | null }[] {
      return processes.map((p) => {
        const a = before.get(p.name);
        const b = cpuSeconds(p.pid);
        return { name: p.name, seconds: a === null || a === undefined || b === null ? null : b - a };
      });
    },
  };
}
