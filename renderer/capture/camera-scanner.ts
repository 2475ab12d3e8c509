// Webcam fallback for desks without a scanner (scanners-and-camera.md, "Camera fallback"). Frames are
// grabbed with createImageBitmap and decoded in a Web Worker; attempts are throttled (4 per second by
// default — a frame with no QR costs as much as one with a QR), every `hardEvery`-th attempt runs the
// slower pass (all rotations, inverted for dark mode). The camera is stopped after a hit and whenever the
// panel closes. Asks for 1280×720 because a BHYT QR is dense.
import type { RawScan } from '../../shared/scan/parsed-scan';
import type { CaptureMessageCode } from './capture-messages';
import type { DecoderReply, DecoderRequest } from './qr/qr-decoder.worker';
import type { QrDecoderName } from './qr/rgba-frame';

/** The default after measuring both side by side (test/bench/decoders.bench.ts): zxing-wasm is faster
 * per frame and reads more of the blurred/noisy/rotated test frames; @zxing/library stays selectable. */
export const defaultQrDecoder: QrDecoderName = 'zxing-wasm';

export interface CameraInfo {
  deviceId: string;
  label: string;
}

/** The camera picker's list. Labels are empty until the page has camera permission once. */
export async function listCameras(): Promise<CameraInfo[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((d) => d.kind === 'videoinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
}

export interface CameraScanOptions {
  video: HTMLVideoElement;
  deviceId?: string;
  decoder?: QrDecoderName;
  onScan(scan: RawScan): void;
  onStatus?(code: CaptureMessageCode): void;
  /** After every decode attempt (diagnostics, tests): how long the worker took and whether it was hard. */
  onAttempt?(ms: number, hard: boolean): void;
  /** Pause between attempts while nothing is found. */
  idleIntervalMs?: number;
  /** Every Nth attempt is a TRY_HARDER-style pass. */
  hardEvery?: number;
  /** Side of the centre square searched, as a fraction of the frame's shorter side. */
  cropFraction?: number;
  createWorker?: () => Worker;
  clock?: () => number;
}

export interface CameraScan {
  /** Stops the camera and the worker (the panel closed). Safe to call twice. */
  stop(): void;
  /** Resolves when scanning ends: with the text after a hit, null after stop or failure. */
  done: Promise<string | null>;
}

export function startCameraScan(options: CameraScanOptions): CameraScan {
  const idleMs = options.idleIntervalMs ?? 250;
  const hardEvery = options.hardEvery ?? 5;
  const status = options.onStatus ?? (() => {});
  const worker =
    options.createWorker?.() ??
    new Worker(new URL('./qr/qr-decoder.worker.ts', import.meta.url), { type: 'module' });
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let attempts = 0;
  let finish: (text: string | null) => void = () => {};
  const done = new Promise<string | null>((resolve) => (finish = resolve));

  const stop = (code: CaptureMessageCode | null = 'CAMERA_STOPPED', text: string | null = null) => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    worker.terminate();
    stream?.getTracks().forEach((t) => t.stop());
    options.video.srcObject = null;
    if (code) status(code);
    finish(text);
  };

  const send = (request: DecoderRequest, transfer: Transferable[] = []) =>
    worker.postMessage(request, transfer);

  const attempt = async () => {
    timer = null;
    if (stopped) return;
    const video = options.video;
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
      timer = setTimeout(attempt, idleMs);
      return;
    }
    const frame = await createImageBitmap(video);
    if (stopped) return frame.close();
    attempts++;
    send(
      { type: 'decode', frame, hard: attempts % hardEvery === 0, cropFraction: options.cropFraction ?? 1 },
      [frame],
    );
  };

  // A worker that fails to load (a missing asset, a CSP refusal) never replies: without this the panel
  // would show "Đang tìm mã QR…" with the camera light on for as long as it stays open.
  worker.onerror = () => stop('CAMERA_FAILED');
  worker.onmessage = (event: MessageEvent<DecoderReply>) => {
    const reply = event.data;
    if (stopped) return;
    if (reply.type === 'failed') return stop('CAMERA_FAILED');
    if (reply.type === 'ready') {
      timer = setTimeout(attempt, 0);
      return;
    }
    options.onAttempt?.(reply.ms, reply.hard);
    if (reply.text) {
      const text = reply.text;
      stop('CAMERA_FOUND', text);
      options.onScan({ raw: text, source: 'camera', receivedAt: (options.clock ?? Date.now)() });
      return;
    }
    timer = setTimeout(attempt, idleMs);
  };

  void (async () => {
    status('CAMERA_STARTING');
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: {
          ...(options.deviceId ? { deviceId: { exact: options.deviceId } } : {}),
          width: { ideal: 1280 },
          height: { ideal: 720 },
        },
        audio: false,
      });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : '';
      return stop(
        name === 'NotAllowedError'
          ? 'CAMERA_DENIED'
          : name === 'NotFoundError'
            ? 'CAMERA_NONE'
            : 'CAMERA_FAILED',
      );
    }
    if (stopped) return stream.getTracks().forEach((t) => t.stop());
    // A USB webcam pulled out, or taken over by another program, ends its track: say so instead of
    // searching a frozen picture.
    for (const track of stream.getVideoTracks()) track.addEventListener('ended', () => stop('CAMERA_LOST'));
    options.video.srcObject = stream;
    options.video.muted = true;
    await options.video.play().catch(() => {});
    if (stopped) return; // failed or closed while the video started: "searching" would be a lie
    status('CAMERA_SEARCHING');
    send({ type: 'init', decoder: options.decoder ?? defaultQrDecoder });
  })();

  return { stop: () => stop(), done };
}
