// Mocha root hook: prints the closing "N passed, N failed" line the CI reads, after mocha's own report.
let passed = 0;
let failed = 0;
exports.mochaHooks = {
  afterEach() {
    if (this.currentTest?.state === 'passed') passed++;
    else if (this.currentTest?.state === 'failed') failed++;
  },
};
process.on('exit', () => console.log(`unit: ${passed} passed, ${failed} failed`));
