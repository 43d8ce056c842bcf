// The Mentoring view over a fixture mentorship space in the real host: the user-level setting, the rows (charter,
// you, your pairing and its reason, the round, ignored files), writing one's own profile, drawing, verifying and
// leaving — and bad files listed, never rewritten. The tree is the real one; only its TreeView is the test's.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MentorProfile } from '../../src/core/mentorship/profile';
import { MentoringNode, MentoringTree } from '../../src/vscode/mentorship/mentoringTree';
import type { MentorshipService } from '../../src/vscode/mentorship/mentorshipService';
import type { CheckInService } from '../../src/vscode/mentorship/checkInService';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, pacewise, waitFor } from './helpers';
import { TestTreeView } from './testViews';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const config = () => vscode.workspace.getConfiguration('pacewise');

function writeSpace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pacewise-space-'));
  mkdirSync(path.join(root, 'profiles'));
  writeFileSync(
    path.join(root, 'charter.json'),
    JSON.stringify({ schema: 'pacewise.charter', v: '1.0', objectives: 'Learn pacing from each other' }),
  );
  const profile = (n: number, fields: Record<string, unknown>) =>
    writeFileSync(
      path.join(root, 'profiles', `${uuid(n)}.json`),
      JSON.stringify({ schema: 'pacewise.mentorProfile', v: '1.0', id: uuid(n), ...fields }),
    );
  profile(1, { handle: 'ana', team: 'Payments', roles: ['mentor'], offers: ['meetingLoad'], capacity: 2 });
  profile(2, { handle: 'cy', team: 'Payments', roles: ['mentee'], wants: ['focusTime'] });
  writeFileSync(path.join(root, 'profiles', `${uuid(9)}.json`), '<<<<<<< HEAD\n{}');
  return root;
}

describe('Mentoring view: a mentorship space in the real host', function () {
  this.timeout(60_000);
  let api: PacewiseApi;
  let service: MentorshipService;
  let checkIns: CheckInService;
  let tree: MentoringTree;
  let root: string;
  const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
  const rows = async (parent?: MentoringNode) =>
    (await tree.getChildren(parent)).map((n) => ({ node: n, item: tree.getTreeItem(n) }));

  before(async () => {
    api = await pacewise();
    ({ service, checkIns } = api.mentorship());
    root = writeSpace();
    await config().update('mentorship.space', root, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the space is read', () => service.state.kind === 'ready');
    tree = new MentoringTree(new TestTreeView() as unknown as vscode.TreeView<MentoringNode>, service, checkIns);
  });

  after(async () => {
    tree.dispose();
    await config().update('mentorship.space', undefined, vscode.ConfigurationTarget.Global);
  });

  it('reads the space the user setting names: the charter, a join row, no round yet, the damaged file listed', async () => {
    const top = await rows();
    assert.deepEqual(
      top.map((r) => label(r.item)),
      ['Charter', 'Join as a mentor or mentee…', 'No round drawn yet', '1 file ignored'],
    );
    assert.match(String(top[0].item.tooltip), /^Learn pacing from each other Pairs check in every 2 weeks, briefly\./);
    assert.match(String(top[0].item.tooltip), /Rules the charter leaves out are at their defaults/);
    const [problem] = await rows(top[3].node);
    assert.equal(label(problem.item), `profiles/${uuid(9)}.json`);
    assert.equal(problem.item.description, 'has git conflict markers');
    assert.equal(readFileSync(path.join(root, 'profiles', `${uuid(9)}.json`), 'utf8'), '<<<<<<< HEAD\n{}');
  });

  it('joining writes one new file that is the user’s own; the round pairs across teams and says why', async () => {
    const mine: MentorProfile = {
      schema: 'pacewise.mentorProfile',
      v: '1.0',
      id: uuid(5),
      handle: 'ben',
      team: 'Search',
      roles: ['mentee'],
      offers: [],
      wants: ['meetingLoad'],
      capacity: 1,
      status: 'active',
      unknown: {},
    };
    await service.writeProfile(mine);
    assert.equal(service.own()?.handle, 'ben');
    const written = JSON.parse(readFileSync(path.join(root, 'profiles', `${uuid(5)}.json`), 'utf8'));
    assert.deepEqual(written.wants, ['meetingLoad']);
    assert.equal(written.offers, undefined, 'a mentee-only profile offers nothing');

    const drawn = service.drawNext();
    assert.ok(drawn.ok);
    assert.equal(await service.writeRound(drawn.round), 'written');
    assert.equal(await service.writeRound(drawn.round), 'exists', 'a round is never written over');
    const top = await rows();
    const labels = top.map((r) => label(r.item));
    assert.deepEqual(labels.slice(0, 3), ['Charter', 'You: ben (Search)', 'Your mentor: ana (Payments)']);
    assert.match(String(top[2].item.description), /^meeting load · check-in due this week$/);
    assert.equal(top[2].item.contextValue, 'mentoringPair');
    assert.match(String(top[2].item.tooltip), /^both work on meeting load\nA short check-in every 2 weeks/);
    const round = top.find((r) => label(r.item).startsWith('Round '))!;
    const inRound = (await rows(round.node)).map((r) => `${label(r.item)} | ${r.item.description}`);
    assert.deepEqual(inRound, [
      'ana (Payments) → ben (Search) | meeting load',
      'cy (Payments) | mentee · nobody in another team offers these topics yet',
    ]);
  });

  it('a check-in marked held moves "next" on and keeps the note to self in the store, never in the space', async () => {
    const [pair] = checkIns.ownPairs();
    const due = checkIns.next(pair)!.due;
    const before = readdirSync(root, { recursive: true }).sort();
    await checkIns.markHeld(pair, due, 'asked about the standup length');
    const top = await rows();
    const mine = top.find((r) => label(r.item) === 'Your mentor: ana (Payments)')!;
    assert.match(String(mine.item.description), /^meeting load · next check-in \S+/);
    assert.equal(mine.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const [note] = await rows(mine.node);
    assert.equal(note.item.description, 'asked about the standup length');
    assert.deepEqual(readdirSync(root, { recursive: true }).sort(), before, 'nothing is written to the space');
    const stored = await new PacewiseStore(api.storeDir, { onRecovery: () => undefined }).read('mentoring');
    assert.deepEqual(
      stored.checkIns.map((c) => [c.partnerHandle, c.role, c.due, c.note]),
      [['ana', 'mentee', due, 'asked about the standup length']],
    );
  });

  it('Export My Mentoring Record opens the user’s own record as an untitled Markdown document', async () => {
    assert.equal(await exec('pacewise.exportMentoringRecord'), true);
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc?.isUntitled);
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    assert.match(
      text,
      /^# My mentoring record\n\nben \(Search\), mentorship space “pacewise-space-\w+”, \d{4}-\d\d-\d\d\./,
    );
    assert.match(
      text,
      /## Rounds you were mentored\n\n### Round \d{4}-W\d\d: ana \(Payments\)\n\nTopic: meeting load\./,
    );
    assert.match(text, /Why this pair: both work on meeting load\./);
    assert.match(text, /- \S+ \S+: asked about the standup length/);
    assert.doesNotMatch(text, /cy/, 'nobody else’s pairs');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Mark Mentoring Check-in Held with an argument that is not one of the user’s pairs refuses and writes nothing', async () => {
    const before = JSON.stringify(
      await new PacewiseStore(api.storeDir, { onRecovery: () => undefined }).read('mentoring'),
    );
    assert.equal(await exec('pacewise.markMentoringCheckIn', { id: 'yourPair:2026-W01 a b' }), false);
    assert.equal(await exec('pacewise.markMentoringCheckIn', 'yourPair'), false);
    assert.equal(
      JSON.stringify(await new PacewiseStore(api.storeDir, { onRecovery: () => undefined }).read('mentoring')),
      before,
    );
  });

  it('verifies the round it wrote, and finds a hand edit', async () => {
    const round = service.state.kind === 'ready' ? service.state.space.rounds[0] : undefined;
    assert.ok(round);
    assert.deepEqual(service.verify(round), []);
    const file = path.join(root, 'rounds', `${round.id}.json`);
    const text = JSON.parse(readFileSync(file, 'utf8'));
    text.pairs = [];
    writeFileSync(file, JSON.stringify(text));
    await service.reload();
    const edited = service.state.kind === 'ready' ? service.state.space.rounds[0] : undefined;
    assert.deepEqual(
      service.verify(edited!).map((d) => d.kind),
      ['missingPair'],
    );
    const marked = (await rows()).find((r) => label(r.item).startsWith('Round '))!;
    assert.equal(marked.item.description, '0 pairs · differs from the rules');
    assert.match(String(marked.item.tooltip), /Verify Mentoring Round lists what differs/);
  });

  it('a charter with problems is listed and draws nothing; the file is left as it was', async () => {
    const charter = path.join(root, 'charter.json');
    const before = readFileSync(charter, 'utf8');
    const bad = JSON.stringify({ schema: 'pacewise.charter', v: '1.0', menteeCap: 9 });
    writeFileSync(charter, bad);
    await service.reload();
    const top = await rows();
    assert.equal(label(top[0].item), 'Charter: 1 problem');
    assert.deepEqual(
      (await rows(top[0].node)).map((r) => label(r.item)),
      ['menteeCap must be a whole number from 1 to 5'],
    );
    const drawn = service.drawNext('2027-W10');
    assert.ok(!drawn.ok && drawn.problem === 'charter');
    assert.equal(readFileSync(charter, 'utf8'), bad);
    writeFileSync(charter, before);
    await service.reload();
  });

  it('a peak declared for one’s own team goes in one file of one’s own; its mentors rest', async () => {
    const own = service.own()!;
    await service.writeProfile({ ...own, roles: ['mentor', 'mentee'], offers: ['onCall'], capacity: 1 });
    const first = await service.declarePeak({ label: 'release', until: '2099-03-12' });
    const again = await service.declarePeak({ label: 'migration', until: '2099-06-30' });
    assert.equal(again.id, first.id, 'the second peak joins the first file');
    assert.deepEqual(readdirSync(path.join(root, 'teams')), [`${first.id}.json`]);
    const file = JSON.parse(readFileSync(path.join(root, 'teams', `${first.id}.json`), 'utf8'));
    assert.deepEqual(file.peaks, [
      { label: 'release', until: '2099-03-12' },
      { label: 'migration', until: '2099-06-30' },
    ]);
    assert.equal(file.name, 'Search');
    const top = await rows();
    const team = top.find((r) => label(r.item) === 'Your team: Search');
    assert.match(String(team?.item.description), /^in a project peak until /);
    const drawn = service.drawNext('2027-W20');
    assert.ok(drawn.ok);
    assert.equal(drawn.round.inputs.people.find((p) => p.id === own.id)?.availability, 'peak');
    await service.writeProfile({ ...service.own()!, roles: ['mentee'], offers: [] });
  });

  it('a question for other teams on a topic the user offers as a mentor shows under “For you”; a bad one is listed', async () => {
    const own = service.own()!;
    await service.writeProfile({ ...own, roles: ['mentor'], offers: ['meetingLoad'], wants: [], capacity: 1 });
    const notes = path.join(root, '.pacewise', 'notes');
    mkdirSync(notes, { recursive: true });
    const id = '6f1c2a4e-1b2c-4d3e-8f90-123456789abc';
    const question = (tags: string[]) =>
      JSON.stringify({
        schema: 'pacewise.note',
        v: '1.0',
        id,
        kind: 'question',
        week: '2026-W49',
        text: { question: 'How do you keep standups short?' },
        tags,
      });
    writeFileSync(path.join(notes, `${id}.json`), question(['meetingLoad']));
    writeFileSync(path.join(notes, 'not-a-uuid.json'), '{}');
    await service.reload();
    const top = await rows();
    const forYou = top.find((r) => label(r.item) === 'For you')!;
    assert.equal(forYou.item.description, '1 question from another team');
    const [q] = await rows(forYou.node);
    assert.equal(label(q.item), 'How do you keep standups short?');
    // It opens where it can be answered: the note's tab of Notes Across Teams, by the note's id.
    assert.equal(q.item.command?.command, 'pacewise.openTeamNote');
    assert.match(JSON.stringify(q.item.command?.arguments), /^\[\{"id":"[0-9a-f-]{36}"\}\]$/);
    assert.equal(q.item.description, 'meeting load · 2026-W49');
    const problems = top.find((r) => label(r.item).endsWith('files ignored'))!;
    assert.ok((await rows(problems.node)).some((r) => label(r.item) === '.pacewise/notes/not-a-uuid.json'));
    // On another topic, it is not for this mentor.
    writeFileSync(path.join(notes, `${id}.json`), question(['onCall']));
    await service.reload();
    assert.ok(!(await rows()).some((r) => label(r.item) === 'For you'));
    await service.writeProfile({ ...service.own()!, roles: ['mentee'], offers: [], wants: ['meetingLoad'] });
  });

  it('leaving deletes only the user’s own profile', async () => {
    assert.equal(await service.leave(), true);
    assert.ok(!existsSync(path.join(root, 'profiles', `${uuid(5)}.json`)));
    assert.equal(service.own(), undefined);
    assert.deepEqual(readdirSync(path.join(root, 'profiles')).sort(), [
      `${uuid(1)}.json`,
      `${uuid(2)}.json`,
      `${uuid(9)}.json`,
    ]);
    assert.equal(await service.leave(), false, 'nothing of anyone else is deleted');
  });

  it('a relative path, or no folder there, is said plainly and reads nothing', async () => {
    await config().update('mentorship.space', 'relative/space', vscode.ConfigurationTarget.Global);
    await waitFor(api, 'a relative path is not used', () => service.state.kind === 'none');
    await config().update('mentorship.space', path.join(root, 'nope'), vscode.ConfigurationTarget.Global);
    await waitFor(api, 'a missing folder is said', () => service.state.kind === 'missing');
    assert.deepEqual(await rows(), []);
    await config().update('mentorship.space', root, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'back', () => service.state.kind === 'ready');
  });

  it('the palette command reveals the Mentoring view', async () => {
    assert.equal(await exec('pacewise.showMentoring'), true);
  });
});
