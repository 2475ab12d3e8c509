import { describe, expect, it } from 'vitest';
import {
  identityOf,
  matchesIdentity,
  normaliseUsbId,
  selectScannerPort,
} from '../../electron/services/scanners/known-scanners';

// Shapes as SerialPort.list() reports them: Linux lower-case hex, Windows upper-case, ptys nothing.
const ports = [
  { path: '/dev/ttyS0' },
  { path: '/dev/ttyUSB0', vendorId: '1a86', productId: '7523' }, // CH340 adapter: a printer, maybe
  { path: 'COM7', vendorId: '0C2E', productId: '0B01', serialNumber: 'A1' },
  { path: '/dev/ttyACM1', vendorId: '05e0', productId: '1701', serialNumber: 'Z9' },
];

describe('scanner port selection', () => {
  it('normalises vendor/product ids from every source', () => {
    expect(normaliseUsbId('0C2E')).toBe('0c2e');
    expect(normaliseUsbId('0x5e0')).toBe('05e0');
    expect(normaliseUsbId(0x0c2e)).toBe('0c2e');
    expect(normaliseUsbId(undefined)).toBeUndefined();
  });

  it('auto-selects the first port of a known scanner vendor, never a generic USB-serial chip', () => {
    expect(selectScannerPort(ports)?.path).toBe('COM7');
    expect(selectScannerPort(ports.slice(0, 2))).toBeUndefined();
  });

  it('with a configured identity picks only that device, down to the serial number', () => {
    expect(selectScannerPort(ports, { vendorId: '05E0' })?.path).toBe('/dev/ttyACM1');
    expect(selectScannerPort(ports, { vendorId: '0c2e', productId: '0b01', serialNumber: 'A1' })?.path).toBe(
      'COM7',
    );
    expect(selectScannerPort(ports, { vendorId: '0c2e', serialNumber: 'B2' })).toBeUndefined();
    expect(selectScannerPort(ports, { vendorId: '1a86' })?.path).toBe('/dev/ttyUSB0');
  });

  it('remembers the identity of an opened port so a replug on another COM name is found', () => {
    const id = identityOf(ports[2]!)!;
    expect(id).toEqual({ vendorId: '0c2e', productId: '0b01', serialNumber: 'A1' });
    expect(
      matchesIdentity({ path: 'COM9', vendorId: '0c2e', productId: '0B01', serialNumber: 'A1' }, id),
    ).toBe(true);
    expect(identityOf({ path: '/dev/pts/3' })).toBeUndefined();
  });
});
