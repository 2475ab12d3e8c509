// Placeholder reception screen until the check-in screens land: it proves the window, the preload API,
// the training-mode label and the scanner events are wired, and says plainly what it is not yet.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { parseScan } from '../../shared/scan/parse-scan';
import type { ParseOutcome } from '../../shared/scan/parsed-scan';
import type { ScannerStatus } from '../../shared/scan/scanner-status';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [scanners, setScanners] = useState<Record<string, ScannerStatus>>({});
  const [lastScan, setLastScan] = useState<ParseOutcome | null>(null);

  useEffect(() => {
    const api = window.kcb;
    if (!api) return;
    void api.invoke('app:get-info', undefined).then((r) => r.ok && setInfo(r.value));
    const offStatus = api.on('scanner:status', (s) => setScanners((all) => ({ ...all, [s.source]: s })));
    const offScan = api.on('scan:received', (scan) => setLastScan(parseScan(scan.raw)));
    return () => {
      offStatus();
      offScan();
    };
  }, []);

  const training = info?.trainingMode ?? true;
  return (
    <main className="desk">
      {training && (
        <div className="training" role="status">
          CHẾ ĐỘ ĐÀO TẠO — kết quả tra cứu từ cổng giả lập, không phải cổng BHXH thật · Training mode
        </div>
      )}
      {info?.problems.map((p) => (
        <div key={p.code} className="problem" role="alert">
          {p.message} <span className="en">{p.messageEn}</span>
        </div>
      ))}
      <h1>KCB Check-in</h1>
      <p className="lead">Tiếp đón người bệnh BHYT: quét mã QR thẻ BHYT, VssID hoặc CCCD.</p>
      <p className="en">Reception check-in for health-insurance cards: scan a BHYT, VssID or CCCD QR code.</p>
      <ul className="scanners">
        {Object.values(scanners).map((s) => (
          <li key={s.source} className={s.state}>
            {s.source === 'serial' ? 'Máy quét (COM)' : 'Máy quét (HID POS)'}: {s.message.message}
          </li>
        ))}
      </ul>
      {lastScan && (
        <p className="last-scan">
          {lastScan.ok
            ? `Vừa quét: ${lastScan.scan.fullName ?? ''} ${lastScan.scan.cardNumber ?? lastScan.scan.citizenId ?? ''}`
            : `Không đọc được mã vừa quét: ${lastScan.error.message}`}
        </p>
      )}
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
