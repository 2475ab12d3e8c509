import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fill, gatewayErrors } from '../../../shared/gateway/result-codes';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';

/** What a command may touch of the process: injected so tests run commands in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return decodeText(Buffer.concat(chunks));
}

/** UTF-8, unless a byte-order mark says UTF-16: what Windows PowerShell 5's `>` and `Out-File` write, so a
 * hospital's `scans.txt` would otherwise arrive as NUL-separated bytes (and be cut at the first NUL). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  return bytes.toString('utf8');
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(JSON.stringify(value) + '\n');
}

/** A flag parseArgs refused, or a flag's bad value: one wording for every command. */
export function badOption(detail: string): CodedMessage {
  const t = gatewayErrors.BAD_OPTION;
  return coded('BAD_OPTION', { vi: fill(t.vi, { detail }), en: fill(t.en, { detail }) });
}

/** Prints a refused flag (or a flag's bad value) as the command's refusal; returns exit status 1. */
export function refuseOption(io: CliIo, detail: string): number {
  printJson(io, { ok: false, error: badOption(detail) });
  return 1;
}

type CommandArgsConfig = Omit<ParseArgsConfig, 'args'>;
type CommandArgs<T extends CommandArgsConfig> = ReturnType<typeof parseArgs<T & { args: string[] }>>;

/** parseArgs for a command: a flag it refuses is printed as BAD_OPTION and gives null (exit 1). */
export function parseCommandArgs<const T extends CommandArgsConfig>(
  io: CliIo,
  argv: string[],
  config: T,
): CommandArgs<T> | null {
  try {
    return parseArgs({ ...config, args: argv }) as CommandArgs<T>;
  } catch (e) {
    refuseOption(io, (e as Error).message);
    return null;
  }
}
