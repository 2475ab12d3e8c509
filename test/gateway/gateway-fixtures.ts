// A real simulator on 127.0.0.1 and a client configured with the demo account, for the gateway suites.
import type { GatewayClientDeps, GatewayConfig } from '../../electron/services/gateway/gateway-client';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import type { SimulatorOptions } from '../../electron/services/simulator/simulator';
import { startSimulator } from '../../electron/services/simulator/simulator';

export const demoConfig = (baseUrl: string, over: Partial<GatewayConfig> = {}): GatewayConfig => ({
  baseUrl,
  username: trainingAccount.username,
  password: trainingAccount.password,
  officerName: trainingAccount.officerName,
  officerCccd: trainingAccount.officerCccd,
  checkTimeoutMs: 2_000,
  submitTimeoutMs: 2_000,
  ...over,
});

export const hung = { maThe: 'DN4010123456789', hoTen: 'Đặng Văn Hùng', ngaySinh: '15/08/1985' };

export async function bench(
  opts: SimulatorOptions = {},
  over: Partial<GatewayConfig> = {},
  deps: GatewayClientDeps = {},
) {
  const sim = await startSimulator(opts);
  const client = new GatewayClient(demoConfig(sim.url, over), deps);
  return { sim, client };
}

/** Resolves to the rejection of `p` (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}
