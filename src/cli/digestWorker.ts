// The digest in a worker thread of the editor's extension host (Build Organisation Digest…): the command line's own
// run, its progress posted back, so the extension host never waits on the files and git processes it reads.
import { parentPort, workerData } from 'node:worker_threads';
import { main } from './digest';

export type DigestWorkerMessage =
  { type: 'progress'; read: number; total: number } | { type: 'done'; code: number; notRead: number; errors: string };

const post = (m: DigestWorkerMessage) => parentPort?.postMessage(m);
const { argv } = workerData as { argv: string[] };
let errors = '';
let notRead = 0;
let last = 0;
main(
  argv,
  () => undefined,
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
    onWritten: (run) => (notRead = run.failed.length),
  },
).then(
  (code) => post({ type: 'done', code, notRead, errors }),
  (e: Error) => post({ type: 'done', code: 1, notRead, errors: `${errors}${e.message}\n` }),
);
