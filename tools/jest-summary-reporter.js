// Records each jest run's counts so `npm test` can print one closing line for the whole suite.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options = {}) {
    this.name = options.name ?? globalConfig.rootDir.split(/[\\/]/).slice(-2).join('-');
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.DONDOC_TEST_SUMMARY_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0),
      skipped: results.numPendingTests + results.numTodoTests,
    };
    writeFileSync(join(dir, `${this.name}-${process.pid}.json`), JSON.stringify(counts));
  }
}

module.exports = SummaryReporter;
