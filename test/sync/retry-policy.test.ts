import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  authError,
  httpError,
  malformedError,
  networkError,
  refusedError,
  timeoutError,
} from '../../electron/services/gateway/gateway-error';
import { defaultBackoff, fullJitterDelay } from '../../electron/services/sync/backoff';
import { classifyFailure, Xml0ValidationError } from '../../electron/services/sync/failure-policy';

describe('full-jitter back-off', () => {
  it('stays within [0, min(cap, base·2^(n−1))]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 0.9999999, noNaN: true }),
        (n, r) => {
          const d = fullJitterDelay(n, defaultBackoff, () => r);
          const ceiling = Math.min(defaultBackoff.capMs, defaultBackoff.baseMs * 2 ** (n - 1));
          return d >= 0 && d <= ceiling;
        },
      ),
    );
    expect(fullJitterDelay(1, defaultBackoff, () => 0.999)).toBe(1998);
    expect(fullJitterDelay(50, defaultBackoff, () => 0.999)).toBe(599_400);
  });
});

describe('which failures are retried', () => {
  const cases: [string, unknown, boolean][] = [
    ['network', networkError(new Error('ECONNRESET')), true],
    ['timeout', timeoutError(), true],
    ['HTTP 502', httpError(502), true],
    ['HTML page on 200', malformedError(200, true), true],
    ['401 after the re-login', authError('401'), true],
    ['gateway 101', refusedError('101', 'Lỗi server'), true],
    ['gateway 100', refusedError('100', ''), true],
    ['HTTP 404', httpError(404), false],
    ['gateway 205', refusedError('205', 'Lỗi sai định dạng tham số'), false],
    ['gateway 054', refusedError('054', ''), false],
    ['our own XML0', new Xml0ValidationError('MA_CSKCB must be 5 characters'), false],
  ];
  for (const [name, err, retryable] of cases) {
    it(`${name} → ${retryable ? 'retry' : 'FAILED for staff'}`, () => {
      const f = classifyFailure(err);
      expect(f.retryable).toBe(retryable);
      expect(f.error.code).toBeTruthy();
      expect(f.error.message).toBeTruthy();
      expect(f.error.messageEn).toBeTruthy();
    });
  }
});
