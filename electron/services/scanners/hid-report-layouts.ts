// How each vendor packs a scan into HID POS input reports (USB HID usage page 0x8C "Bar Code Scanner",
// usage 0x02 "Bar Code Scanner"). Offsets count from the first byte AFTER the report id, as the layouts
// are documented; node-hid/hidapi deliver the report id as byte 0 of every buffer for numbered reports.
// Table-driven so a vendor that differs gets a row, not a code path (scanners-and-camera.md).

export interface HidReportLayout {
  name: string;
  /** USB vendor ids (4 lower-case hex digits) that use this layout. */
  vendorIds: readonly string[];
  /** Input report id that carries scanned data; other reports are ignored. */
  reportId: number;
  /** Byte holding the count of data bytes in this report. */
  lengthOffset: number;
  /** First byte of the 3-character AIM symbology id (`]Q1` for QR), or null when the layout has none. */
  aimOffset: number | null;
  dataOffset: number;
  /** Most data bytes one report can carry (a longer length byte is clamped to this). */
  maxDataLength: number;
  /** Non-zero when more reports of the same scan follow. */
  moreDataOffset: number;
  /** Feature report (report id first) that switches the device into HID POS mode after opening. */
  enableFeatureReport?: readonly number[];
}

/**
 * Honeywell (Voyager/Xenon/Granit in "USB HID POS" mode): report 0x02; byte 0 length, bytes 1–3 AIM id,
 * data from byte 4 (at most 56 bytes: byte 60 is Honeywell's own code id, 61 reserved), byte 62 "more
 * data follows". A BHYT QR (~250 bytes) therefore spans 5 reports. The device needs feature report 0xFE
 * with 0x01 to start sending (as WebHidBarcodeScanner does for vendor 0x0C2E).
 * One public implementation copies `length - 1` bytes; we read `length` bytes, which is what the
 * captured REVINF reply in HenkVanAsselt/python_hon_usbhid shows (length 56 = bytes 4–59 filled).
 */
export const honeywellLayout: HidReportLayout = {
  name: 'honeywell',
  vendorIds: ['0c2e', '0536'],
  reportId: 0x02,
  lengthOffset: 0,
  aimOffset: 1,
  dataOffset: 4,
  maxDataLength: 56,
  moreDataOffset: 62,
  enableFeatureReport: [0xfe, 0x01],
};

export const hidReportLayouts: readonly HidReportLayout[] = [honeywellLayout];

/** The layout for a vendor; Honeywell's is the fallback because it is the one documented layout we have. */
export function layoutForVendor(vendorId: string | undefined, layouts = hidReportLayouts): HidReportLayout {
  return layouts.find((l) => vendorId !== undefined && l.vendorIds.includes(vendorId)) ?? honeywellLayout;
}
