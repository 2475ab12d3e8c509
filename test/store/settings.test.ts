import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/services/store/database';
import {
  findClinic,
  listClinics,
  readSettings,
  upsertClinic,
  writeSettings,
} from '../../electron/services/store/settings';
import { tempDbFile } from './store-fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

describe('settings', () => {
  it('have a default clinic out of the box, and keep what the admin sets across restarts', () => {
    const t = tempDbFile();
    cleanup = t.cleanup;
    let db = openDatabase(t.file);
    expect(readSettings(db)).toEqual({ facilityCode: null, deskPrefix: 'A', defaultClinic: 'K01' });
    expect(listClinics(db)).toEqual([
      { code: 'K01', name: 'Phòng khám Nội tổng hợp', serviceCode: '02.1896', serviceName: 'Khám Nội' },
    ]);
    writeSettings(db, { facilityCode: '01832', deskPrefix: 'B' });
    upsertClinic(db, { code: 'K02', name: 'Phòng khám Nhi', serviceCode: '02.03', serviceName: 'Khám Nhi' });
    db.close();

    db = openDatabase(t.file);
    expect(readSettings(db)).toEqual({ facilityCode: '01832', deskPrefix: 'B', defaultClinic: 'K01' });
    expect(findClinic(db, 'K02')).toMatchObject({ serviceName: 'Khám Nhi' });
    expect(findClinic(db, 'K99')).toBeNull();
    db.close();
  });
});
