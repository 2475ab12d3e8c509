// Entry of `npx kcb-checkin <command>`. Commands load lazily so `parse` never pays for SQLite or HTTP.
import type { CliCommand, CliIo } from './cli-io';
import { printJson } from './cli-io';

// Each command exports `help`; `--help`/`-h` anywhere after the command name prints it, handled here once.
const commands: Record<string, () => Promise<{ run: CliCommand; help: string }>> = {
  parse: () => import('./parse-command'),
  check: () => import('./check-command'),
  simulator: () => import('./simulator-command'),
  visits: () => import('./visits-command'),
  checkin: () => import('./checkin-command'),
  sync: () => import('./sync-command'),
};

const usage = `Usage: kcb-checkin <command> [options]
Commands: ${Object.keys(commands).join(', ')}
Run 'kcb-checkin <command> --help' for a command's options.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(usage + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    printJson(io, {
      ok: false,
      error: {
        code: 'UNKNOWN_COMMAND',
        message: `Lệnh không tồn tại: ${name}`,
        messageEn: `Unknown command: ${name}`,
      },
    });
    io.stderr.write(usage + '\n');
    return 2;
  }
  const { run, help } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(help + '\n');
    return 0;
  }
  return run(rest, io);
}
