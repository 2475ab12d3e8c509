// The ordered list of schema steps; `user_version` = the number of steps applied. Append only.
import type { Migration } from './migration';
import { migration as m001 } from './001-visits';
import { migration as m002 } from './002-queue-counters';
import { migration as m003 } from './003-card-checks';
import { migration as m004 } from './004-outbox';
import { migration as m005 } from './005-audit-log';
import { migration as m006 } from './006-settings';
import { migration as m007 } from './007-sync-runner';
import { migration as m008 } from './008-training-visits';
import { migration as m009 } from './009-training-visits-index';

export type { Migration } from './migration';
export const migrations: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009];
