import assert from 'node:assert/strict';
import { promises as fs, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addDays, startOfDay } from 'date-fns';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exportFolder } from '../../src/vscode/data/dataCommands';
import { exec, pacewise, toIdle, waitFor } from './helpers';

const MIN = 60_000;

describe('Insights and data ownership in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;
  let tmp: string;
  const today = startOfDay(Date.now());
  /** Local noon `n` days ago. */
  const daysAgo = (n: number, hour = 12) => addDays(today, -n).getTime() + hour * 3_600_000;
  const session = (id: string, start: number, minutes: number, outcome: 'completed' | 'stopped' = 'completed') => ({
    id,
    intent: '',
    startedAt: start,
    endedAt: start + minutes * MIN,
    plannedMs: 25 * MIN,
    focusMs: minutes * MIN,
    outcome,
    interruptions: 0,
    pastEndOfDay: false,
  });
  const storeFiles = async () => (await fs.readdir(api.storeDir)).sort();

  before(async () => {
    api = await pacewise();
    await toIdle(api);
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-insights-'));
    // 20 and 21 days ago: figures the focus chart must show as written. Skipped breaks on 5 of the last 7 days.
    await store.appendHistory({
      sessions: [
        session('ins-a', daysAgo(21, 9), 25),
        session('ins-b', daysAgo(21, 10), 50),
        session('ins-c', daysAgo(20, 9), 40, 'stopped'),
        { ...session('ins-formula', daysAgo(20, 11), 25), intent: '=cmd|"/c calc"!A1' },
      ],
      breaks: [1, 2, 3, 4, 5].map((n) => ({
        id: `ins-break-${n}`,
        long: false,
        startedAt: daysAgo(n),
        endedAt: daysAgo(n) + 5 * MIN,
        plannedMs: 5 * MIN,
        outcome: 'skipped' as const,
      })),
    });
  });

  after(async () => {
    await vscode.workspace.getConfiguration('pacewise.insights').update('mutedSignals', undefined, true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Show Insights opens the panel in the editor area, and it draws its first snapshot', async () => {
    assert.equal(await exec('pacewise.showInsights', { range: '30' }), true);
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const insightsTab = () =>
      tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pacewise.insights'));
    await waitFor(
      api,
      `a webview tab for pacewise.insights (tabs: ${tabs().map((t) => t.label)})`,
      () => !!insightsTab(),
    );
    const tab = insightsTab()!;
    assert.equal(tab.label, 'Pacewise Insights');
    await waitFor(
      api,
      'the panel to report its first drawing',
      () => api.insights().timing()?.interactiveMs !== undefined,
      15_000,
    );
    console.log(
      `      insights panel: computed in ${api.insights().timing()!.computeMs.toFixed(1)} ms, drawn in ${api.insights().timing()!.interactiveMs!.toFixed(0)} ms`,
    );
    assert.equal(await exec('pacewise.showInsights', { range: '12' }), false, 'an unknown range is refused');
    assert.equal(await exec('pacewise.showInsights', 'all'), false);
  });

  it('shows the seeded days as written: completed and ended-early minutes per day, gaps as gaps', async () => {
    const model = await api.insights().model('30');
    const focus = model.charts.find((c) => c.id === 'focus')!;
    const label = (t: number) =>
      new Intl.DateTimeFormat(vscode.env.language, { day: 'numeric', month: 'short' }).format(t);
    const row = (t: number) => focus.table.rows.find((r) => r[0] === label(t));
    assert.deepEqual(row(daysAgo(21)), [label(daysAgo(21)), '75', '0']);
    assert.deepEqual(row(daysAgo(20)), [label(daysAgo(20)), '25', '40']);
    assert.deepEqual(row(daysAgo(22)), [label(daysAgo(22)), '—', '—'], 'a day without data is a gap');
    assert.equal(focus.points.length, 30);
    assert.deepEqual(
      model.ranges.map((r) => r.value),
      ['7', '30', '90', 'all'],
    );
    assert.equal((await api.insights().model('90')).charts[0].points.length <= 14, true, '90 days are shown by week');
  });

  it('a gentle signal with its facts; muting it keeps it out of sight until unmuted', async () => {
    const signal = (await api.insights().model('7')).signals.find((s) => s.id === 'breaksSkipped');
    assert.ok(signal, 'breaks skipped on 5 of the last 7 days');
    assert.match(signal.text, /Breaks skipped on [5-7] of the last 7 days\./);
    assert.equal(signal.template, 'breakDiscipline');
    await vscode.workspace.getConfiguration('pacewise.insights').update('mutedSignals', ['breaksSkipped'], true);
    assert.equal((await api.insights().model('7')).signals.find((s) => s.id === 'breaksSkipped')?.muted, true);
    await vscode.workspace.getConfiguration('pacewise.insights').update('mutedSignals', ['burnoutScore'], true);
    assert.deepEqual((await api.insights().model('7')).problems, [
      'pacewise.insights.mutedSignals: unknown signal "burnoutScore"',
    ]);
  });

  it('exports all data as JSON (0600), sessions as CSV with formulas neutralised, and a summary without check-in scores', async () => {
    const json = path.join(tmp, 'export.json');
    assert.equal(await exec('pacewise.exportData', { path: json }), true);
    const exported = JSON.parse(await fs.readFile(json, 'utf8'));
    assert.equal(exported.schema, 'pacewise.export');
    assert.ok(exported.documents.history.data.sessions.some((s: { id: string }) => s.id === 'ins-a'));
    assert.equal((await fs.stat(json)).mode & 0o777, 0o600);
    const csv = path.join(tmp, 'sessions.csv');
    assert.equal(await exec('pacewise.exportCsv', { what: 'sessions', path: csv }), true);
    assert.ok((await fs.readFile(csv, 'utf8')).includes(`"'=cmd|""/c calc""!A1"`));
    // A lesson written this month, with what must never reach a retrospective as written.
    const now = Date.now();
    await store.update('journal', (doc) => ({
      doc: {
        ...doc,
        lessons: [
          ...doc.lessons,
          {
            id: 'ins-lesson',
            createdAt: now,
            updatedAt: now,
            source: { kind: 'reflection' as const, week: '2026-W48' },
            tried: 'Mailed jane.doe@corp.example and called 555-0142',
            changed: 'The runbook at https://wiki.corp.example/run?token=abc123 helped',
            keep: 'No meetings before 11:00',
            tell: '',
            tags: [],
          },
        ],
      },
      changed: true,
      result: undefined,
    }));
    assert.equal(await exec('pacewise.exportSummary', { range: '30', wellbeing: false }), true);
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(text, /^# Pacewise summary: Last 30 days/);
    for (const secret of ['jane.doe', '555-0142', 'token=', 'wiki.corp'])
      assert.ok(!text.includes(secret), `the summary does not carry ${secret}`);
    assert.match(text, /called \\\[phone\\\]/, 'replaced, as in a shared note');
    assert.match(text, /No meetings before 11:00/, 'times of day stay');
    assert.match(text, /it replaced 3 parts that could identify someone \(\\\[email\\\], \\\[phone\\\], \\\[url\\\]\)/);
    assert.ok(!/Averages on the 1–5 scales/.test(text), 'no check-in scores unless opted in');
    assert.match(text, /Check-in scores are left out of this summary\./);
    assert.equal(await exec('pacewise.exportSummary', { range: '30', wellbeing: true }), true);
    const withScores = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.ok(/\*\*Check-ins:\*\*/.test(withScores), 'the check-in line when the user opts in');
    for (const [command, arg] of [
      ['pacewise.exportData', { path: 'relative.json' }],
      ['pacewise.exportCsv', { what: 'everything' }],
      ['pacewise.exportSummary', { range: '30', wellbeing: 'yes' }],
      ['pacewise.importData', { path: '/etc/passwd' }],
      ['pacewise.deleteAllData', { confirmed: 'yes' }],
    ] as const)
      assert.equal(await exec(command, arg), false, `${command} refuses ${JSON.stringify(arg)}`);
  });

  it('a malformed import is refused and changes nothing; importing what is here adds nothing', async () => {
    const before = await Promise.all((await storeFiles()).map((f) => fs.readFile(path.join(api.storeDir, f), 'utf8')));
    const bad = path.join(tmp, 'bad.json');
    const good = JSON.parse(await fs.readFile(path.join(tmp, 'export.json'), 'utf8'));
    good.documents.history.data.sessions[0].focusMs = -5;
    await fs.writeFile(bad, JSON.stringify(good));
    assert.equal(await exec('pacewise.importData', { path: bad, confirmed: true }), false);
    assert.equal(await exec('pacewise.importData', { path: path.join(tmp, 'export.json'), confirmed: true }), false);
    const after = await Promise.all((await storeFiles()).map((f) => fs.readFile(path.join(api.storeDir, f), 'utf8')));
    assert.deepEqual(after, before);
  });

  it('Delete All Data leaves no file behind; the export brings everything back', async () => {
    await toIdle(api);
    const wipBefore = (await store.read('wip')).items.length;
    const sessionsBefore = (await store.readAllHistory()).sessions.length;
    const json = path.join(tmp, 'before-delete.json');
    assert.equal(await exec('pacewise.exportData', { path: json }), true);
    assert.equal(await exec('pacewise.deleteAllData', { confirmed: true }), true);
    assert.deepEqual(await storeFiles(), [], 'no file left: documents, backups, locks');
    assert.equal((await store.readAllHistory()).sessions.length, 0);
    assert.equal((await api.insights().model('all')).empty !== undefined, true, 'Insights is empty');
    assert.equal(await exec('pacewise.importData', { path: json, confirmed: true }), true);
    assert.equal((await store.readAllHistory()).sessions.length, sessionsBefore);
    assert.equal((await store.read('wip')).items.length, wipBefore);
    await waitFor(api, 'the status bar to be idle', () => api.state().kind === 'idle');
  });

  it('Open Data Folder names the folder (or reveals it on a local machine)', async () => {
    assert.equal(await exec('pacewise.openDataFolder'), true);
    assert.ok((await fs.stat(api.storeDir)).isDirectory());
  });
});

describe('Where an export is proposed', () => {
  it('outside every workspace folder: Downloads, else Documents, else home; never inside a repository', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'pacewise-home-'));
    try {
      assert.equal(await exportFolder(home, []), home, 'no Downloads or Documents: home');
      mkdirSync(path.join(home, 'Documents'));
      mkdirSync(path.join(home, 'Downloads'));
      assert.equal(await exportFolder(home, []), path.join(home, 'Downloads'));
      // Downloads is (inside) a workspace folder: the next place outside them.
      assert.equal(await exportFolder(home, [path.join(home, 'Downloads')]), path.join(home, 'Documents'));
      // The home folder itself is open as the workspace: nowhere to propose; the dialog picks its own.
      assert.equal(await exportFolder(home, [home]), undefined);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
