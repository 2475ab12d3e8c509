import { describe, expect, it } from 'vitest';
import { vnClock, vnDate, vnIsoStamp, vnStamp, vnStampToEpoch, vnTime } from '../../shared/time/vietnam-time';

describe('Vietnam wall-clock time, whatever the host zone', () => {
  const eveningUtc = Date.UTC(2026, 10, 23, 19, 5, 9); // 23/11 19:05:09 UTC = 24/11 02:05:09 in Hà Nội

  it('crosses midnight seven hours before UTC does', () => {
    expect(vnDate(eveningUtc)).toBe('2026-11-24');
    expect(vnDate(Date.UTC(2026, 10, 23, 16, 59))).toBe('2026-11-23');
    expect(vnDate(Date.UTC(2026, 10, 23, 17, 0))).toBe('2026-11-24');
    expect(vnClock(eveningUtc)).toEqual({ year: 2026, month: 11, day: 24, hour: 2, minute: 5, second: 9 });
  });

  it('stamps XML0 / gateway times and ISO exports in +07:00', () => {
    expect(vnStamp(eveningUtc)).toBe('202611240205');
    expect(vnStamp(eveningUtc, true)).toBe('20261124020509');
    expect(vnIsoStamp(eveningUtc)).toBe('2026-11-24T02:05:09+07:00');
  });

  it('round-trips stamps and wall-clock times, and refuses impossible ones', () => {
    expect(vnStampToEpoch('202611240205')).toBe(vnTime(2026, 11, 24, 2, 5));
    expect(vnTime(2026, 11, 24, 2, 5)).toBe(Date.UTC(2026, 10, 23, 19, 5));
    expect(vnStampToEpoch('202602300800')).toBeNull();
    expect(vnStampToEpoch('202611242460')).toBeNull();
  });
});
