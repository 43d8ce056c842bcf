// The digest in a worker thread of the editor's extension host (Build Organisation Digest…): the command line's own
// run, its progress posted back, so the extension host never waits on the files and git processes it reads.
import { parentPort, workerData } from 'node:worker_threads';
import { main } from './digest';

export type DigestWorkerMessage =
  { type: 'progress'; read: number; total: number } | { type: 'done'; code: number; said: string; errors: string };

const post = (m: DigestWorkerMessage) => parentPort?.postMessage(m);
const { argv } = workerData as { argv: string[] };
let said = '';
let errors = '';
let last = 0;
main(
  argv,
  (line) => (said += `${line}\n`),
  (text) => (errors += text),
  {
    tty: false,
    onProgress: (read, total) => {
      // At most ten reports a second: the notification cannot show more.
      if (read === total || Date.now() - last > 100) {
        last = Date.now();
        post({ type: 'progress', read, total });
      }
    },
  },
).then(
  (code) => post({ type: 'done', code, said, errors }),
  (e: Error) => post({ type: 'done', code: 1, said, errors: `${errors}${e.message}\n` }),
);
