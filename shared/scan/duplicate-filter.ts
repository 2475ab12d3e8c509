// A scanner's double trigger or auto-repeat delivers the same payload twice within a second or so
// (scanners-and-camera.md, "One pipeline for every source": drop an identical payload within ~2 s).
// Pure and clock-free: the caller passes the time, so main-process drivers and renderer capture share it.
import type { ScanSource } from './parsed-scan';

export const DUPLICATE_WINDOW_MS = 2000;

export class DuplicateFilter {
  /** Last accepted time per `source` + payload. Measured from the last ACCEPTED copy, so a deliberate
   * re-scan after the window always goes through even while a scanner keeps auto-repeating. */
  private readonly lastAccepted = new Map<string, number>();

  constructor(private readonly windowMs = DUPLICATE_WINDOW_MS) {}

  /** True when the scan should be delivered; false for a repeat inside the window. */
  accept(source: ScanSource, raw: string, receivedAt: number): boolean {
    this.forgetOlderThan(receivedAt);
    // Trailing CR/LF differ between a scanner's suffix settings, never between two real scans.
    const key = `${source}\u0000${raw.trim()}`;
    const last = this.lastAccepted.get(key);
    if (last !== undefined && receivedAt - last < this.windowMs) return false;
    this.lastAccepted.set(key, receivedAt);
    return true;
  }

  private forgetOlderThan(now: number): void {
    for (const [key, at] of this.lastAccepted) {
      if (now - at >= this.windowMs) this.lastAccepted.delete(key);
    }
  }
}
