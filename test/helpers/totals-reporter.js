/**
 * Prints the run's totals as one plain line, `jest: N passed, N failed, N skipped`, after jest's
 * own summary. CI reads a run's closing line to know that tests ran, and jest's "Tests: … total"
 * is not a form it reads. With CANOPY_TEST_TOTALS set, the counts are also appended to that file,
 * so .ci/run can close on the totals of all its runs.
 */
const fs = require('node:fs');

class TotalsReporter {
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    process.stdout.write(`jest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    if (process.env.CANOPY_TEST_TOTALS)
      fs.appendFileSync(process.env.CANOPY_TEST_TOTALS, `${JSON.stringify(counts)}\n`);
  }
}

module.exports = TotalsReporter;
