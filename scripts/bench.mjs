// `npm run bench`: figures, not pass/fail. Builds and packages, then runs out/scripts/bench.js, which prints the
// table and writes it to docs/benchmarks.md.
import { prepareHostRun, step } from './steps.mjs';

prepareHostRun();
step(process.execPath, ['out/scripts/bench.js', ...process.argv.slice(2)]);
