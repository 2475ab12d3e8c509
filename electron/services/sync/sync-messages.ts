// Texts of the sync worker (Vietnamese first; one table).
import type { Message } from '../../../shared/message';

export const syncText = {
  xml0Invalid: { vi: 'Hồ sơ XML0 không hợp lệ', en: 'Invalid XML0 record' },
  unexpected: { vi: 'Lỗi không mong đợi khi đồng bộ', en: 'Unexpected sync error' },
  changedMeanwhile: {
    vi: 'Thông tin lượt khám vừa được sửa trong lúc gửi; sẽ gửi lại bản đã sửa',
    en: 'The visit was corrected while it was being sent; the corrected version will be sent',
  },
} satisfies Record<string, Message>;
