import type { Database } from 'better-sqlite3';

/** One schema step (Signal's `ts/sql/migrations/`): tiny, numbered, never edited once shipped. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
