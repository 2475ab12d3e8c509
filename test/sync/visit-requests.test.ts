import { describe, expect, it } from 'vitest';
import { checkInRequestSchema, correctVisitRequestSchema } from '../../shared/visits/visit-requests';

describe('visit request schemas (IPC)', () => {
  it('accept what the desk sends and refuse the rest', () => {
    expect(checkInRequestSchema.safeParse({ raw: 'DN4010123456789', dob: '15/08/1985' }).success).toBe(true);
    expect(checkInRequestSchema.safeParse({ raw: '' }).success).toBe(false);
    expect(checkInRequestSchema.safeParse({ raw: 'x', offline: 'yes' }).success).toBe(false);
    expect(
      correctVisitRequestSchema.safeParse({ visitId: 'v', patch: { dateOfBirth: '1985-08-15' } }).success,
    ).toBe(true);
    expect(
      correctVisitRequestSchema.safeParse({ visitId: 'v', patch: { cardNumber: 'dn401' } }).success,
    ).toBe(false);
  });
});
