// Issue #3: no password, token or full card number / CCCD in logs. A whole session (login, checks by card
// and by CCCD, a submission, a refusal, an auth failure) through the client's log sink and its errors.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { GatewayLogEvent } from '../../electron/services/gateway/gateway-client';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { demoConfig, hung, rejection } from './gateway-fixtures';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { xml } from './xml0-fixtures';

it('log events and error texts carry no password, hash, token, full card number or CCCD', async () => {
  const sim = await startSimulator();
  try {
    const events: GatewayLogEvent[] = [];
    const tokens: string[] = [];
    const spy: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const body = (await res.clone().json()) as { APIKey?: { access_token: string; id_token: string } };
      if (body.APIKey) tokens.push(body.APIKey.access_token, body.APIKey.id_token);
      return res;
    };
    const client = new GatewayClient(demoConfig(sim.url), { fetch: spy, log: (e) => events.push(e) });
    await client.checkCard(hung);
    await client.checkCard({ ...hung, maThe: '001085012345' });
    await client.submitCheckIn(xml('LK-LOG'), { maCSKCB: '01832' });
    const refused = await rejection(
      client.submitCheckIn(xml('LK-LOG-2').replace('<GIOI_TINH>1</GIOI_TINH>', '<GIOI_TINH>9</GIOI_TINH>'), {
        maCSKCB: '01832',
      }),
    );
    const bad = new GatewayClient(demoConfig(sim.url, { password: 'mat-khau-sai' }), {
      log: (e) => events.push(e),
    });
    const auth = await rejection(bad.checkCard(hung));

    const md5 = createHash('md5').update(trainingAccount.password).digest('hex');
    const secrets = [trainingAccount.password, 'mat-khau-sai', md5, md5.toUpperCase(), ...tokens];
    const numbers = [hung.maThe, '001085012345', trainingAccount.officerCccd];
    const written = JSON.stringify([
      events,
      refused.message,
      refused.messageEn,
      auth.message,
      auth.messageEn,
    ]);
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    for (const s of [...secrets, ...numbers]) expect(written, s).not.toContain(s);
    // What a log should still say: which card, masked, and what happened.
    expect(events.map((e) => e.op)).toEqual([
      'login',
      'check',
      'check',
      'submit',
      'submit',
      'login',
      'check',
    ]);
    expect(events[1]).toMatchObject({ card: 'DN401*******789', outcome: '000' });
    expect(events[2]).toMatchObject({ card: '*********345', outcome: '000' });
    expect(events.slice(-2)).toMatchObject([
      { outcome: 'auth' },
      { outcome: 'auth', card: 'DN401*******789' },
    ]);
  } finally {
    await sim.close();
  }
});
