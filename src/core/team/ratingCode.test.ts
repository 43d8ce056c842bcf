import { strict as assert } from 'node:assert';
import { MAX_CODES, parseRatingCodes, ratingCode } from './ratingCode';
import { DIMENSIONS, LIGHTS, Rating, TRENDS } from './teamRating';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const code = (rest: string, n = 1) => `pacewise-rating:2026-Q4:${uuid(n)}:${rest}`;

describe('rating codes (a rating handed to the person who collects them)', () => {
  it('reads back every answer of every dimension, with dimensions skipped', () => {
    const answers = LIGHTS.flatMap((l) => TRENDS.map((t) => [l, t] as const));
    for (const [i, answer] of answers.entries())
      for (let skip = 0; skip < DIMENSIONS.length; skip++) {
        const r: Rating = {
          id: uuid(i * 10 + skip),
          quarter: '2027-Q1',
          ratings: Object.fromEntries(
            DIMENSIONS.filter((_, k) => k !== skip).map((d, k) => [d, k % 2 ? answer : (['red', 'worse'] as const)]),
          ) as Rating['ratings'],
        };
        const read = parseRatingCodes(ratingCode(r));
        assert.ok(read.ok, JSON.stringify(read));
        assert.deepEqual(read.ratings, [r]);
      }
  });

  it('is one readable line: the quarter, the id and each answer in words', () => {
    const r: Rating = {
      id: uuid(7),
      quarter: '2026-Q4',
      ratings: { pace: ['green', 'better'], safety: ['red', 'same'] },
    };
    assert.equal(ratingCode(r), `pacewise-rating:2026-Q4:${uuid(7)}:pace=green/better,safety=red/same`);
  });

  it('reads many codes separated by spaces or new lines; a code given twice counts once', () => {
    const a = code('pace=green/same', 1);
    const b = code('wip=red/worse', 2);
    const read = parseRatingCodes(`  ${a}\n${b}\r\n\t${a} `);
    assert.ok(read.ok);
    assert.deepEqual(
      read.ratings.map((r) => r.id),
      [uuid(1), uuid(2)],
    );
    assert.equal(read.repeated, 1);
  });

  it('refuses the whole paste when one code is not a rating, naming its position', () => {
    const good = code('pace=green/same', 1);
    const bad: [string, RegExp][] = [
      ['hello', /not a rating code/],
      [code('pace=green/same,note=hello/there', 2), /unknown dimension \(note\)/],
      [code('pace=blue/same', 2), /light/],
      [code('pace=green/sideways', 2), /trend/],
      [code('pace=green/same,pace=red/same', 2), /pace twice/],
      [code('', 2), /not a rating code/],
      [code('pace=green/same', 1).replace('2026-Q4', '2026-Q5'), /not a rating code/],
      [code('pace=green/same').toUpperCase(), /not a rating code/],
      [`pacewise-rating:2026-Q4:${'0'.repeat(36)}:pace=green/same`, /no valid id/],
      [code('pace=green/same', 1).replace('pace=green/same', 'pace=red/same'), /another code with other answers/],
      [`${good}extra words`, /trend/],
      [code('constructor=green/same', 2), /unknown dimension/],
    ];
    for (const [text, problem] of bad) {
      const read = parseRatingCodes(`${good}\n${text}`);
      assert.ok(!read.ok, text);
      assert.match(read.problem, problem, text);
      assert.equal(read.at, 2, text);
    }
    assert.deepEqual(parseRatingCodes(' \n '), { ok: false, problem: 'no code' });
  });

  it(`refuses more than ${MAX_CODES} codes in one paste`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => code('pace=green/same', i + 1)).join(' ');
    assert.ok(parseRatingCodes(many(MAX_CODES)).ok);
    assert.ok(!parseRatingCodes(many(MAX_CODES + 1)).ok);
  });
});
