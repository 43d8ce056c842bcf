import { main } from './digest';

// Entry point of `pacewise-digest` (bin/pacewise-digest.mjs runs it from source in a checkout).
main(
  process.argv.slice(2),
  (l) => process.stdout.write(`${l}\n`),
  (t) => process.stderr.write(t),
  { tty: !!process.stderr.isTTY },
).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`pacewise-digest: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
