// A hand-written --seed file: its mistakes are named when the simulator starts (CLI exit 1), and a good
// one adds cards that answer over HTTP.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { runCli } from '../support/run-cli';
import { demoConfig } from './gateway-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'kcb-seed-'));
const file = (name: string, json: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
};
const lan = {
  maThe: 'DN4010100099999',
  hoTen: 'Lê Thị Lan',
  ngaySinh: '1980',
  gioiTinh: 'Nữ',
  diaChi: 'Hà Nội',
  maDKBD: '01832',
  cqBHXH: 'BHXH quận Hà Đông',
  gtTheTu: '01/01/2020',
  gtTheDen: '31/12/2099',
};

it('a card without validity dates or name is refused at start, naming each field', async () => {
  const { gtTheTu: _from, gtTheDen: _to, ...undated } = lan;
  const path = file('bad.json', { cards: [lan, { ...undated, hoTen: ' ', ngaySinh: '1980-01-01' }] });
  const start = startSimulator({ seedFile: path });
  await expect(start).rejects.toThrow(/cards\[1\]\.hoTen: is required/);
  await expect(start).rejects.toThrow(/cards\[1\]\.ngaySinh: must be dd\/MM\/yyyy or yyyy/);
  await expect(start).rejects.toThrow(/cards\[1\]\.gtTheTu/);
});

it('kcb-checkin simulator --seed with a broken file exits 1 with the problem', async () => {
  const r = await runCli(['simulator', '--port', '0', '--seed', file('broken.json', '{"cards": [')]);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'BAD_OPTION' } });
  expect(JSON.parse(r.stdout).error.messageEn).toContain('broken.json');
});

it('a good file adds its card to the demo registry', async () => {
  const sim = await startSimulator({ seedFile: file('good.json', { cards: [lan] }) });
  try {
    const client = new GatewayClient(demoConfig(sim.url));
    expect((await client.checkCard({ ...lan, ngaySinh: '1980' })).code).toBe('000');
    expect(
      (await client.checkCard({ maThe: '0123456789', hoTen: 'Đặng Văn Hùng', ngaySinh: '1985' })).code,
    ).toBe('000');
  } finally {
    await sim.close();
  }
});
