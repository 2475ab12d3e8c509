// The three gateway functions as the simulator answers them (bhxh-gateway.md §1–3): login with MD5 in
// either case and tokens living 10 minutes, the card check behind a token, and the XML0 submission.
// Transport-free: simulator.ts feeds parsed requests in and writes the answers out.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { vnStamp } from '../../../shared/time/vietnam-time';
import type { CheckParams } from './card-rules';
import { CardRegistry } from './card-rules';
import type { SimSeed } from './seed-cards';
import { checkXml0, decodeBase64Utf8 } from './xml0-check';

export const TOKEN_LIFE_MS = 10 * 60_000;

export interface Answer {
  status: number;
  json: unknown;
}

type Fields = Record<string, string>;

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();

export class SimGateway {
  readonly registry: CardRegistry;
  /** MA_LK → times received (resends counted). */
  readonly checkIns = new Map<string, number>();
  readonly counts = {
    logins: 0,
    loginsRefused: 0,
    checks: 0,
    unauthorised: 0,
    submissionsAccepted: 0,
    submissionsRefused: 0,
  };
  private readonly accounts = new Map<string, string>();
  private readonly tokens = new Map<string, { idToken: string; username: string; expiresAt: number }>();
  private transactions = 0;

  constructor(seed: SimSeed, now: number) {
    this.registry = new CardRegistry(seed.cards, seed.officers, now);
    for (const a of seed.accounts) this.accounts.set(a.username, md5(a.password));
  }

  expireTokens(): void {
    this.tokens.clear();
  }

  /** POST /api/token/take. Bad credentials: HTTP 200 + maKetQua "401" (as observed). */
  login(body: Fields, now: number): Answer {
    const expected = this.accounts.get(body.username ?? '');
    if (!expected || (body.password ?? '').toUpperCase() !== expected) {
      this.counts.loginsRefused++;
      return { status: 200, json: { maKetQua: '401' } };
    }
    this.counts.logins++;
    const accessToken = randomBytes(48).toString('base64');
    const idToken = randomUUID();
    const expiresAt = now + TOKEN_LIFE_MS;
    // A simulator left running for weeks of training must not keep every token it ever issued.
    if (this.tokens.size >= 1_000)
      for (const [k, t] of this.tokens) if (t.expiresAt <= now) this.tokens.delete(k);
    this.tokens.set(accessToken, { idToken, username: body.username!, expiresAt });
    // The real gateway writes 7 fractional digits ("2024-08-29T08:33:08.5454145Z").
    const expiresIn = new Date(expiresAt).toISOString().replace(/Z$/, '0000Z');
    return {
      status: 200,
      json: {
        maKetQua: '200',
        APIKey: {
          access_token: accessToken,
          id_token: idToken,
          token_type: 'Bearer',
          username: body.username,
          expires_in: expiresIn,
        },
      },
    };
  }

  private authorised(
    token: string,
    idToken: string,
    username: string,
    passwordMd5: string,
    now: number,
  ): boolean {
    const t = this.tokens.get(token);
    if (!t || t.expiresAt <= now) {
      if (t) this.tokens.delete(token);
      return false;
    }
    return (
      t.idToken === idToken &&
      t.username === username &&
      passwordMd5.toUpperCase() === this.accounts.get(username)
    );
  }

  private refuse(http401: boolean): Answer {
    this.counts.unauthorised++;
    return http401
      ? { status: 401, json: { Message: 'Authorization has been denied for this request.' } }
      : { status: 200, json: { maKetQua: '401' } };
  }

  /** POST /api/egw/KQNhanLichSuKCB2024?token&id_token&username&password. */
  check(query: URLSearchParams, body: Fields, now: number, http401: boolean): Answer {
    const username = query.get('username') ?? '';
    if (
      !this.authorised(
        query.get('token') ?? '',
        query.get('id_token') ?? '',
        username,
        query.get('password') ?? '',
        now,
      )
    )
      return this.refuse(http401);
    this.counts.checks++;
    const params: CheckParams = {
      maThe: (body.maThe ?? '').trim(),
      hoTen: body.hoTen ?? '',
      ngaySinh: body.ngaySinh ?? '',
      hoTenCb: body.hoTenCb ?? '',
      cccdCb: body.cccdCb ?? '',
    };
    return { status: 200, json: this.registry.check(params, { now, username }) };
  }

  /** POST /api/qd130/checkInKcbQd4750 (or 3176/130): headers accessToken/tokenId/passwordHash. */
  submit(headers: Fields, body: Fields, now: number, http401: boolean): Answer {
    const username = body.username ?? '';
    if (
      !this.authorised(
        headers.accesstoken ?? '',
        headers.tokenid ?? '',
        username,
        headers.passwordhash ?? '',
        now,
      )
    )
      return this.refuse(http401);
    const refuse = (thongDiep: string): Answer => {
      this.counts.submissionsRefused++;
      return { status: 200, json: { maKetQua: '400', thongDiep } };
    };
    const maCSKCB = body.maCSKCB ?? '';
    if (body.loaiHoSo !== '0') return refuse('loaiHoSo phải là 0 (hồ sơ XML0) / loaiHoSo must be 0');
    if (!/^[0-9A-Z]{5}$/.test(maCSKCB)) return refuse('maCSKCB không hợp lệ / maCSKCB must be 5 characters');
    if (body.maTinh !== maCSKCB.slice(0, 2))
      return refuse('maTinh không khớp maCSKCB / maTinh must be the first two digits of maCSKCB');
    const xml = decodeBase64Utf8(body.fileHSBase64 ?? '');
    if (xml === null)
      return refuse('fileHSBase64 không phải base64 UTF-8 hợp lệ / fileHSBase64 is not valid base64 UTF-8');
    const checked = checkXml0(xml, maCSKCB);
    if (!checked.ok)
      return refuse(`Hồ sơ XML0 không hợp lệ / invalid XML0: ${checked.problems.slice(0, 10).join('; ')}`);
    for (const maLk of checked.maLks) this.checkIns.set(maLk, (this.checkIns.get(maLk) ?? 0) + 1);
    this.counts.submissionsAccepted++;
    const received = vnStamp(now, true);
    return {
      status: 200,
      json: {
        maKetQua: '200',
        maGiaoDich: `${maCSKCB}${received}${String(++this.transactions).padStart(7, '0')}`,
        thoiGianTiepNhan: received,
        thongDiep: 'Tiếp nhận thành công',
      },
    };
  }
}
