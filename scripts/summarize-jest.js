// Sums Jest --json result files into the closing line CI reads:
// "N passed, N failed, N skipped", with a line per suite set before it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const result = JSON.parse(readFileSync(file, 'utf8'));
  const s = result.numPendingTests + result.numTodoTests;
  console.log(`${basename(file, '.json').padEnd(8)} ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${s} skipped`);
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
