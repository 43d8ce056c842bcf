// Office hours in the real host: the charter's rotation read from a fixture mentorship space, the Office Hours and
// Reviews view's rows before and after joining (this week, next, last, every meeting), a pacing challenge prepared
// from the palette command and shared to the space through the preview, the other team's challenge beside it, a
// micro-lesson drafted afterwards, a team in a peak, an unlisted team, a charter with problems, bad arguments refused.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addWeeks } from '../../src/core/mentorship/calendarWeeks';
import type { MentorProfile } from '../../src/core/mentorship/profile';
import { officeHoursNow } from '../../src/core/rituals/officeHoursNow';
import type { PacewiseApi } from '../../src/extension';
import type { MentorshipService } from '../../src/vscode/mentorship/mentorshipService';
import { RitualsNode, RitualsTree } from '../../src/vscode/rituals/ritualsTree';
import { note, uuid } from '../fixtures/teamFolder';
import { exec, pacewise, waitFor } from './helpers';
import { TestTreeView } from './testViews';

const config = () => vscode.workspace.getConfiguration('pacewise');
const TEAMS = ['Payments', 'Search', 'Mobile', 'Web'];

function charterText(officeHours: unknown): string {
  return JSON.stringify({ schema: 'pacewise.charter', v: '1.0', objectives: 'Learn pacing', officeHours });
}

describe('Office hours: the rotation, the view and the pacing challenge in the real host', function () {
  this.timeout(60_000);
  let api: PacewiseApi;
  let service: MentorshipService;
  let space: Awaited<ReturnType<PacewiseApi['spaceNotes']>>;
  let tree: RitualsTree;
  let root: string;
  let week: string;
  let charterFile: string;
  const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
  const rows = async (parent?: RitualsNode) =>
    (await tree.getChildren(parent)).map((n) => ({ node: n, item: tree.getTreeItem(n) }));
  const lines = async (parent?: RitualsNode) =>
    (await rows(parent)).map((r) => [label(r.item), r.item.description].filter(Boolean).join(' | '));
  const files = () => readdirSync(root, { recursive: true }).map(String).sort();

  before(async () => {
    api = await pacewise();
    service = api.mentorship().service;
    root = mkdtempSync(path.join(os.tmpdir(), 'pacewise-rituals-'));
    mkdirSync(path.join(root, 'profiles'));
    week = service.thisWeek();
    charterFile = path.join(root, 'charter.json');
    // Started last week: Mobile–Web and Payments–Search then, Mobile–Payments and Search–Web now, Mobile–Search and
    // Payments–Web next (teams in the order of their names, the circle method).
    writeFileSync(charterFile, charterText({ teams: TEAMS, everyWeeks: 1, start: addWeeks(week, -1) }));
    await config().update('mentorship.space', root, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the space is read', () => service.state.kind === 'ready' && service.state.root === root);
    space = await api.spaceNotes();
    tree = new RitualsTree(new TestTreeView() as unknown as vscode.TreeView<RitualsNode>, service, () =>
      service.state.kind === 'ready'
        ? officeHoursNow(service.state.space, service.own()?.team, service.thisWeek())
        : { kind: 'notSetUp' },
    );
  });

  after(async () => {
    tree.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('mentorship.space', undefined, vscode.ConfigurationTarget.Global);
    rmSync(root, { recursive: true, force: true });
  });

  it('before joining: a join row and every meeting of the week, nothing for "your team"', async () => {
    assert.deepEqual(await lines(), [
      "Join the space to see your team's office hours…",
      'All office hours this week | 2',
    ]);
    const [, everyone] = await rows();
    assert.deepEqual(await lines(everyone.node), ['Mobile and Payments', 'Search and Web']);
    const before = files();
    assert.equal(await exec('pacewise.prepareOfficeHours'), false, 'office hours are per team');
    assert.deepEqual(files(), before);
  });

  it('after joining: this week with Web, next with Mobile, last with Payments', async () => {
    const mine: MentorProfile = {
      schema: 'pacewise.mentorProfile',
      v: '1.0',
      id: uuid(21),
      handle: 'ben',
      team: 'search',
      roles: ['mentee'],
      offers: [],
      wants: ['meetingLoad'],
      capacity: 1,
      status: 'active',
      unknown: {},
    };
    await service.writeProfile(mine);
    const top = await rows();
    assert.deepEqual(
      top.map((r) => label(r.item)),
      [
        'This week: office hours with Web',
        'Next: office hours with Mobile',
        'Last: office hours with Payments',
        'All office hours this week',
      ],
    );
    assert.equal(top[0].item.description, 'prepare your pacing challenge');
    const weekOf = (w: string) => `Week ${Number(w.slice(6))}, ${w.slice(0, 4)} · `;
    assert.ok(String(top[1].item.description).startsWith(weekOf(addWeeks(week, 1))), String(top[1].item.description));
    assert.ok(String(top[2].item.description).startsWith(weekOf(addWeeks(week, -1))), String(top[2].item.description));
    assert.equal(top[0].item.contextValue, 'ritualsThisWeek');
    assert.equal(top[0].item.command?.command, 'pacewise.prepareOfficeHours');
    assert.equal(top[1].item.contextValue, 'ritualsNext');
    assert.equal(top[2].item.contextValue, 'ritualsLast');
  });

  it('Prepare Pacing Challenge drafts this week’s challenge for the space; shared, it is one file the other team reads', async () => {
    const before = space.service.drafts.length;
    assert.equal(await exec('pacewise.prepareOfficeHours'), true);
    const draft = space.service.drafts.find((d) => d.source.kind === 'challenge' && d.source.week === week);
    assert.ok(draft, 'the draft waits in the space’s list');
    assert.equal(space.service.drafts.length, before + 1);
    assert.equal(draft.target, 'space');
    assert.equal(draft.kind, 'challenge');
    assert.deepEqual(draft.meeting, { team: 'Search', with: 'Web' });
    assert.equal(await exec('pacewise.prepareOfficeHours'), true, 'again: the same draft opens');
    assert.equal(space.service.drafts.length, before + 1);

    assert.ok(
      await space.service.edit(draft.id, {
        type: 'text',
        field: 'challenge',
        value: 'Reviews pile up on Fridays and we keep starting new work.',
      }),
    );
    const revision = space.service.drafts.find((d) => d.id === draft.id)?.revision as number;
    assert.deepEqual(await space.service.share(draft.id, revision), {
      ok: true,
      path: `.pacewise/notes/${draft.id}.json`,
    });
    const file = JSON.parse(readFileSync(path.join(root, '.pacewise', 'notes', `${draft.id}.json`), 'utf8'));
    assert.equal(file.v, '1.2');
    assert.equal(file.kind, 'challenge');
    assert.equal(file.week, week);
    assert.equal(file.team, 'Search');
    assert.equal(file.with, 'Web');
    assert.equal(file.text.challenge, 'Reviews pile up on Fridays and we keep starting new work.');

    // The other team's challenge for the same meeting, as their pull brings it.
    writeFileSync(
      path.join(root, '.pacewise', 'notes', `${uuid(31)}.json`),
      JSON.stringify(
        note(31, {
          v: '1.2',
          kind: 'challenge',
          week,
          team: 'Web',
          with: 'Search',
          text: { challenge: 'Our on-call weeks eat the focus time.' },
        }),
      ),
    );
    await service.reload();
    const [thisWeek] = await rows();
    assert.equal(label(thisWeek.item), 'This week: office hours with Web');
    assert.equal(thisWeek.item.description, 'your pacing challenge is shared');
    assert.equal(thisWeek.item.contextValue, 'ritualsThisWeekPrepared');
    assert.deepEqual(await lines(thisWeek.node), [
      'Web’s pacing challenge | Our on-call weeks eat the focus time.',
      'Your team’s pacing challenge | Reviews pile up on Fridays and we keep starting new work.',
    ]);
    const [theirs] = await rows(thisWeek.node);
    assert.deepEqual(theirs.item.command?.arguments, [{ id: uuid(31) }]);
  });

  it('Draft Micro-Lesson from Office Hours drafts a lesson for the space with our challenge to hand', async () => {
    assert.equal(await exec('pacewise.draftOfficeHoursLesson'), true);
    const draft = space.service.drafts.find((d) => d.source.kind === 'afterOfficeHours' && d.source.week === week);
    assert.ok(draft);
    assert.equal(draft.kind, 'lesson');
    assert.equal(draft.target, 'space');
    assert.equal(draft.fields.title, 'After office hours with Web');
    assert.equal(draft.fields.tried, 'Reviews pile up on Fridays and we keep starting new work.');
    assert.equal(draft.fields.team, 'Search');
    await space.service.discard(draft.id);
  });

  it('bad arguments are refused and draft nothing; a week without a meeting is said plainly', async () => {
    const before = space.service.drafts.length;
    for (const arg of [42, 'thisWeek', { week: 'W50' }, { id: 'thisWeek:../../x' }, { week, extra: 1 }])
      assert.equal(await exec('pacewise.prepareOfficeHours', arg), false, JSON.stringify(arg));
    assert.equal(await exec('pacewise.draftOfficeHoursLesson', { week: '2020-W01' }), false);
    assert.equal(space.service.drafts.length, before);
    assert.equal(await exec('pacewise.prepareOfficeHours', { id: `next:${addWeeks(week, 1)}` }), true, 'a row');
    const next = space.service.drafts.find((d) => d.source.kind === 'challenge' && d.source.week === addWeeks(week, 1));
    assert.deepEqual(next?.meeting, { team: 'Search', with: 'Mobile' });
    await space.service.discard(next!.id);
  });

  it('a peak declared for one’s team rests it this week; the others still meet', async () => {
    const peak = await service.declarePeak({ label: 'release', from: service.today(), until: service.today() });
    try {
      const [thisWeek, , , everyone] = await rows();
      assert.equal(label(thisWeek.item), 'No office hours for your team this week');
      assert.equal(thisWeek.item.description, 'in a project peak: paired first afterwards');
      const everyoneRows = await lines(everyone.node);
      assert.ok(
        everyoneRows.includes('Search | in a project peak: skipped this week, paired first afterwards'),
        everyoneRows.join(),
      );
    } finally {
      rmSync(path.join(root, 'teams', `${peak.id}.json`));
      await service.reload();
    }
    assert.equal(label((await rows())[0].item), 'This week: office hours with Web');
    // The matching a peak brings in leaves no global behind (edmonds-blossom assigns names it never declares).
    const globals = globalThis as Record<string, unknown>;
    assert.deepEqual(
      ['b', 'path', 'v'].filter((name) => name in globals),
      [],
    );
  });

  it('a team the charter does not list, and a charter with problems, are said plainly', async () => {
    await service.writeProfile({ ...service.own()!, team: 'Design' });
    assert.equal((await lines())[0], 'Your team “Design” is not in the charter’s office hours');
    assert.equal(await exec('pacewise.prepareOfficeHours'), false);
    await service.writeProfile({ ...service.own()!, team: 'Search' });

    const good = readFileSync(charterFile, 'utf8');
    writeFileSync(charterFile, charterText({ teams: ['Solo'], everyWeeks: 3, start: 'soon' }));
    await service.reload();
    try {
      const problems = await rows();
      assert.ok(problems.length >= 1);
      assert.ok(problems.every((r) => r.item.description === 'office hours wait until the charter is fixed'));
      assert.equal(await exec('pacewise.prepareOfficeHours'), false);
      assert.equal(readFileSync(charterFile, 'utf8'), charterText({ teams: ['Solo'], everyWeeks: 3, start: 'soon' }));
    } finally {
      writeFileSync(charterFile, good);
      await service.reload();
    }
  });

  it('the palette command reveals the Office Hours & Reviews view', async () => {
    assert.equal(await exec('pacewise.showOfficeHours'), true);
  });
});
