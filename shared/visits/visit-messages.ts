// Every text of the visit/outbox domain, Vietnamese first (one table: a translation never drifts from its code).
import type { Message } from '../message';
import type { CardStatus, OutboxStatus, VisitSyncStatus } from './visit-states';

export const outboxStatusText: Record<OutboxStatus, Message> = {
  PENDING: { vi: 'Chờ gửi', en: 'Waiting to send' },
  IN_FLIGHT: { vi: 'Đang gửi', en: 'Sending' },
  DONE: { vi: 'Đã gửi', en: 'Sent' },
  FAILED: { vi: 'Lỗi — cần xử lý', en: 'Failed — needs staff' },
};

export const cardStatusText: Record<CardStatus, Message> = {
  unverified: { vi: 'Thẻ chưa được kiểm tra', en: 'Card not verified yet' },
  verified: { vi: 'Thẻ hợp lệ', en: 'Card verified' },
  attention: { vi: 'Thẻ dùng được — cần lưu ý', en: 'Card usable — needs attention' },
  rejected: { vi: 'Thẻ không hợp lệ — cần xử lý', en: 'Card rejected — needs staff' },
};

export const visitSyncStatusText: Record<VisitSyncStatus, Message> = {
  pending: { vi: 'Chờ đồng bộ', en: 'Waiting to sync' },
  synced: { vi: 'Đã đồng bộ', en: 'Synced' },
  failed: { vi: 'Lỗi đồng bộ — cần xử lý', en: 'Sync failed — needs staff' },
};

export const visitErrorText = {
  facilityRequired: {
    vi: 'Chưa cấu hình mã cơ sở KCB (5 ký tự): dùng --facility hoặc KCB_FACILITY',
    en: 'No facility code (maCSKCB, 5 chars) configured: use --facility or KCB_FACILITY',
  },
  facilityInvalid: { vi: 'Mã cơ sở KCB phải gồm 5 chữ số', en: 'The facility code must be 5 digits' },
  officerRequired: {
    vi: 'Chưa biết cán bộ tiếp đón (họ tên và số CCCD)',
    en: 'The officer at the desk is unknown (name and CCCD)',
  },
  clinicUnknown: { vi: 'Phòng khám không tồn tại', en: 'Unknown clinic' },
  nameRequired: { vi: 'Thiếu họ tên người bệnh', en: 'The patient name is missing' },
  dobRequired: { vi: 'Thiếu ngày sinh người bệnh', en: 'The date of birth is missing' },
  dobInvalid: {
    vi: 'Ngày sinh không hợp lệ (dd/MM/yyyy, YYYY-MM-DD hoặc yyyy)',
    en: 'Invalid date of birth (dd/MM/yyyy, YYYY-MM-DD or yyyy)',
  },
  identityRequired: {
    vi: 'Cần mã thẻ BHYT, mã số BHXH hoặc số CCCD',
    en: 'A BHYT card code, BHXH number or CCCD number is required',
  },
  cardRejected: {
    vi: 'Thẻ không dùng được, chưa tiếp đón',
    en: 'Card not usable, the visit was not registered',
  },
  visitNotFound: { vi: 'Không tìm thấy lượt khám', en: 'Visit not found' },
  nothingToResubmit: {
    vi: 'Lượt khám không có mục lỗi cần gửi lại',
    en: 'The visit has no failed item to resubmit',
  },
  dateInvalid: { vi: 'Ngày không hợp lệ (YYYY-MM-DD)', en: 'Invalid date (YYYY-MM-DD)' },
  formatInvalid: { vi: 'Định dạng phải là json hoặc csv', en: 'The format must be json or csv' },
  syncBusy: {
    vi: 'Một tiến trình khác đang đồng bộ, thử lại sau',
    en: 'Another process is syncing, try again later',
  },
} satisfies Record<string, Message>;
