// The desk's check-in against the real gateway client and the simulator over loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { findClinic } from '../../electron/services/store/settings';
import { cardChecksOf } from '../../electron/services/visits/card-checks';
import { checkInFromRequest } from '../../electron/services/visits/check-in-request';
import { checkInAtDesk } from '../../electron/services/visits/desk-check-in';
import { bhytQr, fifteenCharCard } from '../support/payloads';
import type { DeskCheckInRequest } from '../../electron/services/visits/desk-check-in';
import type { SyncBed } from './sync-fixtures';
import { accountFor, hung, officer, outboxRows, syncBed } from './sync-fixtures';

let bed: SyncBed | null = null;
afterEach(async () => {
  await bed?.close();
  bed = null;
});

function request(b: SyncBed, over: Partial<DeskCheckInRequest> = {}): DeskCheckInRequest {
  return {
    patient: { ...hung, gender: 3, registeredFacility: null },
    officer,
    facilityCode: trainingAccount.maCSKCB,
    deskPrefix: 'A',
    clinic: findClinic(b.db, 'K01')!,
    ...over,
  };
}

describe('check-in at the desk', () => {
  it('verifies the card online, takes the card details BHXH returns, and queues only the submission', async () => {
    bed = await syncBed();
    const out = await checkInAtDesk(bed.db, request(bed), new GatewayClient(accountFor(bed.sim)));
    if (!out.ok) throw new Error(out.error.messageEn);
    expect(out.visit).toMatchObject({
      cardStatus: 'verified',
      cardVerified: true,
      patient: { gender: 1, registeredFacility: '01832', cardValidTo: expect.stringMatching(/-12-31$/) },
    });
    expect(out.unverifiedReason).toBeNull();
    expect(cardChecksOf(bed.db, out.visit.id)).toEqual([
      expect.objectContaining({ source: 'desk', code: '000' }),
    ]);
    expect(outboxRows(bed.db, out.visit.id).map((r) => r.kind)).toEqual(['submit']);
  });

  it('registers "card not verified yet" when the gateway does not answer', async () => {
    bed = await syncBed({ outageUntil: Date.now() + 60_000 });
    const client = new GatewayClient({ ...accountFor(bed.sim), checkTimeoutMs: 500 });
    const out = await checkInAtDesk(bed.db, request(bed), client);
    if (!out.ok) throw new Error(out.error.messageEn);
    expect(out.visit).toMatchObject({ cardStatus: 'unverified', cardVerified: false, queueNumber: 'A-001' });
    expect(out.unverifiedReason?.code).toMatch(/^GATEWAY_/);
    expect(outboxRows(bed.db, out.visit.id).map((r) => r.kind)).toEqual(['card-check', 'submit']);
  });

  it('registers unverified when our officer is not on the BHXH list (054): an admin must fix it, the patient still gets a number', async () => {
    bed = await syncBed();
    const stranger = { name: 'Người Lạ', cccd: '001099999999' };
    const client = new GatewayClient({
      ...accountFor(bed.sim),
      officerName: stranger.name,
      officerCccd: stranger.cccd,
    });
    const out = await checkInAtDesk(bed.db, request(bed, { officer: stranger }), client);
    if (!out.ok) throw new Error(out.error.messageEn);
    expect(out.visit.cardStatus).toBe('unverified');
    expect(out.unverifiedReason?.code).toBe('054');
  });

  it('refuses a card BHXH blocks (070 wrong DOB) and keeps the answer, without a visit or a queue number', async () => {
    bed = await syncBed();
    const out = await checkInAtDesk(
      bed.db,
      request(bed, { patient: { ...hung, dateOfBirth: '1985-08-16' } }),
      new GatewayClient(accountFor(bed.sim)),
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe('CARD_070');
    expect(out.cardCheck?.suggestion).toMatchObject({ kind: 'retry-with-dob' });
    expect(bed.db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 0 });
    expect(bed.db.prepare('SELECT count(*) AS n FROM queue_counters').get()).toEqual({ n: 0 });
    expect(bed.db.prepare('SELECT visit_id, code, source FROM card_checks').all()).toEqual([
      { visit_id: null, code: '070', source: 'desk' },
    ]);
    expect(bed.db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'card-refused' }]);
  });

  it('takes a BHYT QR through the parser into an offline visit, with the facility from settings or the fallback', async () => {
    bed = await syncBed();
    const ctx = {
      officer,
      training: false,
      gateway: () => Promise.reject(new Error('offline: the gateway must not be opened')),
    };
    const noFacility = await checkInFromRequest(bed.db, { raw: bhytQr(fifteenCharCard), offline: true }, ctx);
    expect(noFacility).toMatchObject({ ok: false, error: { code: 'FACILITY_REQUIRED' } });
    const out = await checkInFromRequest(
      bed.db,
      { raw: bhytQr(fifteenCharCard) + '\r\n', offline: true },
      { ...ctx, fallbackFacility: '79032' },
    );
    if (!out.ok) throw new Error(out.error.messageEn);
    expect(out.visit).toMatchObject({
      facilityCode: '79032',
      cardStatus: 'unverified',
      patient: {
        fullName: 'Đặng Thị Ỷ',
        dateOfBirth: '1994-03-07',
        gender: 2,
        cardNumber: 'DN4797912345678',
        registeredFacility: '79032',
        cardValidTo: '2026-12-31',
      },
    });
    const typed = await checkInFromRequest(
      bed.db,
      { raw: 'DN4010123456789', name: 'Đặng Văn Hùng', dob: '32/01/1985', offline: true },
      { ...ctx, facilityOverride: '01832' },
    );
    expect(typed).toMatchObject({ ok: false, error: { code: 'BAD_DOB' } });
  });
});
