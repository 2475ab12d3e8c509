// What may appear in logs (issue #3: no password, token or full card number / CCCD).

/** `DN4010123456789` → `DN401*******789`; 10/12-digit numbers keep their last 3 digits only. */
export function maskCardNumber(value: string): string {
  const v = value.trim();
  if (v.length <= 4) return '*'.repeat(v.length);
  const keepStart = /^[A-Z]{2}/i.test(v) ? 5 : 0;
  return v.slice(0, keepStart) + '*'.repeat(Math.max(0, v.length - keepStart - 3)) + v.slice(-3);
}
