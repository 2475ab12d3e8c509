// Texts of the sync worker (Vietnamese first; one table).
import type { Message } from '../../../shared/message';

export const syncText = {
  xml0Invalid: { vi: 'Hồ sơ XML0 không hợp lệ', en: 'Invalid XML0 record' },
  unexpected: { vi: 'Lỗi không mong đợi khi đồng bộ', en: 'Unexpected sync error' },
  cardNotUsable: { vi: 'Thẻ không dùng được', en: 'Card not usable' },
  gatewayRetryLater: { vi: 'Cổng BHXH tạm thời lỗi', en: 'The BHXH gateway failed temporarily' },
} satisfies Record<string, Message>;
