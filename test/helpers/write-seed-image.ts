// Writes the seeded database image of the default configuration to the path
// given and prints its key (run by test/run-node-tests.ts before the tests).
import { writeSeededImage } from './test-server.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: write-seed-image.ts <path>');
process.stdout.write(await writeSeededImage(path));
