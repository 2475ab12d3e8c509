// Gateway settings from flags and environment (shared by check, sync and checkin commands).
import { describe, expect, it } from 'vitest';
import { gatewaySettings, openGateway } from '../../electron/services/cli/gateway-options';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { hung } from './gateway-fixtures';

const env = {
  KCB_GATEWAY_URL: 'https://daotaoegw.baohiemxahoi.gov.vn',
  KCB_USERNAME: '01832_BV',
  KCB_PASSWORD: 'mat khau ',
  KCB_OFFICER_NAME: 'Trần Văn Minh',
  KCB_OFFICER_CCCD: '079085001234',
};

describe('gatewaySettings', () => {
  it('reads the environment; flags win; the password is kept as typed', () => {
    const s = gatewaySettings({ username: '79032_BV', 'timeout-ms': '1500' }, env);
    expect(s).toEqual({
      ok: true,
      trainingMode: false,
      config: {
        baseUrl: env.KCB_GATEWAY_URL,
        username: '79032_BV',
        password: 'mat khau ',
        officerName: 'Trần Văn Minh',
        officerCccd: '079085001234',
        submissionVersion: '4750',
        checkTimeoutMs: 1500,
        submitTimeoutMs: 1500,
      },
    });
  });

  it('names every missing setting; the officer may be optional for per-visit officers', () => {
    const partial = { KCB_GATEWAY_URL: env.KCB_GATEWAY_URL, KCB_USERNAME: 'u', KCB_PASSWORD: 'p' };
    const s = gatewaySettings({}, partial);
    expect(s.ok).toBe(false);
    if (!s.ok)
      expect(s.error.messageEn).toContain(
        '--officer-name / KCB_OFFICER_NAME, --officer-cccd / KCB_OFFICER_CCCD',
      );
    expect(gatewaySettings({}, partial, { officerOptional: true })).toMatchObject({
      ok: true,
      config: { officerName: '' },
    });
  });

  it('refuses a bad version, timeout or URL', () => {
    expect(gatewaySettings({ 'submission-version': '130' }, env)).toMatchObject({
      ok: false,
      error: { code: 'BAD_OPTION' },
    });
    expect(gatewaySettings({ 'timeout-ms': '0' }, env)).toMatchObject({ ok: false });
    expect(gatewaySettings({ gateway: 'egw.baohiemxahoi.gov.vn' }, env)).toMatchObject({ ok: false });
  });

  it('no gateway: training mode with the demo account, on an embedded simulator that answers', async () => {
    expect(gatewaySettings({}, {})).toMatchObject({
      ok: true,
      trainingMode: true,
      config: { username: trainingAccount.username },
    });
    const opened = await openGateway({}, {});
    if (!opened.ok) throw new Error('expected a gateway');
    try {
      expect(opened.gateway.trainingMode).toBe(true);
      expect(opened.gateway.config.baseUrl).toBe(opened.gateway.simulator!.url);
      expect((await opened.gateway.client.checkCard(hung)).code).toBe('000');
    } finally {
      await opened.gateway.close();
    }
  });
});

it("training mode registers the site's own account and desk officer in the embedded simulator", async () => {
  const site = {
    KCB_USERNAME: '12345_BV',
    KCB_PASSWORD: 'mat-khau-that',
    KCB_OFFICER_NAME: 'Lò Văn Páo',
    KCB_OFFICER_CCCD: '011090001234',
  };
  const opened = await openGateway({}, site);
  if (!opened.ok) throw new Error('expected a gateway');
  try {
    expect(opened.gateway.trainingMode).toBe(true);
    const r = await opened.gateway.client.checkCard(hung);
    expect([r.code, r.severity]).toEqual(['000', 'usable']);
  } finally {
    await opened.gateway.close();
  }
});
