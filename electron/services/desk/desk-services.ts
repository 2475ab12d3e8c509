// Everything a desk runs in the background, composed once: the gateway (or the embedded simulator in
// training mode) and the main-process scanners feeding one ScanPipeline. The Electron main process only
// forwards these events over IPC, so this composition runs and is tested under plain Node.
import { EventEmitter } from 'node:events';
import type { CodedMessage } from '../../../shared/message';
import type { RawScan } from '../../../shared/scan/parsed-scan';
import type { ScannerStatus } from '../../../shared/scan/scanner-status';
import type { OpenGateway } from '../cli/gateway-options';
import { openGateway } from '../cli/gateway-options';
import type { HidBoundary } from '../scanners/hid-pos-scanner';
import { HidPosScanner, nodeHidBoundary } from '../scanners/hid-pos-scanner';
import { ScanPipeline } from '../scanners/scan-pipeline';
import { SerialScanner } from '../scanners/serial-scanner';
import { scannerSettingsFromEnv } from './scanner-settings';

export interface DeskServicesDeps {
  /** The HID boundary (tests pass recorded devices; the app loads node-hid). */
  hid?: () => Promise<HidBoundary>;
}

export interface DeskServices extends EventEmitter<{ scan: [RawScan]; 'scanner-status': [ScannerStatus] }> {
  /** True while no real gateway is configured: every result is labelled "chế độ đào tạo". */
  readonly trainingMode: boolean;
  readonly gateway: OpenGateway | null;
  /** Configuration problems to show IT on screen (the desk still starts: manual entry always works). */
  readonly problems: CodedMessage[];
  stop(): Promise<void>;
}

export async function startDeskServices(
  env: NodeJS.ProcessEnv,
  deps: DeskServicesDeps = {},
): Promise<DeskServices> {
  const events = new EventEmitter<{ scan: [RawScan]; 'scanner-status': [ScannerStatus] }>();
  const problems: CodedMessage[] = [];
  const stops: (() => Promise<void>)[] = [];

  const opened = await openGateway({}, env, {}, { officerOptional: true });
  const gateway = opened.ok ? opened.gateway : null;
  if (!opened.ok) problems.push(opened.error);
  if (gateway) stops.push(() => gateway.close());

  const pipeline = new ScanPipeline();
  pipeline.on('scan', (raw) => events.emit('scan', raw));
  const scanners = scannerSettingsFromEnv(env);
  if (!scanners.ok) problems.push(scanners.error);
  else {
    const { serial, baudRate, suffix, hidPos } = scanners.settings;
    if (serial !== 'off') {
      // Listing ports spawns udevadm on Linux (~60 ms): every 2 s keeps an old desk PC idle while a
      // replugged scanner is still back before the next patient.
      const driver = new SerialScanner({
        ...(serial === 'auto' ? {} : serial),
        baudRate,
        suffix,
        watchIntervalMs: 2000,
      });
      driver.on('status', (s) => events.emit('scanner-status', s));
      pipeline.connect('serial', driver);
      await driver.start();
      stops.push(() => driver.stop());
    }
    if (hidPos) {
      const driver = new HidPosScanner(await (deps.hid ?? nodeHidBoundary)());
      driver.on('status', (s) => events.emit('scanner-status', s));
      pipeline.connect('hid-pos', driver);
      await driver.start();
      stops.push(() => driver.stop());
    }
  }

  return Object.assign(events, {
    // A misconfigured real gateway is not training: never label real-looking results as practice.
    trainingMode: gateway?.trainingMode ?? false,
    gateway,
    problems,
    async stop() {
      await Promise.allSettled(stops.reverse().map((stop) => stop()));
    },
  });
}
