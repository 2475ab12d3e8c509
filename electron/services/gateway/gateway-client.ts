// Client of the BHXH egw gateway (../shared/docs/bhxh-gateway.md): login (token/take), card check
// (KQNhanLichSuKCB2024) and check-in submission (checkInKcbQd4750/3176). Plain Node; fetch and the clock
// are injected so tests run it against the simulator over real HTTP with a controllable clock.
import { createHash } from 'node:crypto';
import type { CardCheckResult } from '../../../shared/gateway/card-check-result';
import { toCardCheckResult } from '../../../shared/gateway/card-check-result';
import { toGatewayDob } from '../../../shared/gateway/gateway-dates';
import { cardCheckResponseSchema, submissionResponseSchema } from '../../../shared/gateway/schemas';
import type { CallControl } from './call-control';
import { callControl, untilDone } from './call-control';
import type { GatewayError } from './gateway-error';
import { malformedError, refusedError, tokenRefusedError } from './gateway-error';
import type { GatewayAnswer } from './gateway-http';
import { bodyCode, postToGateway } from './gateway-http';
import type { Token } from './login-token';
import { tokenFromLogin } from './login-token';
import { maskCardNumber } from './redact';

export type { CardCheckResult } from '../../../shared/gateway/card-check-result';

export interface GatewayConfig {
  /** `https://egw.baohiemxahoi.gov.vn`, the training host, or the simulator. */
  baseUrl: string;
  /** Facility account `<mã CSKCB>_BV`. */
  username: string;
  /** Plain password; only its MD5 leaves this object. */
  password: string;
  /** The staff member at the desk, as registered with BHXH (CV 1923: else 054/055). */
  officerName: string;
  officerCccd: string;
  submissionVersion?: '4750' | '3176';
  checkTimeoutMs?: number;
  submitTimeoutMs?: number;
}

export interface GatewayLogEvent {
  op: 'login' | 'check' | 'submit';
  ms: number;
  /** maKetQua, or the error kind. */
  outcome: string;
  /** Masked (`DN401*******001`): never a full card number in logs. */
  card?: string;
}

export interface GatewayClientDeps {
  fetch?: typeof fetch;
  now?: () => number;
  log?: (event: GatewayLogEvent) => void;
}

export interface CardCheckInput {
  /** 15-char card, 10-digit mã số BHXH or 12-digit CCCD. */
  maThe: string;
  hoTen: string;
  /** `dd/MM/yyyy` or `yyyy` (also accepted: `YYYY-MM-DD`, `YYYY-MM`; converted). */
  ngaySinh: string;
}

export interface SubmissionReceipt {
  maGiaoDich: string;
  /** `yyyyMMddHHmmss` as the gateway wrote it. */
  thoiGianTiepNhan: string | null;
}

export class GatewayClient {
  private readonly base: string;
  private readonly passwordMd5: string;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly log: (event: GatewayLogEvent) => void;
  private token: Token | null = null;
  private loginInFlight: Promise<Token> | null = null;
  /** How many logins went to the gateway (tests and diagnostics). */
  loginCount = 0;
  /**
   * True once an answer carried the simulator's mark: results then come from the training simulator,
   * whatever URL was configured, and must be labelled training mode (chế độ đào tạo, issue #3).
   */
  answeredBySimulator = false;

  constructor(
    private readonly config: GatewayConfig,
    deps: GatewayClientDeps = {},
  ) {
    this.base = config.baseUrl.replace(/\/+$/, '');
    // CV 3190/BHXH-CNTT: MD5 hex, upper case.
    this.passwordMd5 = createHash('md5').update(config.password, 'utf8').digest('hex').toUpperCase();
    this.fetch = deps.fetch ?? globalThis.fetch;
    this.now = deps.now ?? Date.now;
    this.log = deps.log ?? (() => {});
  }

  private get checkTimeoutMs() {
    return this.config.checkTimeoutMs ?? 10_000;
  }

  /**
   * Checks one card. Resolves for every maKetQua the gateway answers (known or not); rejects only with a
   * GatewayError for transport, authentication or unreadable answers. A dropped connection or a proxy 5xx
   * is retried once within the deadline: a check is a query, resending it is safe.
   */
  async checkCard(req: CardCheckInput, opts: { signal?: AbortSignal } = {}): Promise<CardCheckResult> {
    const sent = {
      maThe: req.maThe.replace(/\s+/g, '').toUpperCase(),
      hoTen: req.hoTen.normalize('NFC').trim().replace(/\s+/g, ' '),
      ngaySinh: toGatewayDob(req.ngaySinh) ?? req.ngaySinh.trim(),
    };
    const body = JSON.stringify({
      ...sent,
      // Same normalisation as the patient's name: a name pasted from a PDF or typed on a Mac is often
      // decomposed (NFD), and the officer is matched against BHXH's registered list (CV 1923: else 055).
      hoTenCb: this.config.officerName.normalize('NFC').trim().replace(/\s+/g, ' '),
      cccdCb: this.config.officerCccd.trim(),
    });
    const started = this.now();
    const ctl = callControl(this.checkTimeoutMs, opts.signal);
    try {
      const json = await this.authorised(ctl, true, (token) => {
        const query = new URLSearchParams({
          token: token.accessToken,
          id_token: token.idToken,
          username: this.config.username,
          password: this.passwordMd5,
        });
        return this.send(`${this.base}/api/egw/KQNhanLichSuKCB2024?${query}`, ctl, {
          headers: { 'content-type': 'application/json' },
          body,
        });
      });
      const parsed = cardCheckResponseSchema.safeParse(json);
      if (!parsed.success) throw malformedError(200, false);
      this.log({
        op: 'check',
        ms: this.now() - started,
        outcome: parsed.data.maKetQua,
        card: maskCardNumber(sent.maThe),
      });
      return toCardCheckResult(parsed.data, sent, json, { username: this.config.username, now: this.now() });
    } catch (e) {
      this.log({
        op: 'check',
        ms: this.now() - started,
        outcome: (e as GatewayError).kind ?? 'error',
        card: maskCardNumber(sent.maThe),
      });
      throw e;
    } finally {
      ctl.done();
    }
  }

  /**
   * Sends one XML0 document. Never resent here after a transport failure: the gateway may have recorded it
   * before the connection dropped, so the caller's outbox decides (MA_LK is stable, a resend is harmless).
   * Only a 401 (nothing was processed) is retried after a fresh login.
   */
  async submitCheckIn(
    xml0: string,
    opts: { maCSKCB: string; signal?: AbortSignal },
  ): Promise<SubmissionReceipt> {
    const version = this.config.submissionVersion ?? '4750';
    const form = new URLSearchParams({
      username: this.config.username,
      loaiHoSo: '0',
      maTinh: opts.maCSKCB.slice(0, 2),
      maCSKCB: opts.maCSKCB,
      fileHSBase64: Buffer.from(xml0, 'utf8').toString('base64'),
    }).toString();
    const started = this.now();
    const ctl = callControl(this.config.submitTimeoutMs ?? 30_000, opts.signal);
    try {
      const json = await this.authorised(ctl, false, (token) =>
        this.send(`${this.base}/api/qd130/checkInKcbQd${version}`, ctl, {
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accessToken: token.accessToken,
            tokenId: token.idToken,
            passwordHash: this.passwordMd5,
          },
          body: form,
        }),
      );
      const parsed = submissionResponseSchema.safeParse(json);
      if (!parsed.success) throw malformedError(200, false);
      const r = parsed.data;
      this.log({ op: 'submit', ms: this.now() - started, outcome: r.maKetQua });
      if (r.maKetQua !== '200') throw refusedError(r.maKetQua, r.thongDiep);
      // Accepted without a transaction id: treat as unreadable; a resend under the same MA_LK is harmless.
      if (!r.maGiaoDich) throw malformedError(200, true);
      return { maGiaoDich: r.maGiaoDich, thoiGianTiepNhan: r.thoiGianTiepNhan || null };
    } catch (e) {
      if ((e as GatewayError).kind !== 'gateway')
        this.log({ op: 'submit', ms: this.now() - started, outcome: (e as GatewayError).kind ?? 'error' });
      throw e;
    } finally {
      ctl.done();
    }
  }

  /** True when the gateway accepts a login now (the sync worker's "is it back?"). Never throws. */
  async probe(opts: { signal?: AbortSignal } = {}): Promise<boolean> {
    const ctl = callControl(this.checkTimeoutMs, opts.signal);
    try {
      this.token = null;
      await this.login(ctl);
      return true;
    } catch {
      return false;
    } finally {
      ctl.done();
    }
  }

  /** Forgets the cached token (e.g. after the settings changed). */
  invalidateToken(): void {
    this.token = null;
  }

  /**
   * Runs `call` with a valid token. On 401 (HTTP status or maKetQua in the body: expired tokens come back
   * as HTTP 200 + "401", bhxh-gateway.md §4) logs in again once and retries once.
   */
  private async authorised(
    ctl: CallControl,
    idempotent: boolean,
    call: (t: Token) => Promise<GatewayAnswer>,
  ): Promise<unknown> {
    let relogged = false;
    let resent = false;
    // One resend after a dropped connection or a proxy 5xx: always for the login (it changes nothing),
    // for the call itself only when it is a query.
    const mayResend = (e: unknown, safe: boolean) => {
      const err = e as GatewayError;
      const transient = err.kind === 'network' || (err.kind === 'http' && err.retryable);
      if (!safe || !transient || resent || ctl.signal.aborted) return false;
      return (resent = true);
    };
    for (;;) {
      let token: Token;
      try {
        token = this.token && this.now() < this.token.renewAt ? this.token : await this.login(ctl);
      } catch (e) {
        if (mayResend(e, true)) continue;
        throw e;
      }
      let answer: GatewayAnswer;
      try {
        answer = await call(token);
      } catch (e) {
        if (mayResend(e, idempotent)) continue;
        throw e;
      }
      if (answer.status === 401 || bodyCode(answer.json) === '401') {
        if (relogged) throw tokenRefusedError(answer.status === 401 ? 401 : undefined);
        relogged = true;
        if (this.token === token) this.token = null;
        continue;
      }
      return answer.json;
    }
  }

  /** One login at a time: concurrent callers share it, each still bounded by its own deadline. */
  private login(ctl: CallControl): Promise<Token> {
    if (!this.loginInFlight) {
      const own = callControl(this.checkTimeoutMs);
      const p = this.requestToken(own).finally(() => {
        own.done();
        this.loginInFlight = null;
      });
      p.catch(() => {}); // a caller that gave up must not leave an unhandled rejection behind
      this.loginInFlight = p;
    }
    return untilDone(this.loginInFlight, ctl);
  }

  private async requestToken(ctl: CallControl): Promise<Token> {
    const started = this.now();
    this.loginCount++;
    try {
      // CV 3190/BHXH-CNTT: form body, username + MD5 of the password.
      const answer = await this.send(`${this.base}/api/token/take`, ctl, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: this.config.username, password: this.passwordMd5 }).toString(),
      });
      this.token = tokenFromLogin(answer, this.now());
      this.log({ op: 'login', ms: this.now() - started, outcome: '200' });
      return this.token;
    } catch (e) {
      this.log({ op: 'login', ms: this.now() - started, outcome: (e as GatewayError).kind ?? 'error' });
      throw e;
    }
  }

  private async send(
    url: string,
    ctl: CallControl,
    init: { headers: Record<string, string>; body: string },
  ): Promise<GatewayAnswer> {
    const answer = await postToGateway(this.fetch, url, ctl, init);
    if (answer.fromSimulator) this.answeredBySimulator = true;
    return answer;
  }
}
