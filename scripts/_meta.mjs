import * as esbuild from 'esbuild';
const r = await esbuild.build({
  entryPoints: ['src/extension.ts'],
  outdir: '/tmp/metaout',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  metafile: true,
  write: false,
  legalComments: 'none',
});
const o = r.metafile.outputs['../../tmp/metaout/extension.js'];
const rows = Object.entries(o.inputs)
  .map(([f, i]) => [i.bytesInOutput, f])
  .sort((a, b) => b[0] - a[0]);
let t = 0;
for (const [b, f] of rows) {
  t += b;
  console.log(String(b).padStart(7), f);
}
console.log(t, o.bytes);
