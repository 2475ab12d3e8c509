// Every maKetQua of the card check (KQNhanLichSuKCB2024), CV 1923/BHXH-CNTT Phụ lục 03 §4: the official
// Vietnamese text verbatim, an English rendering, how usable the card is, and what the desk does next.
// One table so wording and severities are reviewed together (../shared/docs/bhxh-gateway.md §2).
import type { Message } from '../message';

/**
 * usable: register the visit as BHYT. usable-with-attention: usable after the action (check papers, switch
 * to the new card). blocked: not usable as BHYT as entered. retry-later: the gateway failed, not the card.
 * configuration-error: settings (officer, account) are wrong; an admin must fix them, every check will fail.
 */
export type CheckSeverity =
  'usable' | 'usable-with-attention' | 'blocked' | 'retry-later' | 'configuration-error';

export interface ResultCodeInfo {
  severity: CheckSeverity;
  /** Official text (CV 1923), shown verbatim. */
  vi: string;
  en: string;
  action: Message;
}

const reEnter: Message = {
  vi: 'Kiểm tra lại mã thẻ đã quét/nhập (hoặc quét lại thẻ/CCCD).',
  en: 'Check the scanned/typed card number (or scan the card/CCCD again).',
};
const notCovered: Message = {
  vi: 'Thẻ không dùng được: tiếp đón người bệnh theo diện dịch vụ (không BHYT) và hướng dẫn liên hệ cơ quan BHXH.',
  en: 'The card cannot be used: register the patient as self-paying (no BHYT) and refer them to their BHXH office.',
};
const retryLater: Message = {
  vi: 'Cổng BHXH đang lỗi: tiếp đón bình thường, kiểm tra lại thẻ sau.',
  en: 'The BHXH gateway failed: register the visit and check the card again later.',
};
// 001/002 (CV 1923: "đề nghị kiểm tra thẻ BHYT và thông tin giấy tờ tùy thân").
const checkPapers: Message = {
  vi: 'Đối chiếu thẻ BHYT với giấy tờ tùy thân có ảnh trước khi tiếp đón.',
  en: 'Compare the card with a photo ID before registering.',
};
// 003/004: the answer's maTheMoi, gtTheTuMoi, gtTheDenMoi, maDKBDMoi describe the card to use.
const useNewCard: Message = {
  vi: 'Dùng mã thẻ mới và hạn thẻ mới do cổng trả về.',
  en: 'Use the new card number and validity returned by the gateway.',
};
// 060/061: ethnic-minority letters are held as base letters by the registry (bhxh-gateway.md §2).
const retryName: Message = {
  vi: 'So sánh họ tên đã gửi với thẻ/giấy tờ; nếu tên có chữ dân tộc (Ĕ, Ŏ, Ŭ, Č, Ƀ…), thử lại với chữ không dấu phụ.',
  en: 'Compare the name sent with the card/ID; for ethnic-minority letters (Ĕ, Ŏ, Ŭ, Č, Ƀ…), retry without those marks.',
};
const fixOfficer: Message = {
  vi: 'Quản trị viên cần cập nhật họ tên và số CCCD cán bộ tiếp đón đúng như danh sách đã đăng ký với BHXH.',
  en: "An administrator must set the desk officer's name and CCCD exactly as registered with BHXH.",
};

// prettier-ignore
export const resultCodes: Readonly<Record<string, ResultCodeInfo>> = {
  '000': { severity: 'usable', vi: 'Thông tin thẻ BHYT chính xác', en: 'The BHYT card details are correct',
    action: { vi: 'Tiếp đón theo thẻ BHYT.', en: 'Register the visit under the BHYT card.' } },
  '001': { severity: 'usable-with-attention', vi: 'Thẻ BHYT do BHXH Bộ Quốc phòng quản lý, đề nghị kiểm tra thẻ BHYT và thông tin giấy tờ tùy thân',
    en: 'Card managed by the Ministry of Defence social insurance: check the card and an identity document',
    action: checkPapers },
  '002': { severity: 'usable-with-attention', vi: 'Thẻ BHYT do BHXH Bộ Công an quản lý, đề nghị kiểm tra thẻ BHYT và thông tin giấy tờ tùy thân',
    en: 'Card managed by the Ministry of Public Security social insurance: check the card and an identity document',
    action: checkPapers },
  '003': { severity: 'usable-with-attention', vi: 'Thẻ BHYT cũ hết giá trị sử dụng, được cấp thẻ mới',
    en: 'The old card has expired; a new card has been issued',
    action: useNewCard },
  '004': { severity: 'usable-with-attention', vi: 'Thẻ BHYT cũ còn giá trị sử dụng, được cấp thẻ mới',
    en: 'The old card is still valid; a new card has been issued',
    action: useNewCard },
  '010': { severity: 'blocked', vi: 'Thẻ BHYT hết giá trị sử dụng', en: 'The BHYT card has expired', action: notCovered },
  '050': { severity: 'blocked', vi: 'Không có thông tin thẻ BHYT', en: 'No information on this BHYT card',
    action: { vi: 'Kiểm tra lại mã thẻ; nếu đúng, tiếp đón diện dịch vụ và hướng dẫn liên hệ BHXH.', en: 'Check the card number; if it is right, register as self-paying and refer to BHXH.' } },
  '051': { severity: 'blocked', vi: 'Mã thẻ BHYT không đúng', en: 'Wrong BHYT card number', action: reEnter },
  '052': { severity: 'blocked', vi: 'Mã tỉnh cấp thẻ BHYT (ký tự thứ 4,5) của thẻ BHYT không đúng',
    en: 'Wrong issuing province code (characters 4–5) on the card', action: reEnter },
  '053': { severity: 'blocked', vi: 'Mã quyền lợi BHYT (ký tự thứ 3) của thẻ BHYT không đúng',
    en: 'Wrong benefit level (character 3) on the card', action: reEnter },
  '060': { severity: 'blocked', vi: 'Thẻ BHYT sai họ tên', en: 'The name does not match the card',
    action: retryName },
  '061': { severity: 'blocked', vi: 'Thẻ BHYT sai họ tên (đúng ký tự đầu)', en: 'The name does not match the card (first letter matches)',
    action: retryName },
  '070': { severity: 'blocked', vi: 'Thẻ BHYT sai ngày sinh', en: 'The date of birth does not match the card',
    action: { vi: 'Đối chiếu ngày sinh đã đăng ký do cổng trả về với giấy tờ, rồi kiểm tra lại với ngày sinh đó.', en: 'Compare the registered date of birth returned by the gateway with the ID, then check again with it.' } },
  '100': { severity: 'retry-later', vi: 'Lỗi khi lấy dữ liệu sổ thẻ', en: 'Error reading the card registry', action: retryLater },
  '101': { severity: 'retry-later', vi: 'Lỗi server', en: 'Server error', action: retryLater },
  '110': { severity: 'blocked', vi: 'Thẻ BHYT đã thu hồi', en: 'The BHYT card has been withdrawn', action: notCovered },
  '120': { severity: 'blocked', vi: 'Thẻ BHYT đã báo giảm', en: 'The BHYT card has been cancelled (báo giảm)', action: notCovered },
  '121': { severity: 'blocked', vi: 'Thẻ BHYT đã báo giảm chuyển ngoại tỉnh', en: 'Cancelled: moved to another province', action: notCovered },
  '122': { severity: 'blocked', vi: 'Thẻ BHYT đã báo giảm chuyển nội tỉnh', en: 'Cancelled: moved within the province', action: notCovered },
  '123': { severity: 'blocked', vi: 'Thẻ BHYT đã báo giảm do tăng lại cùng đơn vị', en: 'Cancelled: re-enrolled with the same employer', action: notCovered },
  '124': { severity: 'blocked', vi: 'Thẻ BHYT đã báo giảm ngừng tham gia', en: 'Cancelled: stopped participating', action: notCovered },
  '130': { severity: 'usable-with-attention', vi: 'Trẻ em không xuất trình thẻ BHYT', en: 'Child without a presented BHYT card',
    action: { vi: 'Trẻ em chưa xuất trình thẻ: đối chiếu giấy khai sinh/CCCD của trẻ với thông tin cổng trả về.', en: "Child without the card: compare the birth certificate/CCCD with the gateway's details." } },
  '205': { severity: 'blocked', vi: 'Lỗi sai định dạng tham số', en: 'Malformed parameters',
    action: { vi: 'Kiểm tra lại mã thẻ, họ tên và ngày sinh (dd/MM/yyyy hoặc yyyy) đã nhập.', en: 'Check the card number, name and date of birth (dd/MM/yyyy or yyyy) entered.' } },
  '401': { severity: 'configuration-error', vi: 'Lỗi xác thực tài khoản', en: 'Account authentication failed',
    action: { vi: 'Quản trị viên cần kiểm tra tài khoản và mật khẩu cổng BHXH của cơ sở.', en: "An administrator must check the facility's BHXH gateway username and password." } },
  '054': { severity: 'configuration-error', vi: 'Số CCCD của cán bộ thực hiện tra cứu không tồn tại trong danh sách người sử dụng do CSKCB đăng ký',
    en: "The checking officer's CCCD is not on the facility's registered user list", action: fixOfficer },
  '055': { severity: 'configuration-error', vi: 'Họ và tên của cán bộ thực hiện tra cứu không khớp với số CCCD',
    en: "The checking officer's name does not match their CCCD", action: fixOfficer },
  // Not in the 2024 list; older gateways answered them and some still might (bhxh-gateway.md §2).
  '080': { severity: 'usable-with-attention', vi: 'Thẻ BHYT sai giới tính', en: 'The gender does not match the card (legacy code)',
    action: { vi: 'Đối chiếu giới tính với giấy tờ tùy thân.', en: 'Compare the gender with an identity document.' } },
  '090': { severity: 'usable-with-attention', vi: 'Thẻ BHYT sai nơi đăng ký KCB ban đầu', en: 'Wrong registered primary-care facility (legacy code)',
    action: { vi: 'Kiểm tra nơi ĐKKCB ban đầu trên thẻ để xác định tuyến.', en: 'Check the registered facility on the card to decide the referral level.' } },
};

/** Codes the cards is usable with (bhxh-gateway.md §2: clients treat 000–004 as usable). */
export function isUsableSeverity(severity: CheckSeverity): boolean {
  return severity === 'usable' || severity === 'usable-with-attention';
}

/**
 * The table entry, or for a code BHXH added after CV 1923 an entry that shows the code and the gateway's
 * own note verbatim: an unknown code is never swallowed, and never treated as usable.
 */
export function describeResultCode(code: string, ghiChu = ''): ResultCodeInfo & { known: boolean } {
  const info = resultCodes[code];
  if (info) return { ...info, known: true };
  const note = ghiChu.trim();
  return {
    known: false,
    severity: 'blocked',
    vi: `Mã kết quả ${code}${note ? `: ${note}` : ''}`,
    en: `Unknown result code ${code}${note ? `: ${note}` : ''}`,
    action: {
      vi: 'Mã kết quả chưa có trong danh mục: đọc nội dung thông báo của cổng và kiểm tra thẻ thủ công.',
      en: "Result code not in the official list: read the gateway's note and check the card by hand.",
    },
  };
}

/** Failures of the conversation itself (no maKetQua to show): the GatewayError kinds, plus CLI input. */
export const gatewayErrors = {
  NETWORK: {
    vi: 'Không kết nối được cổng BHXH (mất mạng hoặc cổng ngừng hoạt động). Tiếp đón bình thường, kiểm tra thẻ sau.',
    en: 'Could not reach the BHXH gateway (network down or gateway outage). Register the visit; check the card later.',
  },
  TIMEOUT: {
    vi: 'Cổng BHXH không trả lời kịp thời gian chờ. Tiếp đón bình thường, kiểm tra thẻ sau.',
    en: 'The BHXH gateway did not answer in time. Register the visit; check the card later.',
  },
  ABORTED: { vi: 'Đã hủy yêu cầu gửi cổng BHXH.', en: 'The gateway request was cancelled.' },
  HTTP: {
    vi: 'Cổng BHXH trả lỗi HTTP {status}. Thử lại sau.',
    en: 'The BHXH gateway answered HTTP {status}. Try again later.',
  },
  /** A 4xx other than 401/408/429: the address or the request is wrong, a resend will not help. */
  HTTP_REFUSED: {
    vi: 'Cổng BHXH trả lỗi HTTP {status}. Quản trị viên cần kiểm tra địa chỉ cổng (URL) trong cấu hình.',
    en: 'The BHXH gateway answered HTTP {status}. An administrator must check the gateway address (URL) in the settings.',
  },
  MALFORMED: {
    vi: 'Cổng BHXH trả dữ liệu không đúng định dạng (có thể là trang lỗi của máy chủ trung gian). Thử lại sau.',
    en: 'The BHXH gateway answered something unreadable (perhaps a proxy error page). Try again later.',
  },
  AUTH: {
    vi: 'Cổng BHXH từ chối tài khoản hoặc mật khẩu của cơ sở. Quản trị viên cần kiểm tra cấu hình.',
    en: "The BHXH gateway rejected the facility's username or password. An administrator must check the settings.",
  },
  /** Login accepted, yet the fresh token refused (bhxh-gateway.md §1/§4: tokens are bound to the IP). */
  TOKEN_REFUSED: {
    vi: 'Cổng BHXH đã cấp phiên đăng nhập nhưng lại từ chối nó (mã 401): thường do máy ra Internet qua nhiều địa chỉ IP hoặc địa chỉ IP chưa đăng ký với BHXH. Quản trị viên cần kiểm tra đường mạng.',
    en: 'The BHXH gateway issued a login token and then refused it (401): usually the desk reaches the Internet through several IP addresses, or through one not registered with BHXH. An administrator must check the network.',
  },
  GATEWAY: {
    vi: 'Cổng BHXH từ chối (mã {code}): {note}',
    en: 'The BHXH gateway refused (code {code}): {note}',
  },
  MISSING_GATEWAY_OPTION: {
    vi: 'Thiếu cấu hình cổng BHXH: {names}.',
    en: 'Missing BHXH gateway setting(s): {names}.',
  },
  MISSING_NAME: {
    vi: 'Cần họ tên để kiểm tra thẻ: dùng --name khi mã quét không có họ tên.',
    en: 'A name is needed to check the card: pass --name when the scan carries none.',
  },
  MISSING_DOB: {
    vi: 'Cần ngày sinh để kiểm tra thẻ: dùng --dob (dd/MM/yyyy, YYYY-MM-DD hoặc yyyy).',
    en: 'A date of birth is needed to check the card: pass --dob (dd/MM/yyyy, YYYY-MM-DD or yyyy).',
  },
  BAD_DOB: {
    vi: 'Ngày sinh không hợp lệ: dùng dd/MM/yyyy, YYYY-MM-DD hoặc yyyy.',
    en: 'Invalid date of birth: use dd/MM/yyyy, YYYY-MM-DD or yyyy.',
  },
  NO_CARD_NUMBER: {
    vi: 'Mã quét không có mã thẻ BHYT, mã số BHXH hay số CCCD để kiểm tra.',
    en: 'The scan carries no card number, social insurance number or CCCD to check.',
  },
  BAD_OPTION: { vi: 'Tham số không hợp lệ: {detail}', en: 'Invalid option: {detail}' },
} as const;

/** Fills `{name}` placeholders of a table text. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Shown with every result obtained from the embedded simulator (issue #3: clearly labelled). */
export const trainingModeLabel = {
  vi: 'Chế độ đào tạo: kết quả từ cổng BHXH mô phỏng, không phải cổng thật.',
  en: 'Training mode: results come from the simulated BHXH gateway, not the real one.',
} as const;
