// One gateway client per officer, sharing the facility account: each keeps its own token, and each card
// check carries that officer's name + CCCD (CV 1923/BHXH-CNTT) — a visit is never re-checked under the
// identity of whoever runs the sync.
import type { GatewayClientDeps, GatewayConfig } from '../gateway/gateway-client';
import { GatewayClient } from '../gateway/gateway-client';
import type { Officer } from '../visits/check-in';
import type { GatewayForOfficer } from './gateway-port';

export function gatewayPool(account: GatewayConfig, deps: GatewayClientDeps = {}): GatewayForOfficer {
  const clients = new Map<string, GatewayClient>();
  return (officer: Officer) => {
    const key = `${officer.cccd}\u0000${officer.name}`;
    let client = clients.get(key);
    if (!client) {
      client = new GatewayClient({ ...account, officerName: officer.name, officerCccd: officer.cccd }, deps);
      clients.set(key, client);
    }
    return client;
  };
}
