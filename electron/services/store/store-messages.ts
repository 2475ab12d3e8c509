// Texts of the local database layer (Vietnamese first; one table per domain).
import type { Message } from '../../../shared/message';

export const storeText = {
  newerThanApp: {
    vi: 'Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng',
    en: 'The database was written by a newer version of the app; update the app',
  },
  migrationFailed: {
    vi: 'Nâng cấp cơ sở dữ liệu thất bại; dữ liệu cũ được giữ nguyên',
    en: 'Database migration failed; the old data is unchanged',
  },
  backupFailed: {
    vi: 'Không sao lưu được cơ sở dữ liệu trước khi nâng cấp (đĩa đầy hoặc thư mục không ghi được); chưa nâng cấp gì',
    en: 'Could not back up the database before upgrading it (disk full or folder not writable); nothing was changed',
  },
  openFailed: { vi: 'Không mở được tệp cơ sở dữ liệu', en: 'Cannot open the database file' },
} satisfies Record<string, Message>;
