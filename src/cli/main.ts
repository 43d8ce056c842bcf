import { main } from './round';

// Entry point of `pacewise-round` (bin/pacewise-round.mjs runs it from source in a checkout).
main(
  process.argv.slice(2),
  (l) => process.stdout.write(`${l}\n`),
  (l) => process.stderr.write(`${l}\n`),
).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`pacewise-round: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
