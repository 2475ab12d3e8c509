// Texts the capture modules show at the desk, Vietnamese first (shared/message.ts convention: one table
// per domain). The IME refusal reuses the parser's wording so staff read one sentence for one problem.
import type { Message } from '../../shared/message';
import { scanErrors } from '../../shared/scan/scan-messages';

export const captureMessages = {
  /** scanners-and-camera.md: "Hãy tắt bộ gõ tiếng Việt (Unikey/EVKey) hoặc chuyển máy quét sang chế độ HID POS/COM". */
  IME_DAMAGE: scanErrors.IME_DAMAGE,
  CAMERA_STARTING: { vi: 'Đang mở camera…', en: 'Opening the camera…' },
  CAMERA_SEARCHING: { vi: 'Đang tìm mã QR…', en: 'Looking for a QR code…' },
  CAMERA_FOUND: { vi: 'Đã đọc được mã QR.', en: 'QR code read.' },
  CAMERA_STOPPED: { vi: 'Đã tắt camera.', en: 'Camera stopped.' },
  CAMERA_DENIED: {
    vi: 'Không được phép dùng camera. Hãy cho phép camera hoặc nhập tay.',
    en: 'Camera access was denied. Allow the camera or enter the card by hand.',
  },
  CAMERA_NONE: {
    vi: 'Không tìm thấy camera. Hãy cắm camera hoặc nhập tay.',
    en: 'No camera found. Plug one in or enter the card by hand.',
  },
  CAMERA_FAILED: {
    vi: 'Không mở được camera (có thể đang được ứng dụng khác dùng).',
    en: 'Could not open the camera (another application may be using it).',
  },
  CAMERA_LOST: {
    vi: 'Mất hình từ camera (bị rút ra hoặc chương trình khác đang dùng). Cắm lại rồi bấm quét lại, hoặc nhập tay.',
    en: 'The camera stopped sending pictures (unplugged or taken by another program). Reconnect it and scan again, or enter the card by hand.',
  },
  MANUAL_ID_INCOMPLETE: {
    vi: 'Nhập tiếp: mã thẻ 15 ký tự, mã số BHXH 10 số hoặc số CCCD 12 số.',
    en: 'Keep typing: a 15-character card code, 10-digit social insurance number or 12-digit citizen ID.',
  },
  MANUAL_ID_INVALID: {
    vi: 'Không phải mã thẻ BHYT (15 ký tự), mã số BHXH (10 số) hay số CCCD (12 số).',
    en: 'Not a BHYT card code (15 characters), social insurance number (10 digits) or citizen ID (12 digits).',
  },
  MANUAL_NAME_REQUIRED: {
    vi: 'Cần nhập họ tên (cổng BHXH yêu cầu).',
    en: 'Full name is required (the gateway needs it).',
  },
  MANUAL_NAME_INVALID: {
    vi: 'Họ tên chỉ gồm chữ cái (có hoặc không dấu), dấu cách, dấu nháy và gạch nối.',
    en: 'The name may hold only letters (with or without diacritics), spaces, apostrophes and hyphens.',
  },
  MANUAL_DOB_REQUIRED: {
    vi: 'Cần nhập ngày sinh dạng dd/mm/yyyy hoặc chỉ năm sinh yyyy.',
    en: 'Date of birth is required as dd/mm/yyyy, or the year alone.',
  },
  MANUAL_DOB_INVALID: {
    vi: 'Ngày sinh không hợp lệ (dd/mm/yyyy hoặc yyyy, không ở tương lai).',
    en: 'Invalid date of birth (dd/mm/yyyy or yyyy, not in the future).',
  },
} satisfies Record<string, Message>;

export type CaptureMessageCode = keyof typeof captureMessages;
