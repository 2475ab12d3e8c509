// Builders for realistic scan payloads (invented people, real structure: cards-and-qr.md §2 and §4).
// Shared by the parser, fuzz, CLI and scanner tests so every layer sees the same shapes.

export const hex = (text: string, upper = false): string => {
  const h = Buffer.from(text, 'utf8').toString('hex');
  return upper ? h.toUpperCase() : h;
};

export interface BhytCard {
  card: string; // 15-char code or 10-digit number
  name: string;
  dob: string; // dd/MM/yyyy or yyyy
  gender: '1' | '2' | string;
  address: string | null;
  facility: string; // as printed: `79 - 032`
  validFrom: string;
  validTo: string | null;
  issuedOn: string;
  management: string;
  guardian: string | null;
  area: string;
  fiveYears: string | null;
  checkString: string;
  benefitLevel?: string; // 10-digit cards only
  issuePlace?: string | null; // 10-digit cards only
  upperHex?: boolean;
  terminator?: '$' | '#' | '';
}

export const fifteenCharCard: BhytCard = {
  card: 'DN4797912345678',
  name: 'Đặng Thị Ỷ',
  dob: '07/03/1994',
  gender: '2',
  address: 'Số 12 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh',
  facility: '79 - 032',
  validFrom: '01/01/2026',
  validTo: '31/12/2026',
  issuedOn: '20/12/2025',
  management: '79019912345678',
  guardian: null,
  area: '4',
  fiveYears: ' 01/06/2027',
  checkString: '4641c59ff02659c3-1202',
};

export const tenDigitCard: BhytCard = {
  card: '0199999901',
  name: 'Nguyễn Văn Giả',
  dob: '15/05/1985',
  gender: '1',
  address: null,
  facility: '01 – 001',
  validFrom: '01/01/2025',
  validTo: null,
  issuedOn: '02/01/2025',
  management: '01000199999901',
  guardian: null,
  area: '4',
  fiveYears: '01/01/2030',
  checkString: '0123456789abcdef-0000',
  benefitLevel: '4',
  issuePlace: 'Quận Cầu Giấy, Thành phố Hà Nội',
};

export function bhytQr(c: BhytCard): string {
  const text = (v: string | null) => (v === null ? '-' : hex(v, c.upperHex));
  const fields = [
    c.card,
    text(c.name),
    c.dob,
    c.gender,
    text(c.address),
    c.facility,
    c.validFrom,
    c.validTo ?? '-',
    c.issuedOn,
    c.management,
    text(c.guardian),
    c.area,
    c.fiveYears ?? '-',
    c.checkString,
  ];
  if (c.benefitLevel !== undefined) fields.push(c.benefitLevel, text(c.issuePlace ?? null));
  return [...fields, c.terminator ?? '$'].join('|');
}

export interface CccdCard {
  id: string;
  oldId: string;
  name: string;
  dob: string; // ddMMyyyy / MMyyyy / yyyy
  gender: string; // Nam / Nữ / Nu
  address: string;
  issuedOn: string;
  extraEmptyFields?: boolean; // 2024 căn cước: 11 fields
}

export const cccdCard: CccdCard = {
  id: '001085999901',
  oldId: '012999901',
  name: 'Nguyễn Văn Giả',
  dob: '15051985',
  gender: 'Nam',
  address: 'Số 1 Ngõ Mẫu, Phường Thử, Hà Nội',
  issuedOn: '10042021',
};

export function cccdQr(c: CccdCard): string {
  const fields = [c.id, c.oldId, c.name, c.dob, c.gender, c.address, c.issuedOn];
  if (c.extraEmptyFields) fields.push('', '', '', '');
  return fields.join('|');
}

/** What a Telex IME does to hex typed through it (cards-and-qr.md §5.1), greedy left to right. */
export function telexDamage(text: string): string {
  const double: Record<string, string> = { aa: 'â', ee: 'ê', dd: 'đ', AA: 'Â', EE: 'Ê', DD: 'Đ' };
  const grave: Record<string, string> = { a: 'à', â: 'ầ', e: 'è', ê: 'ề', A: 'À', Â: 'Ầ', E: 'È', Ê: 'Ề' };
  let out = '';
  for (const ch of text) {
    const prev = out.slice(-1);
    if (double[prev + ch]) out = out.slice(0, -1) + double[prev + ch];
    else if ((ch === 'f' || ch === 'F') && grave[prev] && (ch === 'f') === (prev === prev.toLowerCase()))
      out = out.slice(0, -1) + grave[prev];
    else out += ch;
  }
  return out;
}
