// A connected pair of ptys from socat (scanners-and-camera.md, "Real tests without hardware"): the driver
// opens `appPath` with serialport, the test plays the scanner by writing bytes into `devicePath`.
// Restarting with the same link names is how a test unplugs and replugs the "scanner".
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, writeSync, closeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SocatPair {
  appPath: string;
  devicePath: string;
  /** Writes bytes in chunks of `chunk` with `gapMs` between them, like a slow UART. */
  write(data: string | Buffer, opts?: { chunk?: number; gapMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

export async function startSocatPair(appPath: string, devicePath: string): Promise<SocatPair> {
  const child: ChildProcess = spawn(
    'socat',
    ['-d', '-d', `pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${appPath}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  for (let i = 0; i < 200 && !(stderr.includes('starting data transfer loop') && existsSync(appPath)); i++) {
    await sleep(10);
  }
  const exited = () =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (!existsSync(appPath) || !existsSync(devicePath)) {
    child.kill('SIGTERM'); // never leave a socat behind a failed test
    await exited();
    throw new Error(`socat did not start: ${stderr}`);
  }
  let fd: number | null = openSync(devicePath, 'r+');
  return {
    appPath,
    devicePath,
    async write(data, { chunk = Infinity, gapMs = 0 } = {}) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let i = 0; i < bytes.length; i += chunk === Infinity ? bytes.length : chunk) {
        if (fd === null) throw new Error('socat pair already stopped');
        writeSync(fd, bytes.subarray(i, Math.min(bytes.length, i + chunk)));
        if (gapMs) await sleep(gapMs);
      }
    },
    /** Idempotent: a test that unplugs explicitly is cleaned up again after a failure. */
    async stop() {
      if (fd !== null) closeSync(fd);
      fd = null;
      const done = exited();
      child.kill('SIGTERM');
      await done;
    },
  };
}
