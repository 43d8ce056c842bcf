import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from './round';

// `pacewise-round` against real folders: init, draw, verify, and the bad files a shared repository brings.

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function space(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-space-'));
  assert.equal((await run('init', '--space', root)).code, 0);
  return root;
}

async function profile(root: string, n: number, fields: Record<string, unknown>): Promise<string> {
  const file = path.join(root, 'profiles', `${uuid(n)}.json`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify({ schema: 'pacewise.mentorProfile', v: '1.0', id: uuid(n), ...fields }));
  return file;
}

async function roster(root: string) {
  await profile(root, 1, { handle: 'ana', team: 'Payments', roles: ['mentor'], offers: ['meetingLoad'], capacity: 2 });
  await profile(root, 2, { handle: 'ben', team: 'Search', roles: ['mentee'], wants: ['meetingLoad'] });
  await profile(root, 3, { handle: 'cy', team: 'Payments', roles: ['mentee'], wants: ['meetingLoad'] });
}

describe('pacewise-round (CLI)', function () {
  this.timeout(20_000);

  it('init writes the README and a default charter, and never replaces them', async () => {
    const root = await space();
    const charter = path.join(root, 'charter.json');
    await fs.writeFile(charter, '{"mine": true}');
    const again = await run('init', '--space', root);
    assert.match(again.out, /kept charter\.json/);
    assert.equal(await fs.readFile(charter, 'utf8'), '{"mine": true}');
    assert.match(await fs.readFile(path.join(root, 'README.md'), 'utf8'), /Pacewise never\s+commits/);
  });

  it('draws a round across teams, writes it once, and verifies it', async () => {
    const root = await space();
    await roster(root);
    const drawn = await run('draw', '--space', root, '--week', '2026-W49');
    assert.equal(drawn.code, 0, drawn.err);
    assert.match(drawn.out, /ana → ben \(meeting load\): both work on meeting load/);
    assert.match(
      drawn.out,
      /unmatched mentee cy: the mentors who offer their topics|unmatched mentee cy: nobody in another team/,
    );
    const file = path.join(root, 'rounds', '2026-W49.json');
    const text = await fs.readFile(file, 'utf8');
    assert.match(JSON.parse(text).inputsHash, /^sha256:[0-9a-f]{64}$/);
    const twice = await run('draw', '--space', root, '--week', '2026-W49');
    assert.equal(twice.code, 1);
    assert.match(twice.err, /already drawn/);
    assert.equal(await fs.readFile(file, 'utf8'), text, 'the round file is not rewritten');
    const verified = await run('verify', '--space', root);
    assert.equal(verified.code, 0, verified.out);
    assert.match(verified.out, /round 2026-W49: verified/);
  });

  it('the next round comes a rotation later, and the mentee left over is matched first', async () => {
    const root = await space();
    await roster(root);
    await profile(root, 4, { handle: 'dee', team: 'Search', roles: ['mentee'], wants: ['meetingLoad'] });
    await fs.writeFile(
      path.join(root, 'charter.json'),
      JSON.stringify({ schema: 'pacewise.charter', v: '1.0', menteeCap: 1, repeatAfterRounds: 0 }),
    );
    assert.equal((await run('draw', '--space', root, '--week', '2027-W01')).code, 0);
    const first = JSON.parse(await fs.readFile(path.join(root, 'rounds', '2027-W01.json'), 'utf8'));
    const waited = first.unmatched.find(
      (u: { role: string; reason: string }) => u.role === 'mentee' && u.reason === 'placesTaken',
    );
    assert.ok(waited, 'one of ben and dee waits');
    const second = await run('draw', '--space', root);
    assert.equal(second.code, 0, second.err);
    const next = JSON.parse(await fs.readFile(path.join(root, 'rounds', '2027-W07.json'), 'utf8'));
    assert.equal(next.pairs[0].mentee, waited.id);
    assert.equal(next.pairs[0].waited, true);
  });

  it('a hand-edited round fails verify with what differs', async () => {
    const root = await space();
    await roster(root);
    await profile(root, 4, { handle: 'dee', team: 'Search', roles: ['mentee'], wants: ['meetingLoad'] });
    await run('draw', '--space', root, '--week', '2026-W49');
    const file = path.join(root, 'rounds', '2026-W49.json');
    const round = JSON.parse(await fs.readFile(file, 'utf8'));
    round.pairs = round.pairs.filter((p: { mentee: string }) => p.mentee !== uuid(4));
    await fs.writeFile(file, JSON.stringify(round));
    const edited = await run('verify', '--space', root);
    assert.equal(edited.code, 1);
    assert.match(edited.out, /lacks ana → dee, which the rules give/);
    round.inputs.people[0].capacity = 1;
    await fs.writeFile(file, JSON.stringify(round));
    assert.match((await run('verify', '--space', root)).out, /inputs do not match their hash/);
  });

  it('a malformed charter is listed, no round is drawn, and nothing is rewritten', async () => {
    const root = await space();
    await roster(root);
    const bad = JSON.stringify({ schema: 'pacewise.charter', v: '1.0', menteeCap: 0, minGroup: 3 });
    await fs.writeFile(path.join(root, 'charter.json'), bad);
    const r = await run('draw', '--space', root);
    assert.equal(r.code, 1);
    assert.match(r.err, /menteeCap must be a whole number from 1 to 5/);
    assert.match(r.err, /minGroup may not be lower than 5/);
    assert.equal(await fs.readFile(path.join(root, 'charter.json'), 'utf8'), bad);
    assert.deepEqual(await fs.readdir(root).then((n) => n.includes('rounds')), false);
  });

  it('bad profiles and rounds are listed and ignored, never rewritten', async () => {
    const root = await space();
    await roster(root);
    const broken = path.join(root, 'profiles', `${uuid(9)}.json`);
    await fs.writeFile(broken, '<<<<<<< HEAD\n{}');
    await profile(root, 10, { handle: 'ANA', team: 'Search', roles: ['mentee'], wants: ['focusTime'] });
    await fs.writeFile(path.join(root, 'profiles', 'notes.json'), '{}');
    await fs.mkdir(path.join(root, 'rounds'), { recursive: true });
    await fs.writeFile(path.join(root, 'rounds', '2026-W01.json'), '{"schema":"pacewise.round","v":"9.0"}');
    const r = await run('problems', '--space', root);
    assert.match(r.err, /profiles\/00000000-0000-4000-8000-000000000009\.json: has git conflict markers/);
    assert.match(r.err, /uses the handle “ANA”, already taken/);
    assert.match(r.err, /profiles\/notes\.json: is not named <uuid>\.json/);
    assert.match(r.err, /rounds\/2026-W01\.json: needs a newer Pacewise/);
    assert.equal(await fs.readFile(broken, 'utf8'), '<<<<<<< HEAD\n{}');
    const drawn = await run('draw', '--space', root, '--week', '2026-W49', '--dry-run');
    assert.equal(drawn.code, 0);
    assert.doesNotMatch(drawn.out, /ANA/);
  });

  it('bad arguments exit 2 with the usage', async () => {
    for (const args of [
      [],
      ['draw'],
      ['draw', '--space', '/x', '--week', '2026-49'],
      ['fly', '--space', '/x'],
      ['draw', '--nope'],
    ]) {
      const r = await run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /usage: pacewise-round|--week must be an ISO week|there is no folder at/);
    }
  });

  it('runs as `npx pacewise-round` in a checkout', () => {
    const text = execFileSync('npx', ['--no-install', 'pacewise-round', '--help'], { encoding: 'utf8' });
    assert.match(text, /usage: pacewise-round <command> --space PATH/);
  });
});
