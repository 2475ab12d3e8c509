// Which scanners a desk listens to, as hospital IT configures them (environment variables, so an
// installer or a login script can set them per machine). Defaults suit the common case: any known
// scanner on a serial/USB-CDC port, and HID POS always on (it needs no focus and no COM number).
import { z } from 'zod';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';

export interface ScannerSettings {
  /** `auto` picks a known scanner vendor by VID/PID; `off`; or a path (`COM3`, `/dev/ttyACM0`). */
  serial: 'auto' | 'off' | { path: string };
  baudRate: number;
  suffix: 'cr' | 'crlf' | 'none';
  hidPos: boolean;
}

const envSchema = z.object({
  KCB_SCANNER_SERIAL: z.string().trim().min(1).default('auto'),
  KCB_SCANNER_BAUD: z.coerce
    .number()
    .int()
    .refine((b) => [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200].includes(b))
    .default(9600),
  KCB_SCANNER_SUFFIX: z.enum(['cr', 'crlf', 'none']).default('cr'),
  KCB_SCANNER_HID: z.enum(['on', 'off']).default('on'),
});

export function scannerSettingsFromEnv(
  env: NodeJS.ProcessEnv,
): { ok: true; settings: ScannerSettings } | { ok: false; error: CodedMessage } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(', ');
    return {
      ok: false,
      error: coded('SCANNER_SETTINGS_INVALID', {
        vi: `Cài đặt máy quét không hợp lệ: ${names}. Giá trị đúng: KCB_SCANNER_SERIAL=auto|off|<cổng>, KCB_SCANNER_BAUD=9600|115200…, KCB_SCANNER_SUFFIX=cr|crlf|none, KCB_SCANNER_HID=on|off.`,
        en: `Invalid scanner settings: ${names}. Expected KCB_SCANNER_SERIAL=auto|off|<port>, KCB_SCANNER_BAUD=9600|115200…, KCB_SCANNER_SUFFIX=cr|crlf|none, KCB_SCANNER_HID=on|off.`,
      }),
    };
  }
  const e = parsed.data;
  const serial =
    e.KCB_SCANNER_SERIAL === 'auto' || e.KCB_SCANNER_SERIAL === 'off'
      ? e.KCB_SCANNER_SERIAL
      : { path: e.KCB_SCANNER_SERIAL };
  return {
    ok: true,
    settings: {
      serial,
      baudRate: e.KCB_SCANNER_BAUD,
      suffix: e.KCB_SCANNER_SUFFIX,
      hidPos: e.KCB_SCANNER_HID === 'on',
    },
  };
}
