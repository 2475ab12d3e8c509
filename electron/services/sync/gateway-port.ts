// What the sync needs of the gateway client (electron/services/gateway/gateway-client.ts). The client is
// built per officer: the card re-check must go out under the name + CCCD of the officer who registered
// the visit (CV 1923/BHXH-CNTT), never under whoever happens to run the sync.
import type { CardCheckRequest, CardCheckResult } from '../../../shared/gateway/card-check-result';
import type { Officer } from '../visits/check-in';

export interface SyncGateway {
  checkCard(req: CardCheckRequest, opts?: { signal?: AbortSignal }): Promise<CardCheckResult>;
  submitCheckIn(
    xml0: string,
    opts: { maCSKCB: string; signal?: AbortSignal },
  ): Promise<{ maGiaoDich: string; thoiGianTiepNhan: string | null }>;
}

export type GatewayForOfficer = (officer: Officer) => SyncGateway;
