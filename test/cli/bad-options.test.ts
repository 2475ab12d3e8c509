// Every command answers a flag it does not know the way IT scripts expect: one JSON refusal, exit 1,
// nothing on stderr (no stack trace), and nothing started or written.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

describe('unknown flags', () => {
  it.each(['parse', 'check', 'simulator', 'checkin', 'sync', 'visits'])(
    '%s --bogus → BAD_OPTION',
    async (command) => {
      const r = await runCli([command, '--bogus', 'x']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual({
        ok: false,
        error: {
          code: 'BAD_OPTION',
          message: expect.stringMatching(/^Tham số không hợp lệ: .*--bogus/),
          messageEn: expect.stringMatching(/--bogus/),
        },
      });
      expect(r.stderr).toBe('');
    },
  );
});

describe('--help', () => {
  it.each(['parse', 'check', 'simulator', 'checkin', 'sync', 'visits'])(
    '%s --help prints its usage',
    async (command) => {
      for (const flag of ['--help', '-h']) {
        const r = await runCli([command, flag]);
        expect(r.code).toBe(0);
        expect(r.stdout.startsWith(`Usage: kcb-checkin ${command} `)).toBe(true);
      }
    },
  );
});
