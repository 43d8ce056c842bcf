import { strict as assert } from 'node:assert';
import { DIMENSIONS, Light, Rating } from '../team/teamRating';
import { MAX_ACTIONS, parseReview, serializeReview, TeamReview } from '../team/teamReview';
import type { TeamNote } from '../team/teamNote';
import { reviewResults } from './reviewResults';
import {
  actionsOf,
  proposals,
  quarterNotes,
  quarterOfWeek,
  reviewsOf,
  safeVote,
  voteCountsProblem,
} from './reviewRitual';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const parse = (v: unknown) => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return parseReview(text, Buffer.byteLength(text));
};
const good = {
  schema: 'pacewise.review',
  v: '1.0',
  id: uuid(1),
  quarter: '2026-Q4',
  actions: ['Keep Wednesday mornings free of meetings'],
  worth: { total: 11, shown: { yes: 6 }, merged: { keys: ['partly', 'no'], count: 5 } },
};

describe('a review file', () => {
  it('reads the quarter, the actions and the vote, and writes the same file back', () => {
    const read = parse(good);
    assert.ok(read.ok);
    assert.deepEqual(read.value.worth, {
      total: 11,
      shown: [{ key: 'yes', count: 6 }],
      merged: { keys: ['partly', 'no'], count: 5 },
    });
    const again = parse(serializeReview(read.value));
    assert.ok(again.ok);
    assert.deepEqual(again.value, read.value);
    assert.ok(parse({ ...good, worth: undefined, actions: [] }).ok, 'no actions and no vote is a review too');
    assert.ok(parse({ ...good, worth: { total: 7 } }).ok, 'a total alone (too few of each)');
  });

  it('refuses a vote a person could be picked out of, and actions that are not short lines', () => {
    const bad: [unknown, RegExp][] = [
      [{ ...good, worth: { total: 4 } }, /total/],
      [{ ...good, worth: { total: 7, shown: { yes: 6, no: 1 } } }, /below 5/],
      [{ ...good, worth: { total: 10, shown: { yes: 6 }, merged: { keys: ['no'], count: 4 } } }, /merged/],
      [{ ...good, worth: { total: 12, shown: { yes: 6 }, merged: { keys: ['yes', 'no'], count: 6 } } }, /also shown/],
      [{ ...good, worth: { total: 12, shown: { yes: 6, no: 5 } } }, /add up/],
      [{ ...good, worth: { total: 12, shown: { maybe: 12 } } }, /unknown vote/],
      [{ ...good, worth: { total: 12, who: 'Ada' } }, /unknown fields/],
      [{ ...good, actions: ['one\ntwo'] }, /line break/],
      [{ ...good, actions: ['x'.repeat(201)] }, /longer/],
      [{ ...good, actions: ['  '] }, /empty/],
      [{ ...good, actions: [3] }, /not text/],
      [{ ...good, actions: Array.from({ length: MAX_ACTIONS + 1 }, () => 'a') }, /at most/],
      [{ ...good, quarter: '2026-12' }, /quarter/],
      [{ ...good, id: 'x' }, /id/],
      ['{"schema":"pacewise.review","v":"1.0",', /JSON/],
      [{ ...good, v: '2.0' }, /newer/],
    ];
    for (const [v, problem] of bad) {
      const read = parse(v);
      assert.ok(!read.ok, JSON.stringify(v));
      assert.match(read.problem, problem);
    }
  });
});

describe('the review meeting', () => {
  const rating = (n: number, light: Light): Rating => ({
    id: uuid(n),
    quarter: '2026-Q4',
    ratings: Object.fromEntries(
      DIMENSIONS.map((d) => [d, [d === 'meetings' || d === 'safety' ? light : 'green', 'same']]),
    ),
  });

  it('proposes one experiment per dimension at least five rated red, none below five ratings', () => {
    const ten = [1, 2, 3, 4, 5].map((n) => rating(n, 'red')).concat([6, 7, 8, 9, 10].map((n) => rating(n, 'green')));
    assert.deepEqual(proposals(reviewResults(ten, '2026-Q4', '2026-Q3', 5)), [
      { dimension: 'meetings', template: 'noMeetingMornings' },
      { dimension: 'safety', template: 'custom' },
    ]);
    assert.deepEqual(proposals(reviewResults(ten.slice(0, 4), '2026-Q4', '2026-Q3', 5)), []);
    assert.deepEqual(proposals(reviewResults(ten, '2026-Q4', '2026-Q3', 6)), [], 'five red is not six');
  });

  it('joins the actions of reviews saved apart, each line once', () => {
    const r = (n: number, quarter: string, actions: string[]): TeamReview => ({ id: uuid(n), quarter, actions });
    const all = [r(3, '2026-Q4', ['b', 'c']), r(2, '2026-Q4', ['a', 'b']), r(1, '2026-Q3', ['old'])];
    assert.deepEqual(
      reviewsOf(all, '2026-Q4').map((x) => x.id),
      [uuid(2), uuid(3)],
    );
    assert.deepEqual(actionsOf(all, '2026-Q4'), ['a', 'b', 'c']);
    assert.deepEqual(actionsOf(all, '2026-Q2'), []);
  });

  it('takes the quarter’s experiment reports and lessons by the week’s Thursday, newest first', () => {
    assert.equal(quarterOfWeek('2026-W40'), '2026-Q4', 'Mon 28 Sep, Thu 1 Oct');
    assert.equal(quarterOfWeek('2026-W39'), '2026-Q3');
    assert.equal(quarterOfWeek('2026-W53'), '2026-Q4', 'Thu 31 Dec');
    const note = (n: number, week: string, kind: TeamNote['kind']) => ({ id: uuid(n), week, kind }) as TeamNote;
    const notes = [
      note(1, '2026-W41', 'lesson'),
      note(2, '2026-W45', 'experimentReport'),
      note(3, '2026-W45', 'question'),
      note(4, '2026-W39', 'lesson'),
      note(5, '2026-W50', 'challenge'),
    ];
    assert.deepEqual(
      quarterNotes(notes, '2026-Q4').map((n) => n.id),
      [uuid(2), uuid(1)],
    );
  });

  it('keeps of the vote only what the review may show', () => {
    assert.deepEqual(safeVote({ yes: 6, partly: 5, no: 0 }, 5), {
      total: 11,
      shown: [
        { key: 'yes', count: 6 },
        { key: 'partly', count: 5 },
        { key: 'no', count: 0 },
      ],
    });
    assert.deepEqual(safeVote({ yes: 7, partly: 3, no: 2 }, 5), {
      total: 12,
      shown: [{ key: 'yes', count: 7 }],
      merged: { keys: ['partly', 'no'], count: 5 },
    });
    assert.deepEqual(safeVote({ yes: 4, partly: 3, no: 0 }, 5), {
      total: 7,
      shown: [{ key: 'no', count: 0 }],
      merged: { keys: ['yes', 'partly'], count: 7 },
    });
    assert.deepEqual(safeVote({ yes: 3, partly: 1, no: 2 }, 5), { total: 6, shown: [] }, 'no split is safe');
    assert.equal(safeVote({ yes: 4, partly: 0, no: 0 }, 5), undefined, 'fewer than five voted: nothing kept');
    assert.equal(safeVote({ yes: 4, partly: 0, no: 0 }, 3), undefined, 'never below 5');
    assert.equal(safeVote({ yes: 5, partly: 0, no: 0 }, 6), undefined, 'the charter’s minimum');
    // Every saved vote of up to 20 people reads back, and no count in it stands for 1 to 4 people.
    for (let yes = 0; yes <= 20; yes++)
      for (let partly = 0; partly + yes <= 20; partly++)
        for (let no = 0; no + partly + yes <= 20; no++) {
          const v = safeVote({ yes, partly, no }, 5);
          if (!v) continue;
          const read = parse({
            ...good,
            worth: JSON.parse(serializeReview({ id: uuid(1), quarter: '2026-Q4', actions: [], worth: v })).worth,
          });
          assert.ok(read.ok, `${yes}/${partly}/${no}: ${read.ok ? '' : read.problem}`);
          for (const c of [...v.shown.map((s) => s.count), v.merged?.count ?? 0]) assert.ok(c === 0 || c >= 5);
        }
    assert.match(voteCountsProblem({ yes: 1.5, partly: 0, no: 0 }) ?? '', /yes/);
    assert.match(voteCountsProblem({ yes: 1, partly: -1, no: 0 }) ?? '', /partly/);
    assert.equal(voteCountsProblem({ yes: 1, partly: 0, no: 0 }), undefined);
  });
});
