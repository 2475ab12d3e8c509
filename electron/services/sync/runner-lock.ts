// One sync runner at a time (offline-queue.md), also across processes sharing the file (the desk app and
// a `kcb-checkin sync`). The lease row names its owner's pid: a runner killed mid-sync is detected as dead
// at once on the same machine, so a restart does not wait for a timeout; a silent owner elsewhere is taken
// over once its heartbeat is older than `staleMs`.
import type { Database } from 'better-sqlite3';
import { hostname } from 'node:os';
import { stmt } from '../store/statements';

export interface RunnerIdentity {
  owner: string;
  pid: number;
  host: string;
}

export function thisRunner(): RunnerIdentity {
  return {
    owner: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
    pid: process.pid,
    host: hostname(),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireRunnerLock(db: Database, me: RunnerIdentity, now: number, staleMs = 120_000): boolean {
  return db
    .transaction(() => {
      const held = stmt(db, 'SELECT owner, pid, host, heartbeat_at FROM sync_runner WHERE id = 1').get() as
        { owner: string; pid: number; host: string; heartbeat_at: number } | undefined;
      const free =
        !held ||
        held.owner === me.owner ||
        (held.host === me.host && !isAlive(held.pid)) ||
        now - held.heartbeat_at > staleMs;
      if (!free) return false;
      stmt(
        db,
        `INSERT INTO sync_runner (id, owner, pid, host, heartbeat_at) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host,
           heartbeat_at = excluded.heartbeat_at`,
      ).run(me.owner, me.pid, me.host, now);
      return true;
    })
    .immediate();
}

export function heartbeat(db: Database, me: RunnerIdentity, now: number): void {
  stmt(db, 'UPDATE sync_runner SET heartbeat_at = ? WHERE id = 1 AND owner = ?').run(now, me.owner);
}

export function releaseRunnerLock(db: Database, me: RunnerIdentity): void {
  stmt(db, 'DELETE FROM sync_runner WHERE id = 1 AND owner = ?').run(me.owner);
}
