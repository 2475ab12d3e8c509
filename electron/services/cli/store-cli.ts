// What the store-backed commands (checkin, sync, visits) share: the --db flag and refusals printed as one
// JSON object with Vietnamese and English text, exit status 1.
import { existsSync } from 'node:fs';
import type { Message } from '../../../shared/message';
import { StoreError } from '../store/store-error';
import type { CliIo } from './cli-io';
import { printJson } from './cli-io';

export function fail(io: CliIo, code: string, text: Message): number {
  printJson(io, { ok: false, error: { code, message: text.vi, messageEn: text.en } });
  return 1;
}

export function requireDb(io: CliIo, file: string | undefined, mustExist = false): string | null {
  if (!file) {
    fail(io, 'DB_REQUIRED', {
      vi: 'Thiếu --db FILE (tệp cơ sở dữ liệu)',
      en: 'Missing --db FILE (the database file)',
    });
    return null;
  }
  if (mustExist && !existsSync(file)) {
    fail(io, 'DB_NOT_FOUND', { vi: `Không tìm thấy tệp ${file}`, en: `No such file: ${file}` });
    return null;
  }
  return file;
}

export function storeFailure(io: CliIo, err: unknown): number {
  if (err instanceof StoreError) {
    printJson(io, { ok: false, error: { code: err.code, message: err.message, messageEn: err.messageEn } });
    return 1;
  }
  throw err;
}
