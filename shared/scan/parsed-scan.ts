// The one contract for what the parser makes of a scan; the CLI, the gateway check, the visit store and
// the UI all read this shape. Field names are the CLI's public names (issue #2), so hospital scripts and
// our own code see the same words.
import type { CodedMessage } from '../message';

export type ScanKind = 'bhyt-qr' | 'cccd-qr' | 'card-number' | 'bhxh-number' | 'citizen-id';
export type Gender = 'male' | 'female';

/** Where a raw scan came from (../shared/docs/scanners-and-camera.md, "One pipeline for every source"). */
export type ScanSource = 'serial' | 'hid-pos' | 'wedge' | 'camera' | 'manual' | 'cli';

export interface RawScan {
  raw: string;
  source: ScanSource;
  /** Epoch milliseconds. */
  receivedAt: number;
}

export interface ParsedScan {
  kind: ScanKind;
  /** As printed: 15-char code (upper case) or the 10-digit mã số BHXH on QĐ 1666 cards. */
  cardNumber: string | null;
  /** 10-digit mã số BHXH (lifelong). */
  socialInsuranceNumber: string | null;
  /** 12-digit CCCD / căn cước number. */
  citizenId: string | null;
  objectCode: string | null;
  benefitLevel: number | null;
  provinceCode: string | null;
  /** NFC. */
  fullName: string | null;
  /** `YYYY-MM-DD`, or `YYYY` when only the year is known (`YYYY-MM` for a CCCD `MMyyyy` or a `00/MM/yyyy`). */
  dateOfBirth: string | null;
  gender: Gender | null;
  address: string | null;
  /** Nơi ĐKKCB ban đầu, 5 chars (`79032`). */
  registeredFacility: string | null;
  validFrom: string | null;
  validTo: string | null;
  issuedOn: string | null;
  fiveYearsContinuousFrom: string | null;
  guardianName: string | null;
  issuePlace: string | null;
  /** Kept untouched: its algorithm is BHXH's and unknown (cards-and-qr.md §2, field 13). */
  checkString: string | null;
  /** CCCD QR only: the old 9- or 12-digit CMND, when present. */
  oldIdNumber: string | null;
  warnings: CodedMessage[];
}

export type ParseOutcome = { ok: true; scan: ParsedScan } | { ok: false; error: CodedMessage };

export interface ParseOptions {
  /** `YYYY-MM-DD`, the desk's date for the validity-window warnings. Defaults to today in Vietnam (UTC+7). */
  today?: string;
}
