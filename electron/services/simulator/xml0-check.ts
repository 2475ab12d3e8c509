// What the simulator refuses in a check-in submission, as a real gateway would (bhxh-gateway.md §3, §5):
// the form fields, the base64, the root element, every QĐ 4750 tag in order, and the field formats.
// Regex-based on purpose: the documents are flat and a 10,000-visit backlog must drain fast.
import { xml0Tags } from '../../../shared/checkin/xml0';
import type { Xml0Tag } from '../../../shared/checkin/xml0';
import { xml0RecordProblems } from '../../../shared/checkin/xml0-rules';

export type Xml0Check = { ok: true; maLks: string[] } | { ok: false; problems: string[] };

const entity: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string | null {
  let bad = false;
  const out = text.replace(/&([a-z]+|#\d+|#x[0-9a-fA-F]+);|&/g, (m, name: string | undefined) => {
    if (!name) return ((bad = true), m);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entity[name] ?? ((bad = true), m);
  });
  return bad ? null : out;
}

const recordRe = /<TRANG_THAI_KCB>([\s\S]*?)<\/TRANG_THAI_KCB>/g;
const tagRe = /\s*(?:<([A-Z0-9_]+)\s*\/>|<([A-Z0-9_]+)>(<!\[CDATA\[([\s\S]*?)\]\]>|[^<]*)<\/([A-Z0-9_]+)>)/y;

/** Checks the decoded document; `maCSKCB` is the form field the file must agree with. */
export function checkXml0(xml: string, maCSKCB: string): Xml0Check {
  const doc = xml
    .replace(/^\uFEFF/, '')
    .replace(/^<\?xml[^>]*\?>/, '')
    .trim();
  if (!doc.startsWith('<CHI_TIEU_TRANG_THAI_KCB>') || !doc.endsWith('</CHI_TIEU_TRANG_THAI_KCB>'))
    return { ok: false, problems: ['root element must be CHI_TIEU_TRANG_THAI_KCB'] };
  const list = /<DSACH_TRANG_THAI_KCB>([\s\S]*)<\/DSACH_TRANG_THAI_KCB>/.exec(doc);
  if (!list) return { ok: false, problems: ['DSACH_TRANG_THAI_KCB missing'] };
  const problems: string[] = [];
  const maLks: string[] = [];
  let n = 0;
  const leftover = list[1]!.replace(recordRe, (_m, body: string) => {
    n++;
    const values = readRecord(body, problems, n);
    if (!values) return '';
    for (const p of xml0RecordProblems(values)) problems.push(`record ${n}: ${p}`);
    if (values.STT && values.STT !== String(n)) problems.push(`record ${n}: STT must be ${n}`);
    if (values.MA_CSKCB && values.MA_CSKCB !== maCSKCB)
      problems.push(`record ${n}: MA_CSKCB differs from maCSKCB`);
    if (values.MA_LK) {
      if (maLks.includes(values.MA_LK)) problems.push(`record ${n}: MA_LK repeated in the file`);
      maLks.push(values.MA_LK);
    }
    return '';
  });
  if (n === 0) problems.push('no TRANG_THAI_KCB record');
  if (leftover.trim()) problems.push('unexpected content in DSACH_TRANG_THAI_KCB');
  return problems.length ? { ok: false, problems } : { ok: true, maLks };
}

function readRecord(body: string, problems: string[], n: number): Partial<Record<Xml0Tag, string>> | null {
  const values: Partial<Record<Xml0Tag, string>> = {};
  let at = 0;
  for (const expected of xml0Tags) {
    tagRe.lastIndex = at;
    const m = tagRe.exec(body);
    const tag = m ? (m[1] ?? m[2]) : undefined;
    if (!m || tag !== expected || (m[2] && m[5] !== m[2])) {
      problems.push(`record ${n}: expected <${expected}> (all QĐ 4750 tags, in order)`);
      return null;
    }
    const text = m[4] ?? (m[3] ? unescape(m[3]) : '');
    if (text === null) {
      problems.push(`record ${n}: bad character entity in ${expected}`);
      return null;
    }
    values[expected] = text.trim();
    at = tagRe.lastIndex;
  }
  if (body.slice(at).trim()) problems.push(`record ${n}: unexpected content after DU_PHONG`);
  return values;
}

/** Strict base64 (the gateway decodes fileHSBase64 as-is), then UTF-8. Null when either is broken. */
export function decodeBase64Utf8(b64: string): string | null {
  if (!b64 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return null;
  const text = Buffer.from(b64, 'base64').toString('utf8');
  return text.includes('\uFFFD') ? null : text;
}
