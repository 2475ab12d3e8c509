// A fresh database file per call, removed after each test of the calling file. Apart from
// store-fixtures.ts because it uses vitest hooks, and child processes import the fixtures.
import { afterEach } from 'vitest';
import { tempDbFile } from './store-fixtures';

export function tempDbFiles(): () => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });
  return () => {
    const t = tempDbFile();
    cleanups.push(t.cleanup);
    return t.file;
  };
}
