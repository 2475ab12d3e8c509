// Test page for the webcam fallback: a camera picker, start/close buttons, the visible status line, and
// what was read (window.capture) for the Chromium tests. `?decoder=zxing-js` selects the other decoder.
import type { RawScan } from '../../../shared/scan/parsed-scan';
import { captureMessages, type CaptureMessageCode } from '../capture-messages';
import { listCameras, startCameraScan, type CameraScan } from '../camera-scanner';
import type { QrDecoderName } from '../qr/rgba-frame';

const state = {
  scans: [] as RawScan[],
  statuses: [] as CaptureMessageCode[],
  cameras: [] as string[],
  running: false,
  attempts: [] as { ms: number; hard: boolean; at: number }[],
  /** Whether the stream the scan opened still has a live track (the camera light is on). */
  cameraLive: () => !!stream?.getTracks().some((t) => t.readyState === 'live'),
};
let stream: MediaStream | null = null;
(window as unknown as { capture: typeof state }).capture = state;

const picker = document.getElementById('camera') as HTMLSelectElement;
const video = document.getElementById('video') as HTMLVideoElement;
const statusLine = document.getElementById('status')!;
const statusLineEn = document.getElementById('status-en')!;
const query = new URLSearchParams(location.search);
const decoder = (query.get('decoder') ?? undefined) as QrDecoderName | undefined;
const cropFraction = query.has('cropFraction') ? Number(query.get('cropFraction')) : undefined;
// `?worker=missing`: a decoder worker that cannot load (a broken install), for the failure path.
const createWorker =
  query.get('worker') === 'missing'
    ? () => new Worker('/missing-qr-decoder.worker.js', { type: 'module' })
    : undefined;
let scan: CameraScan | null = null;

async function fillPicker() {
  const cameras = await listCameras();
  state.cameras = cameras.map((c) => c.label);
  picker.replaceChildren(...cameras.map((c) => new Option(c.label, c.deviceId)));
}

document.getElementById('start')!.addEventListener('click', () => {
  scan?.stop();
  state.running = true;
  scan = startCameraScan({
    video,
    ...(picker.value ? { deviceId: picker.value } : {}),
    ...(decoder ? { decoder } : {}),
    ...(cropFraction ? { cropFraction } : {}),
    ...(createWorker ? { createWorker } : {}),
    onAttempt: (ms, hard) => state.attempts.push({ ms, hard, at: performance.now() }),
    onStatus: (code) => {
      state.statuses.push(code);
      statusLine.textContent = captureMessages[code].vi;
      statusLineEn.textContent = captureMessages[code].en;
      video.toggleAttribute('data-live', code === 'CAMERA_SEARCHING');
      if (code === 'CAMERA_SEARCHING') {
        stream = video.srcObject as MediaStream;
        void fillPicker(); // labels appear once permission is granted
      }
    },
    onScan: (s) => {
      state.scans.push(s);
      const li = document.createElement('li');
      li.textContent = s.raw;
      document.getElementById('scans')!.append(li);
    },
  });
  void scan.done.then(() => (state.running = false));
});
document.getElementById('close')!.addEventListener('click', () => scan?.stop());
void fillPicker();
