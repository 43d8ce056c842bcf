import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  choosePrompt,
  computeSignals,
  emptyPromptState,
  mergePlaybook,
  parsePlaybook,
  parseLibrary,
  promptReaction,
  promptShown,
  QUIET_AFTER_DISMISS_MS,
  SignalInputs,
} from './prompts';
import { DaySummary } from '../focus/today';

const library = parseLibrary(
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'media', 'prompts', 'library.json'), 'utf8')),
);
const day: DaySummary = {
  focusMs: 0,
  sessions: 2,
  completed: 2,
  interruptions: 1,
  urgent: 0,
  negotiable: 0,
  breaksTaken: 1,
  breaksSkipped: 0,
  checkins: 0,
  pastEndOfDay: false,
};
const inputs = (over: Partial<SignalInputs> = {}): SignalInputs => ({
  today: day,
  sessionsSinceBreak: 0,
  wipActive: 1,
  wipLimit: 3,
  pastDailyInterruptions: [1, 2, 2, 3],
  checkins: [],
  ...over,
});
const NOW = Date.UTC(2026, 10, 23, 15);

describe('pacing prompts', () => {
  it('the built-in library is valid: at least 40 prompts in every category, and a glossary', () => {
    assert.deepEqual(library.errors, []);
    assert.ok(library.library.prompts.length >= 40);
    for (const c of ['discovery', 'diagnostic', 'escalation'])
      assert.ok(
        library.library.prompts.some((p) => p.category === c),
        c,
      );
    assert.ok(library.library.glossary.length >= 10);
    assert.ok(library.library.prompts.some((p) => p.text === 'Is this request urgent, or is the timeline negotiable?'));
  });

  it('signals come from the facts, with the facts attached', () => {
    assert.equal(computeSignals(inputs()).size, 0);
    const s = computeSignals(
      inputs({
        wipActive: 5,
        sessionsSinceBreak: 3,
        today: { ...day, interruptions: 6, pastEndOfDay: true },
        checkins: [
          { at: 1, stress: 2 },
          { at: 2, stress: 3 },
          { at: 3, stress: 4 },
        ],
      }),
    );
    assert.deepEqual([...s.keys()].sort(), [
      'interruptionsHigh',
      'noBreaks',
      'pastEndOfDay',
      'stressRising',
      'wipOverLimit',
    ]);
    assert.deepEqual(s.get('wipOverLimit'), { active: 5, limit: 3 });
    assert.deepEqual(s.get('interruptionsHigh'), { today: 6, median: 2 });
    assert.deepEqual(s.get('stressRising'), { from: 2, to: 4 });
  });

  it('git: four recent branches or two late-night commits are signals; unknown git facts are none', () => {
    assert.equal(computeSignals(inputs({ recentBranches: 3, lateCommits: 1 })).size, 0);
    const s = computeSignals(inputs({ recentBranches: 4, lateCommits: 2 }));
    assert.deepEqual(s.get('manyBranches'), { branches: 4 });
    assert.deepEqual(s.get('lateNight'), { commits: 2 });
    for (const signal of ['manyBranches', 'lateNight'] as const)
      assert.ok(
        library.library.prompts.some((p) => p.signals.includes(signal)),
        `a prompt for ${signal}`,
      );
  });

  it('interruptions are compared with the user’s own median, and need some history', () => {
    assert.equal(
      computeSignals(inputs({ today: { ...day, interruptions: 3 }, pastDailyInterruptions: [4, 5, 6] })).has(
        'interruptionsHigh',
      ),
      false,
    );
    assert.equal(
      computeSignals(inputs({ today: { ...day, interruptions: 9 }, pastDailyInterruptions: [1] })).has(
        'interruptionsHigh',
      ),
      false,
    );
  });

  it('automatic prompts need a signal; on demand a general one is offered', () => {
    const none = computeSignals(inputs());
    assert.equal(choosePrompt(library.library, none, emptyPromptState(), NOW, '2026-11-23', false), undefined);
    const general = choosePrompt(library.library, none, emptyPromptState(), NOW, '2026-11-23', true);
    assert.equal(general?.signal, 'general');
  });

  it('picks a prompt matching the signal, and rotates through them', () => {
    const signals = computeSignals(inputs({ wipActive: 4 }));
    let state = emptyPromptState();
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const c = choosePrompt(library.library, signals, state, NOW, '2026-11-23', true);
      assert.ok(c);
      assert.ok(c.prompt.signals.includes('wipOverLimit'));
      seen.add(c.prompt.id);
      state = promptShown(state, c.prompt.id);
    }
    assert.equal(seen.size, 4, 'no prompt repeats while others are unseen');
  });

  it('"not useful" lowers a prompt’s weight; dismissal starts a quiet period; snooze silences the day', () => {
    const signals = computeSignals(inputs({ wipActive: 4 }));
    const first = choosePrompt(library.library, signals, emptyPromptState(), NOW, '2026-11-23', false);
    assert.ok(first);
    let state = promptReaction(emptyPromptState(), first.prompt.id, 'notUseful', NOW, '2026-11-23');
    assert.ok(state.weights[first.prompt.id] < 1);
    assert.equal(
      choosePrompt(library.library, signals, state, NOW + 1000, '2026-11-23', false),
      undefined,
      'quiet period',
    );
    const later = choosePrompt(library.library, signals, state, NOW + QUIET_AFTER_DISMISS_MS, '2026-11-23', false);
    assert.ok(later && later.prompt.id !== first.prompt.id);
    state = promptReaction(state, later.prompt.id, 'snoozeToday', NOW, '2026-11-23');
    assert.equal(
      choosePrompt(library.library, signals, state, NOW + 10 * QUIET_AFTER_DISMISS_MS, '2026-11-23', false),
      undefined,
    );
    assert.ok(
      choosePrompt(library.library, signals, state, NOW + 10 * QUIET_AFTER_DISMISS_MS, '2026-11-24', false),
      'tomorrow again',
    );
  });

  it('a malformed library entry is listed and skipped, the rest kept', () => {
    const { library: lib, errors } = parseLibrary({
      prompts: [
        { id: 'ok', category: 'discovery', signals: ['general'], text: 'Fine?' },
        { id: 'ok', category: 'discovery', signals: ['general'], text: 'Duplicate id' },
        { id: 'bad', category: 'gossip', signals: ['general'], text: 'x' },
        { id: '../x', category: 'discovery', signals: ['general'], text: 'x' },
        null,
      ],
      glossary: [{ term: 'WIP', definition: 'Work in progress' }, { term: 3 }],
    });
    assert.deepEqual(
      lib.prompts.map((p) => p.id),
      ['ok'],
    );
    assert.equal(lib.glossary.length, 1);
    assert.deepEqual(errors, [
      { entry: 'prompt', n: 2, reason: 'duplicateId', value: 'ok' },
      { entry: 'prompt', n: 3, reason: 'category', value: 'gossip' },
      { entry: 'prompt', n: 4, reason: 'id' },
      { entry: 'prompt', n: 5, reason: 'notObject' },
      { entry: 'glossary', n: 2, reason: 'term' },
    ]);
  });

  describe('team playbook', () => {
    const playbook = JSON.stringify({
      owner: 'platform team',
      prompts: [
        { id: 'disc-01', category: 'discovery', signals: ['general'], text: 'Team:\u202e what is done today?', x: 1 },
        { id: 'team-1', category: 'escalation', signals: ['wipOverLimit'], text: '<b>Raise it</b> in #team' },
        { id: 'bad', category: 'rant', signals: ['general'], text: 'no' },
        { id: 'team-2', category: 'discovery', signals: ['moonPhase'], text: 'unknown signal' },
      ],
      glossary: [
        { term: 'wip (WORK IN PROGRESS)', definition: 'Ours.' },
        { term: 'Pairing hour', definition: 'Two hours, no meetings.' },
        { term: '', definition: 'empty term' },
      ],
    });

    it('adds and overrides prompts and terms; unknown fields ignored; bad entries listed, the rest kept', () => {
      const team = parsePlaybook(playbook);
      // Counted from 1, as a person reads the file, each with its reason (a plain-word value is quoted back).
      assert.deepEqual(team.errors, [
        { entry: 'prompt', n: 3, reason: 'category', value: 'rant' },
        { entry: 'prompt', n: 4, reason: 'signal', value: 'moonPhase' },
        { entry: 'glossary', n: 3, reason: 'term' },
      ]);
      const merged = mergePlaybook(library.library, team.library);
      const d1 = merged.prompts.find((p) => p.id === 'disc-01');
      assert.equal(d1?.text, 'Team: what is done today?', 'bidi override neutralised');
      assert.equal(d1?.team, true);
      assert.equal(merged.prompts.length, library.library.prompts.length + 1);
      assert.equal(merged.prompts.at(-1)?.text, '<b>Raise it</b> in #team', 'kept as text; the webview renders text');
      assert.equal(merged.glossary.length, library.library.glossary.length + 1);
      assert.equal(merged.glossary.find((g) => g.term === 'Pairing hour')?.definition, 'Two hours, no meetings.');
      assert.equal(merged.glossary[0].definition, 'Ours.', 'a term is replaced whatever its case');
    });

    for (const [what, text] of [
      ['not JSON', '{ prompts: ['],
      ['an array', '[]'],
      ['null', 'null'],
      ['a BOM and nothing else', '\uFEFF'],
    ] as const) {
      it(`a playbook that is ${what} is an error, never a crash`, () => {
        const r = parsePlaybook(text);
        assert.equal(r.library.prompts.length + r.library.glossary.length, 0);
        assert.ok(r.errors.length > 0);
      });
    }
  });
});
