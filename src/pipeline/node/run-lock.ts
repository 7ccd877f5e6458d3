import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Another run holds the lock: what the CLI prints, with who holds it and what to do. */
export class RunLockedError extends Error {
  constructor(lockFile: string, holder: LockHolder) {
    super(
      `another run (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is writing here; ` +
        `wait for it to finish, or delete ${lockFile} if no such run is alive`,
    );
    this.name = 'RunLockedError';
  }
}

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/**
 * Takes a lock file for the run (created only if absent, so two runs cannot both take it) and returns what
 * lets it go. A lock left by a run that died (its pid no longer alive on this machine) is stale: taken over.
 * A pid reused since by another process keeps a stale lock held; the message says which file to delete.
 */
export function takeRunLock(lockFile: string): () => void {
  const holder: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, JSON.stringify(holder), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(lockFile);
    // Our own pid in the lock is a run of ours that died before us, since a run in this process is us.
    const held =
      current && current.pid !== process.pid && (current.host !== holder.host || isAlive(current.pid));
    if (current && held) {
      throw new RunLockedError(lockFile, current);
    }
    rmSync(lockFile, { force: true });
  }
  throw new Error(`could not take the lock ${lockFile}: another run keeps taking it`);
}

/** Whether a process of this machine is running (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, startedAt: String(value.startedAt) };
  } catch {
    // Half-written (a run that died while taking it) or unreadable: stale.
    return null;
  }
}
