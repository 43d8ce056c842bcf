import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  choosePrompt,
  computeSignals,
  emptyPromptState,
  parseLibrary,
  promptReaction,
  promptShown,
  QUIET_AFTER_DISMISS_MS,
  SignalInputs,
} from './prompts';
import { DaySummary } from './today';

const library = parseLibrary(
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'media', 'prompts', 'library.json'), 'utf8')),
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
    assert.equal(errors.length, 5);
  });
});
