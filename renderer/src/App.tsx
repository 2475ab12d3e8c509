// Placeholder reception screen until the check-in screens land: it proves the window, the preload API
// and the training-mode label are wired, and says plainly that this is not yet the working desk.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void window.kcb?.invoke('app:get-info', undefined).then((r) => r.ok && setInfo(r.value));
  }, []);
  const training = info?.trainingMode ?? true;
  return (
    <main className="desk">
      {training && (
        <div className="training" role="status">
          CHẾ ĐỘ ĐÀO TẠO — kết quả tra cứu từ cổng giả lập, không phải cổng BHXH thật · Training mode
        </div>
      )}
      <h1>KCB Check-in</h1>
      <p className="lead">Tiếp đón người bệnh BHYT: quét mã QR thẻ BHYT, VssID hoặc CCCD.</p>
      <p className="en">Reception check-in for health-insurance cards: scan a BHYT, VssID or CCCD QR code.</p>
      <p className="version">
        {info
          ? `Phiên bản ${info.version} · ${info.platform}`
          : window.kcb
            ? 'Đang khởi động…'
            : 'Đang mở trong trình duyệt: chưa kết nối với ứng dụng · Opened in a browser, not in the app'}
      </p>
    </main>
  );
}
