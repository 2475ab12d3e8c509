// Which USB devices we auto-select as a scanner. Scanner vendors' own USB vendor IDs only: a generic
// USB-serial chip (FTDI, CH340, CP210x, STM32 CDC) could be anything on a hospital PC — a label printer,
// a queue display — so those are never picked without an explicit path or VID/PID in the desk settings
// (scanners-and-camera.md: reopen by VID/PID/serial number, not by COM name).

export interface UsbIdentity {
  /** 4 hex digits, any case, with or without `0x`. */
  vendorId: string;
  productId?: string;
  serialNumber?: string;
}

export interface KnownScannerVendor {
  vendorId: string;
  name: string;
}

export const knownScannerVendors: readonly KnownScannerVendor[] = [
  { vendorId: '0c2e', name: 'Honeywell (Metrologic/HHP)' },
  { vendorId: '05e0', name: 'Zebra (Symbol)' },
  { vendorId: '05f9', name: 'Datalogic' },
  { vendorId: '1eab', name: 'Newland' },
  { vendorId: '2dd6', name: 'Zebex' },
  { vendorId: '0536', name: 'Hand Held Products' },
];

/** What `SerialPort.list()` and `HID.devicesAsync()` have in common, narrowed to what matching needs. */
export interface ListedUsbPort {
  path: string;
  vendorId?: string | undefined;
  productId?: string | undefined;
  serialNumber?: string | undefined;
}

/** `SerialPort.list()` gives `0c2e` on Linux and `0C2E` on Windows; node-hid gives numbers. */
export function normaliseUsbId(id: string | number | undefined): string | undefined {
  if (id === undefined || id === '') return undefined;
  const text = typeof id === 'number' ? id.toString(16) : id.replace(/^0x/i, '');
  return text.toLowerCase().padStart(4, '0');
}

export function matchesIdentity(port: ListedUsbPort, want: UsbIdentity): boolean {
  if (normaliseUsbId(port.vendorId) !== normaliseUsbId(want.vendorId)) return false;
  if (want.productId !== undefined && normaliseUsbId(port.productId) !== normaliseUsbId(want.productId)) {
    return false;
  }
  return want.serialNumber === undefined || port.serialNumber === want.serialNumber;
}

/**
 * The port to use: the configured identity if given, else the first port from a known scanner vendor.
 * A configured identity never falls back to "any scanner": a desk with two scanners must keep its own.
 */
export function selectScannerPort<P extends ListedUsbPort>(
  ports: readonly P[],
  want?: UsbIdentity,
): P | undefined {
  if (want) return ports.find((p) => matchesIdentity(p, want));
  return ports.find((p) => knownScannerVendors.some((v) => v.vendorId === normaliseUsbId(p.vendorId)));
}

/** The identity to remember after opening a listed port, so a replug onto another COM name is found. */
export function identityOf(port: ListedUsbPort): UsbIdentity | undefined {
  const vendorId = normaliseUsbId(port.vendorId);
  if (!vendorId) return undefined;
  return {
    vendorId,
    ...(port.productId ? { productId: normaliseUsbId(port.productId) } : {}),
    ...(port.serialNumber ? { serialNumber: port.serialNumber } : {}),
  };
}
