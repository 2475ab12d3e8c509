// Gateway settings of the CLI commands that talk to BHXH (`check`, `sync`, `checkin`): flags, each with an
// environment variable fallback (so passwords need not sit in shell history), turned into a GatewayConfig.
// With no gateway URL at all the command runs against an in-process simulator: training mode (chế độ
// đào tạo), labelled in every result (issue #3).
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';
import { fill, gatewayErrors } from '../../../shared/gateway/result-codes';
import type { GatewayClientDeps, GatewayConfig } from '../gateway/gateway-client';
import { GatewayClient } from '../gateway/gateway-client';
import { badOption } from './cli-io';
import type { SimulatorHandle } from '../simulator/simulator';
import { trainingAccount } from '../simulator/seed-cards';

/** Spread into a parseArgs `options` object. */
export const gatewayOptions = {
  gateway: { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  'officer-name': { type: 'string' },
  'officer-cccd': { type: 'string' },
  'submission-version': { type: 'string' },
  'timeout-ms': { type: 'string' },
} as const;

export const gatewayOptionsHelp = `Gateway (each flag falls back to an environment variable):
  --gateway URL         KCB_GATEWAY_URL   (absent: embedded simulator, training mode / chế độ đào tạo)
  --username U          KCB_USERNAME      facility account, e.g. 01832_BV
  --password P          KCB_PASSWORD      (prefer the variable: flags end up in shell history)
  --officer-name N      KCB_OFFICER_NAME  the desk officer as registered with BHXH
  --officer-cccd C      KCB_OFFICER_CCCD
  --submission-version  4750 (default) or 3176
  --timeout-ms N        per-call timeout (default 10000 check / 30000 submission)`;

export interface GatewayOptionValues {
  gateway?: string;
  username?: string;
  password?: string;
  'officer-name'?: string;
  'officer-cccd'?: string;
  'submission-version'?: string;
  'timeout-ms'?: string;
}

export type GatewaySettings =
  | { ok: true; config: GatewayConfig; trainingMode: false }
  /** No gateway configured: `config` lacks only the simulator's URL. */
  | { ok: true; config: Omit<GatewayConfig, 'baseUrl'>; trainingMode: true }
  | { ok: false; error: CodedMessage };

export interface GatewaySettingsOptions {
  /**
   * For commands that check under each visit's own officer (`sync`): the officer flags may then be
   * absent, and the config carries empty officer fields for the caller to fill in.
   */
  officerOptional?: boolean;
}

export function gatewaySettings(
  values: GatewayOptionValues,
  env: NodeJS.ProcessEnv,
  opts: GatewaySettingsOptions = {},
): GatewaySettings {
  const pick = (flag: keyof GatewayOptionValues, name: string) =>
    (values[flag] ?? env[name] ?? '').trim() || undefined;
  const baseUrl = pick('gateway', 'KCB_GATEWAY_URL');
  const username = pick('username', 'KCB_USERNAME');
  // Not trimmed (a password may end in a space), but an empty variable counts as unset.
  const password = values.password || env.KCB_PASSWORD || undefined;
  const officerName = pick('officer-name', 'KCB_OFFICER_NAME');
  const officerCccd = pick('officer-cccd', 'KCB_OFFICER_CCCD');
  const bad = (detail: string) => ({ ok: false as const, error: badOption(detail) });
  const version = values['submission-version'] ?? '4750';
  if (version !== '4750' && version !== '3176') return bad('--submission-version 4750 | 3176');
  let timeouts = {};
  if (values['timeout-ms'] !== undefined) {
    const ms = Number(values['timeout-ms']);
    if (!Number.isInteger(ms) || ms <= 0) return bad('--timeout-ms must be a positive integer');
    timeouts = { checkTimeoutMs: ms, submitTimeoutMs: ms };
  }
  const common = { submissionVersion: version as '4750' | '3176', ...timeouts };
  if (!baseUrl)
    return {
      ok: true,
      trainingMode: true,
      config: {
        username: username ?? trainingAccount.username,
        password: password ?? trainingAccount.password,
        officerName: officerName ?? trainingAccount.officerName,
        officerCccd: officerCccd ?? trainingAccount.officerCccd,
        ...common,
      },
    };
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) return bad('--gateway must be an http(s) URL');
  const missing = [
    ['--username / KCB_USERNAME', username],
    ['--password / KCB_PASSWORD', password],
    ['--officer-name / KCB_OFFICER_NAME', officerName],
    ['--officer-cccd / KCB_OFFICER_CCCD', officerCccd],
  ]
    .filter(([n, v]) => !v && !(opts.officerOptional && n!.startsWith('--officer')))
    .map(([n]) => n!);
  if (missing.length) {
    const t = gatewayErrors.MISSING_GATEWAY_OPTION;
    const names = missing.join(', ');
    return {
      ok: false,
      error: coded('MISSING_GATEWAY_OPTION', { vi: fill(t.vi, { names }), en: fill(t.en, { names }) }),
    };
  }
  return {
    ok: true,
    trainingMode: false,
    config: {
      baseUrl,
      username: username!,
      password: password!,
      officerName: officerName ?? '',
      officerCccd: officerCccd ?? '',
      ...common,
    },
  };
}

export interface OpenGateway {
  client: GatewayClient;
  config: GatewayConfig;
  /** True when talking to the embedded simulator: label every result (chế độ đào tạo). */
  trainingMode: boolean;
  /** The embedded simulator, in training mode. */
  simulator: SimulatorHandle | null;
  /** Stops the embedded simulator, if any (the process can then exit). */
  close(): Promise<void>;
}

/** Settings → a ready client; starts the in-process simulator on an ephemeral port in training mode. */
export async function openGateway(
  values: GatewayOptionValues,
  env: NodeJS.ProcessEnv,
  deps: GatewayClientDeps = {},
  opts: GatewaySettingsOptions = {},
): Promise<{ ok: true; gateway: OpenGateway } | { ok: false; error: CodedMessage }> {
  const settings = gatewaySettings(values, env, opts);
  if (!settings.ok) return settings;
  if (!settings.trainingMode) {
    const config = settings.config;
    return {
      ok: true,
      gateway: {
        client: new GatewayClient(config, deps),
        config,
        trainingMode: false,
        simulator: null,
        close: async () => {},
      },
    };
  }
  const { startSimulator } = await import('../simulator/simulator');
  // The desk's own account and officer, when set, are registered too: training then runs with the settings
  // the site already has, instead of 401 or 054 (officer not on the list) at every practice check.
  const { username, password, officerName, officerCccd } = settings.config;
  const officers = officerName && officerCccd ? [{ name: officerName, cccd: officerCccd }] : [];
  const simulator = await startSimulator({ seed: { accounts: [{ username, password }], officers } });
  const config: GatewayConfig = { ...settings.config, baseUrl: simulator.url };
  return {
    ok: true,
    gateway: {
      client: new GatewayClient(config, deps),
      config,
      trainingMode: true,
      simulator,
      close: () => simulator.close(),
    },
  };
}
