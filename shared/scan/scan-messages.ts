// Every refusal and warning the parser can produce, Vietnamese first. One table, so wording is
// reviewed in one place and codes stay stable for scripts (`npx kcb-checkin parse`).
import type { Message } from '../message';

export const scanErrors = {
  EMPTY_SCAN: {
    vi: 'Không nhận được dữ liệu quét. Hãy quét lại hoặc nhập số thẻ.',
    en: 'The scan was empty. Scan again or type the card number.',
  },
  UNRECOGNISED_SCAN: {
    vi: 'Không nhận ra mã vừa quét (không phải QR thẻ BHYT, QR CCCD, mã thẻ 15 ký tự, mã số BHXH 10 số hay số CCCD 12 số). Hãy nhập tay.',
    en: 'Unrecognised scan (not a BHYT card QR, CCCD QR, 15-char card code, 10-digit social insurance number or 12-digit citizen ID). Enter it by hand.',
  },
  OLD_ID_NUMBER: {
    vi: 'Số 9 chữ số này có vẻ là số CMND cũ, không dùng để tra cứu thẻ BHYT. Hãy quét hoặc nhập số CCCD 12 số hay mã thẻ BHYT.',
    en: 'This 9-digit number looks like an old CMND, which cannot be used to look up a BHYT card. Scan or type the 12-digit citizen ID or the card number.',
  },
  BAD_CARD_NUMBER: {
    vi: 'Mã thẻ BHYT không đúng định dạng: cần 2 chữ cái, 1 chữ số mức hưởng (1–5), 2 số mã tỉnh và 10 số BHXH.',
    en: 'Malformed BHYT card code: expected 2 letters, a benefit level digit (1–5), a 2-digit province and 10 digits.',
  },
  BAD_BENEFIT_LEVEL: {
    vi: 'Mã quyền lợi (ký tự thứ 3 của mã thẻ) phải từ 1 đến 5.',
    en: 'The benefit level (3rd character of the card code) must be 1 to 5.',
  },
  QR_TRUNCATED: {
    vi: 'Mã QR bị thiếu dữ liệu (chưa đủ mã thẻ, họ tên, ngày sinh). Hãy quét lại, giữ thẻ hoặc điện thoại yên hơn.',
    en: 'The QR is truncated (card number, name and date of birth are required). Scan again, holding the card or phone still.',
  },
  MISSING_NAME: {
    vi: 'Mã QR không có họ tên. Hãy quét lại hoặc nhập tay.',
    en: 'The QR carries no name. Scan again or enter it by hand.',
  },
  NAME_UNREADABLE: {
    vi: 'Không đọc được họ tên trong mã QR (dữ liệu bị mất ký tự). Hãy quét lại; nếu vẫn lỗi, tắt bộ gõ tiếng Việt (Unikey/EVKey) hoặc chuyển máy quét sang chế độ HID POS/COM, hoặc nhập tay.',
    en: 'The name in the QR cannot be read (characters were lost). Scan again; if it persists, turn the Vietnamese IME (Unikey/EVKey) off or switch the scanner to HID POS/COM mode, or enter it by hand.',
  },
  BAD_DATE_OF_BIRTH: {
    vi: 'Ngày sinh trong mã QR không hợp lệ. Hãy quét lại hoặc nhập tay.',
    en: 'The date of birth in the QR is not a valid date. Scan again or enter it by hand.',
  },
  BAD_DATE: {
    vi: 'Một ngày trong mã QR không hợp lệ (sai lịch hoặc sai định dạng). Hãy quét lại hoặc nhập tay.',
    en: 'A date in the QR is not valid (not on the calendar, or in an unknown format). Scan again or enter it by hand.',
  },
  IME_DAMAGE: {
    vi: 'Bộ gõ tiếng Việt đã làm hỏng dữ liệu quét. Hãy tắt bộ gõ tiếng Việt (Unikey/EVKey) hoặc chuyển máy quét sang chế độ HID POS/COM, rồi quét lại.',
    en: 'A Vietnamese input method damaged the scan. Turn the IME (Unikey/EVKey) off or switch the scanner to HID POS/COM mode, then scan again.',
  },
  INTERNAL_ERROR: {
    vi: 'Lỗi không mong đợi khi đọc mã quét. Hãy nhập tay và báo bộ phận CNTT.',
    en: 'Unexpected error while reading the scan. Enter it by hand and tell IT.',
  },
} satisfies Record<string, Message>;

export const scanWarnings = {
  IME_REPAIRED: {
    vi: 'Đã sửa dữ liệu bị bộ gõ tiếng Việt (Telex) làm hỏng. Nên tắt bộ gõ khi quét.',
    en: 'Repaired damage done by a Vietnamese (Telex) IME. Turn the IME off while scanning.',
  },
  MOJIBAKE_REPAIRED: {
    vi: 'Đã sửa lỗi mã hóa ký tự tiếng Việt từ máy quét.',
    en: 'Repaired Vietnamese text that the scanner delivered in the wrong character encoding.',
  },
  FIELD_NOT_HEX: {
    vi: 'Một trường văn bản trong QR không ở dạng mã hóa thường gặp nên được giữ nguyên; kiểm tra họ tên và địa chỉ trước khi tra cứu.',
    en: 'A text field in the QR is not in the usual hex encoding and was kept as it is; check the name and address before the gateway check.',
  },
  SEPARATOR_REPLACED: {
    vi: 'Máy quét gõ sai dấu phân cách “|” (bàn phím máy tính không đặt kiểu English US). Đã đọc được thẻ, nhưng hãy chuyển bàn phím sang English (US) hoặc máy quét sang chế độ HID POS/COM.',
    en: 'The scanner typed the “|” separator wrongly (the PC keyboard layout is not English US). The card was read, but switch the layout to English (US) or the scanner to HID POS/COM mode.',
  },
  PREFIX_REMOVED: {
    vi: 'Máy quét thêm ký tự vào trước mã QR; đã bỏ qua phần đó. Nếu không cố ý, hãy tắt tiền tố trong cài đặt máy quét.',
    en: 'The scanner put characters before the QR payload; they were ignored. Unless intended, turn the prefix off in the scanner settings.',
  },
  FIELD_UNREADABLE: {
    vi: 'Một trường phụ trong mã QR (địa chỉ, người giám hộ hoặc nơi cấp) bị mất ký tự nên đã bỏ qua.',
    en: 'A secondary QR field (address, guardian or place of issue) lost characters and was left out.',
  },
  QR_SHORT: {
    vi: 'Mã QR ngắn hơn mẫu chuẩn: một số thông tin thẻ không có.',
    en: 'The QR is shorter than the standard layout: some card details are missing.',
  },
  UNKNOWN_OBJECT_CODE: {
    vi: 'Mã đối tượng (2 ký tự đầu) không có trong danh mục đã biết. Kiểm tra thẻ.',
    en: 'The object code (first 2 letters) is not in the known list. Check the card.',
  },
  UNKNOWN_PROVINCE: {
    vi: 'Mã tỉnh (ký tự 4–5) không có trong danh mục đã biết. Kiểm tra thẻ.',
    en: 'The province code (characters 4–5) is not in the known list. Check the card.',
  },
  BAD_BENEFIT_LEVEL_FIELD: {
    vi: 'Mức hưởng trong QR không phải 1–5; bỏ qua.',
    en: 'The benefit level in the QR is not 1–5; ignored.',
  },
  UNKNOWN_GENDER: {
    vi: 'Giới tính trong mã quét không rõ; hỏi lại người bệnh.',
    en: 'The gender in the scan is not recognised; ask the patient.',
  },
  CARD_EXPIRED: {
    vi: 'Thẻ BHYT đã hết hạn theo ngày in trên thẻ. Kiểm tra với cổng BHXH (có thể đã có thẻ mới).',
    en: 'The card has expired by its printed dates. Check with the BHXH gateway (a new card may exist).',
  },
  CARD_NOT_YET_VALID: {
    vi: 'Thẻ BHYT chưa đến ngày có giá trị sử dụng (xem ngày “giá trị từ” trên thẻ). Kiểm tra với cổng BHXH.',
    en: 'The card is not valid yet (see its “valid from” date). Check with the BHXH gateway.',
  },
  DATE_OF_BIRTH_IN_FUTURE: {
    vi: 'Ngày sinh trong mã quét ở sau ngày hôm nay. Kiểm tra lại giấy tờ trước khi tra cứu.',
    en: 'The date of birth in the scan is after today. Check the papers before the gateway check.',
  },
  CITIZEN_ID_PROVINCE_UNKNOWN: {
    vi: 'Ba số đầu của số CCCD không phải mã tỉnh hợp lệ (001–096). Kiểm tra lại số.',
    en: 'The first three digits of the citizen ID are not a province code (001–096). Check the number.',
  },
  CITIZEN_ID_GENDER_MISMATCH: {
    vi: 'Số CCCD không khớp giới tính trên thẻ. Kiểm tra lại giấy tờ.',
    en: 'The citizen ID number does not match the gender on the card. Check the papers.',
  },
  CITIZEN_ID_BIRTH_YEAR_MISMATCH: {
    vi: 'Số CCCD không khớp năm sinh trên thẻ. Kiểm tra lại giấy tờ.',
    en: 'The citizen ID number does not match the year of birth on the card. Check the papers.',
  },
  DIACRITICS_LOST: {
    vi: 'Máy quét đã làm mất dấu tiếng Việt; kiểm tra họ tên trước khi tra cứu.',
    en: 'The scanner dropped Vietnamese diacritics; check the name before the gateway check.',
  },
} satisfies Record<string, Message>;

export type ScanErrorCode = keyof typeof scanErrors;
export type ScanWarningCode = keyof typeof scanWarnings;
