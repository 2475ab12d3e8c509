// Child of the queue-number test: another desk process on the same file. Opens it, says `ready`, waits
// for `go` on stdin (so all desks start together), registers COUNT visits 1 ms apart, and prints
// their queue numbers. Run as `node --import tsx queue-child.ts FILE COUNT` with KCB_NOW set.
import { once } from 'node:events';
import { setTimeout } from 'node:timers/promises';
import { openDatabase } from '../../electron/services/store/database';
import { registerVisit } from '../../electron/services/visits/check-in';
import { sampleCheckIn } from './store-fixtures';

const [file, count] = process.argv.slice(2);
const db = openDatabase(file!);
const at = Number(process.env.KCB_NOW);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const numbers: string[] = [];
for (let i = 0; i < Number(count); i++) {
  numbers.push(registerVisit(db, sampleCheckIn(db), { now: () => at }).queueNumber);
  // A desk pauses between patients; without it one process may hog the CPU and the desks take turns.
  await setTimeout(1);
}
db.close();
process.stdout.write(JSON.stringify(numbers) + '\n');
process.exit(0);
