// Client-generated identity of a visit (offline-queue.md, after OpenMRS O3): made once at check-in, so a
// replayed submission can never create a second episode at BHXH. MA_LK is the same UUID without dashes
// (32 chars, QĐ 4750 allows ≤ 100) — unique across desks and machines without any coordination.
import { randomUUID } from 'node:crypto';

export interface VisitIdentity {
  id: string;
  maLk: string;
}

export function newVisitIdentity(uuid: () => string = randomUUID): VisitIdentity {
  const id = uuid();
  return { id, maLk: id.replace(/-/g, '').toUpperCase() };
}
