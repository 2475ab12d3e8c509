#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so `npx kcb-checkin` works right after
// `npm install` with no build step (hospital IT scripts against it).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/services/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
