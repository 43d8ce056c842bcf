import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The reference tables — commands in docs/commands.md, settings and keybindings in the README: every contribution of
// the manifest must be in them, so a new one without documentation fails `npm test`.
const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const commandsDoc = readFileSync(join(root, 'docs', 'commands.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[];
    keybindings: { command: string; key: string; mac?: string }[];
  };
};
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const cellsOf = (text: string) =>
  new Set(
    text
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .flatMap((l) => l.split(/(?<!\\)\|/).map((c) => c.trim()))
      .flatMap((c) => c.split(' / ').map((part) => part.trim())),
  );
const tableCells = cellsOf(readme);
const commandCells = cellsOf(commandsDoc);
const kbd = (key: string) =>
  key
    .split('+')
    .map((k) => `<kbd>${{ ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift', cmd: 'Cmd' }[k] ?? k.toUpperCase()}</kbd>`)
    .join('+');

describe('Reference tables (docs/commands.md, README)', () => {
  it('name every command of the manifest by its title', () => {
    const missing = manifest.contributes.commands
      .map((c) => (c.title.startsWith('%') ? nls[c.title.slice(1, -1)] : c.title))
      .filter((title) => !commandCells.has(title));
    assert.deepEqual(missing, []);
  });

  it('list every setting', () => {
    const config = manifest.contributes.configuration;
    const keys = (Array.isArray(config) ? config : [config]).flatMap((c) => Object.keys(c.properties));
    assert.deepEqual(
      keys.filter((k) => !tableCells.has(`\`${k}\``)),
      [],
    );
  });

  it('list every keybinding with its keys', () => {
    const rows = readme.split('\n').filter((l) => l.startsWith('|'));
    for (const k of manifest.contributes.keybindings) {
      const row = rows.find((r) => r.includes(`\`${k.command}\``));
      assert.ok(row, `${k.command} has no row`);
      assert.ok(row.includes(kbd(k.key)), `${k.command}: ${kbd(k.key)}`);
      if (k.mac) assert.ok(row.includes(kbd(k.mac)), `${k.command}: ${kbd(k.mac)}`);
    }
  });
});

describe('README quick start', () => {
  // The code block under "## Quick start": each line a command, a `#` comment after it.
  const block = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const commands = block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
  const ci = readFileSync(join(root, '.ci', 'run'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'));

  it('is what CI runs, in the same order, on a fresh clone', () => {
    assert.equal(commands.length, 2, 'the quick start is two commands: start, then test');
    const start = ci.findIndex((l) => l.includes(`scripts/start-smoke.mjs '${commands[0]}'`));
    const test = ci.findIndex((l) => l.trim() === commands[1]);
    assert.ok(start >= 0, `.ci/run does not run "${commands[0]}" through scripts/start-smoke.mjs`);
    assert.ok(test > start, `.ci/run does not run "${commands[1]}" after the first command`);
  });

  it('is not bypassed: CI installs nothing by other means before it', () => {
    const before = ci.slice(
      0,
      ci.findIndex((l) => l.includes('start-smoke')),
    );
    assert.deepEqual(
      before.filter((l) => /setup-host|npm (ci|install)|apt-get/.test(l)),
      [],
    );
  });
});
