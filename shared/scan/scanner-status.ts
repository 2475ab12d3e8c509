// Status every main-process scanner driver (serial, HID POS) reports, with the text the desk shows
// (Vietnamese first). In shared/ because the main process sends it to the reception screen as an event.
// One table of Message pairs for the scanner domain (shared/message.ts convention).
import type { CodedMessage, Message } from '../message';
import { coded } from '../message';

export type ScannerState = 'connected' | 'reconnecting' | 'absent' | 'unavailable';

export interface ScannerStatus {
  source: 'serial' | 'hid-pos';
  state: ScannerState;
  /** Port path / hidraw path while known (also the one that would not open); null when nothing is attached. */
  path: string | null;
  message: CodedMessage;
}

export const scannerStateMessages = {
  SCANNER_CONNECTED: { vi: 'Máy quét đã kết nối.', en: 'Scanner connected.' },
  SCANNER_RECONNECTING: {
    vi: 'Mất kết nối máy quét, đang thử kết nối lại… Kiểm tra dây cáp USB.',
    en: 'Lost the scanner, reconnecting… Check the USB cable.',
  },
  SCANNER_ABSENT: {
    vi: 'Không tìm thấy máy quét. Cắm máy quét hoặc kiểm tra cổng COM trong cài đặt.',
    en: 'No scanner found. Plug the scanner in or check the COM port in the settings.',
  },
  SCANNER_UNAVAILABLE: {
    vi: 'Máy quét đã cắm nhưng không mở được: cổng đang bị chương trình khác dùng hoặc thiếu quyền truy cập. Hãy đóng chương trình đó hoặc báo bộ phận IT.',
    en: 'The scanner is plugged in but cannot be opened: another program holds the port, or access is denied. Close that program or call IT.',
  },
} satisfies Record<string, Message>;

const codeOf: Record<ScannerState, keyof typeof scannerStateMessages> = {
  connected: 'SCANNER_CONNECTED',
  reconnecting: 'SCANNER_RECONNECTING',
  absent: 'SCANNER_ABSENT',
  unavailable: 'SCANNER_UNAVAILABLE',
};

export function scannerStatus(
  source: ScannerStatus['source'],
  state: ScannerState,
  path: string | null,
): ScannerStatus {
  const code = codeOf[state];
  return { source, state, path, message: coded(code, scannerStateMessages[code]) };
}
