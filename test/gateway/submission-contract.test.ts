// What the client puts on the wire for a check-in submission (bhxh-gateway.md §3): the simulator accepts
// every endpoint version and both MD5 cases, so only the recorded request shows the configured version,
// the three auth headers and the form fields were sent as documented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { demoConfig } from './gateway-fixtures';
import { xml } from './xml0-fixtures';

interface Sent {
  url: URL;
  headers: Headers;
  body: string;
  answer: Record<string, unknown>;
}

let sim: SimulatorHandle;
beforeAll(async () => (sim = await startSimulator()));
afterAll(() => sim.close());

function recordingClient(version?: '4750' | '3176') {
  const sent: Sent[] = [];
  const spy: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const answer = (await res.clone().json()) as Record<string, unknown>;
    sent.push({
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      body: String(init?.body),
      answer,
    });
    return res;
  };
  const over = version ? { submissionVersion: version } : {};
  return { sent, client: new GatewayClient(demoConfig(sim.url, over), { fetch: spy }) };
}

describe.each([
  [undefined, '/api/qd130/checkInKcbQd4750'],
  ['3176' as const, '/api/qd130/checkInKcbQd3176'],
])('submission version %s', (version, path) => {
  it(`posts to ${path} with the token headers, the form fields and the XML0 in base64`, async () => {
    const { sent, client } = recordingClient(version);
    const doc = xml(`LK-WIRE-${version ?? 'default'}`, { hoTen: 'Nguyễn Thị Ỷ' });
    const receipt = await client.submitCheckIn(doc, { maCSKCB: '01832' });
    expect(receipt.maGiaoDich).not.toBe('');

    const [login, submission] = sent;
    expect(sent).toHaveLength(2);
    expect(submission!.url.pathname).toBe(path);
    expect(login!.url.pathname).toBe('/api/token/take');
    const token = login!.answer.APIKey as { access_token: string; id_token: string };
    expect(submission!.headers.get('accessToken')).toBe(token.access_token);
    expect(submission!.headers.get('tokenId')).toBe(token.id_token);
    // CV 3190/BHXH-CNTT: MD5 hex of the password, upper case.
    const md5 = createHash('md5').update(trainingAccount.password).digest('hex').toUpperCase();
    expect(submission!.headers.get('passwordHash')).toBe(md5);
    expect(submission!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    const form = Object.fromEntries(new URLSearchParams(submission!.body));
    expect(Object.keys(form).sort()).toEqual(['fileHSBase64', 'loaiHoSo', 'maCSKCB', 'maTinh', 'username']);
    expect(form).toMatchObject({ username: '01832_BV', loaiHoSo: '0', maTinh: '01', maCSKCB: '01832' });
    // UTF-8 base64 of exactly the document: Vietnamese letters survive the round trip.
    expect(Buffer.from(form.fileHSBase64!, 'base64').toString('utf8')).toBe(doc);
    expect(submission!.body + submission!.url.search).not.toContain(trainingAccount.password);
  });
});
