import { strict as assert } from 'node:assert';
import { addQuarters, quarterEnd, quarterOf, quarterStart, reviewWindow } from './quarters';
import { DIMENSIONS, Light, LIGHTS, parseRating, Rating, serializeRating, Trend } from '../team/teamRating';
import { reviewResults, safeChange, safeRow } from './reviewResults';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const rating = (n: number, quarter: string, light: Light, trend: Trend = 'same'): Rating => ({
  id: uuid(n),
  quarter,
  ratings: Object.fromEntries(DIMENSIONS.map((d) => [d, [light, trend]])),
});
const parse = (v: unknown) => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return parseRating(text, Buffer.byteLength(text));
};
const good = {
  schema: 'pacewise.rating',
  v: '1.0',
  id: uuid(1),
  quarter: '2026-Q4',
  ratings: { pace: ['red', 'worse'] },
};

describe('quarters', () => {
  it('names, starts, ends and steps quarters across years', () => {
    assert.equal(quarterOf('2026-12-31'), '2026-Q4');
    assert.equal(quarterOf('2027-01-01'), '2027-Q1');
    assert.equal(quarterStart('2026-Q3'), '2026-07-01');
    assert.equal(quarterEnd('2026-Q1'), '2026-03-31');
    assert.equal(quarterEnd('2028-Q1'), '2028-03-31');
    assert.equal(quarterEnd('2026-Q4'), '2026-12-31');
    assert.equal(addQuarters('2026-Q4', 1), '2027-Q1');
    assert.equal(addQuarters('2027-Q1', -1), '2026-Q4');
    assert.equal(addQuarters('2026-Q2', -8), '2024-Q2');
  });

  it('offers the review from offerDays before the last day and three weeks into the next quarter', () => {
    assert.deepEqual(reviewWindow('2026-12-03', 14), {
      quarter: '2026-Q4',
      offered: false,
      opensOn: '2026-12-17',
      endsOn: '2026-12-31',
    });
    assert.equal(reviewWindow('2026-12-17', 14).offered, true);
    assert.equal(reviewWindow('2026-12-16', 14).offered, false);
    assert.equal(reviewWindow('2026-12-03', 28).offered, true);
    // Early in January, the quarter just ended is the one rated.
    assert.deepEqual(reviewWindow('2027-01-05', 14), {
      quarter: '2026-Q4',
      offered: true,
      opensOn: '2026-12-17',
      endsOn: '2026-12-31',
    });
    assert.equal(reviewWindow('2027-01-22', 14).quarter, '2027-Q1');
    assert.equal(reviewWindow('2027-01-22', 14).offered, false);
    assert.throws(() => reviewWindow('2026-13-01', 14));
  });
});

describe('a rating file', () => {
  it('reads a light and a trend per dimension, and writes the same file back', () => {
    const r = parse(good);
    assert.ok(r.ok);
    assert.deepEqual(r.value, { id: uuid(1), quarter: '2026-Q4', ratings: { pace: ['red', 'worse'] } });
    const again = parse(serializeRating(r.value));
    assert.ok(again.ok);
    assert.deepEqual(again.value, r.value);
    const all = rating(2, '2026-Q4', 'amber', 'better');
    const text = serializeRating({ ...all, team: 'search' });
    assert.deepEqual(parse(text), { ok: true, value: { ...all, team: 'search' } });
    assert.match(text, /"pace": \["amber", "better"\],\n/);
  });

  it('cannot carry text: any other field, any other value, a text in place of a light is refused', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...good, note: 'Ana is burnt out' }, /a field a rating cannot have \(note\)/],
      [{ ...good, author: 'ana' }, /cannot have \(author\)/],
      [{ ...good, ratings: { pace: ['red', 'worse', 'because of Ana'] } }, /other than a light/],
      [{ ...good, ratings: { pace: ['Ana', 'worse'] } }, /other than a light/],
      [{ ...good, ratings: { pace: { light: 'red' } } }, /other than a light/],
      [{ ...good, ratings: { 'ana is tired': ['red', 'worse'] } }, /unknown dimension/],
      [{ ...good, ratings: {} }, /rates no dimension/],
      [{ ...good, quarter: 'last quarter' }, /has no quarter/],
      [{ ...good, quarter: '2026-Q5' }, /has no quarter/],
      [{ ...good, id: 'ana' }, /no valid id/],
      [{ ...good, team: 'Search Team' }, /not a team key/],
      [{ ...good, team: 'x'.repeat(61) }, /not a team key/],
      [{ ...good, v: '2.0' }, /needs a newer Pacewise/],
      [{ ...good, schema: 'pacewise.note' }, /is not a Pacewise rating/],
      [JSON.stringify(good).slice(0, 40), /not valid JSON/],
      [JSON.stringify({ ...good, ratings: { pace: ['red', 'worse'], x: 'y'.repeat(3000) } }), /larger than 2 KB/],
      [`<<<<<<< HEAD\n${JSON.stringify(good)}\n=======\n>>>>>>> b`, /conflict markers/],
    ];
    for (const [input, problem] of cases) {
      const r = parse(input);
      assert.ok(!r.ok, JSON.stringify(input));
      assert.match(r.problem, problem);
    }
  });
});

describe('a row of counts as the review may show it (k = 5)', () => {
  const lights = (green: number, amber: number, red: number) => safeRow(LIGHTS, { green, amber, red }, 5);

  it('shows every count when each is 0 or at least 5', () => {
    assert.deepEqual(lights(5, 0, 6), {
      total: 11,
      shown: [
        { key: 'green', count: 5 },
        { key: 'amber', count: 0 },
        { key: 'red', count: 6 },
      ],
      withheld: false,
    });
  });

  it('one small count alone is hidden with the next smallest, merged when together they reach 5', () => {
    // red 2 alone could be read off the total (12 − 5 − 5); amber is the next smallest and goes with it.
    assert.deepEqual(lights(5, 5, 2), {
      total: 12,
      shown: [{ key: 'green', count: 5 }],
      merged: { keys: ['amber', 'red'], count: 7 },
      withheld: false,
    });
    // Two small counts that together reach 5 are merged; the zero stays.
    assert.deepEqual(lights(3, 4, 0), {
      total: 7,
      shown: [{ key: 'red', count: 0 }],
      merged: { keys: ['green', 'amber'], count: 7 },
      withheld: false,
    });
  });

  it('withholds the split when no merge reaches 5, and everything below 5 ratings', () => {
    assert.deepEqual(lights(6, 0, 3), { total: 9, shown: [], withheld: true });
    // Below 5 not even the row's count is kept: a skip must not be countable from the review's total.
    assert.deepEqual(lights(2, 1, 1), { total: 0, shown: [], withheld: true, few: true });
    assert.deepEqual(lights(0, 0, 0), { total: 0, shown: [], withheld: true, few: true });
  });

  it('for every row of up to 30 ratings: no number shown stands for 1 to 4 people, none is derivable', () => {
    for (let g = 0; g <= 30; g++)
      for (let a = 0; a + g <= 30; a++)
        for (let r = 0; r + a + g <= 30; r++) {
          const row = lights(g, a, r);
          const where = JSON.stringify({ g, a, r, row });
          assert.ok(row.total === 0 || row.total >= 5, where);
          for (const c of row.shown) assert.ok(c.count === 0 || c.count >= 5, where);
          if (row.merged) {
            assert.ok(row.merged.keys.length >= 2 && row.merged.count >= 5, where);
            assert.ok(
              row.merged.keys.some((k) => ({ green: g, amber: a, red: r })[k] > 0),
              where,
            );
          }
          if (row.withheld) assert.equal(row.shown.length, 0, where);
          else {
            const parts = row.shown.reduce((n, c) => n + c.count, row.merged?.count ?? 0);
            assert.equal(parts, g + a + r, where);
            // What is hidden is exactly the merged group: no single hidden count equals total minus the shown.
            const hidden = LIGHTS.filter((k) => !row.shown.some((c) => c.key === k));
            assert.ok(hidden.length === 0 || hidden.length >= 2, where);
          }
        }
  });

  it('a change since last quarter is a number only from 5 up', () => {
    assert.deepEqual(safeChange(12, 6, 5), { by: 6 });
    assert.deepEqual(safeChange(5, 10, 5), { by: -5 });
    assert.equal(safeChange(7, 6, 5), 'little');
    assert.equal(safeChange(6, 6, 5), 'none');
  });
});

describe('a quarter’s results', () => {
  const q4 = '2026-Q4';
  const q3 = '2026-Q3';

  it('with four ratings: nothing but the count', () => {
    const four = [1, 2, 3, 4].map((n) => rating(n, q4, 'red'));
    const res = reviewResults(four, q4, q3, 5);
    assert.equal(res.enough, false);
    assert.equal(res.ratings, 4);
    assert.deepEqual(res.dimensions, []);
  });

  it('with five or more: distributions per dimension, a concern where five rated red, changes within the rule', () => {
    const now = [
      ...[1, 2, 3, 4, 5].map((n) => rating(n, q4, 'red', 'worse')),
      ...[6, 7, 8, 9, 10, 11].map((n) => rating(n, q4, 'green', 'better')),
      rating(12, '2026-Q2', 'green'),
    ];
    const before = [20, 21, 22, 23, 24].map((n) => rating(n, q3, 'green'));
    const res = reviewResults([...now, ...before], q4, q3, 5);
    assert.equal(res.enough, true);
    assert.equal(res.ratings, 11);
    assert.equal(res.dimensions.length, 6);
    const pace = res.dimensions[0];
    assert.deepEqual(pace.lights.shown, [
      { key: 'green', count: 6 },
      { key: 'amber', count: 0 },
      { key: 'red', count: 5 },
    ]);
    assert.equal(pace.concern, true);
    assert.deepEqual(pace.change, { green: 'little', amber: 'none', red: { by: 5 } });
    assert.deepEqual(res.previous, { quarter: q3, ratings: 5, enough: true });
  });

  it('a dimension most people skipped is withheld; the charter’s larger minimum applies', () => {
    const some = [1, 2, 3, 4, 5, 6].map((n) => rating(n, q4, 'amber'));
    some[0] = { ...some[0], ratings: { pace: ['amber', 'same'] } };
    some[1] = { ...some[1], ratings: { pace: ['amber', 'same'] } };
    const res = reviewResults(some, q4, q3, 5);
    assert.equal(res.dimensions[0].lights.withheld, false);
    assert.equal(res.dimensions[1].lights.total, 0);
    assert.equal(res.dimensions[1].lights.few, true);
    assert.deepEqual(res.dimensions[0].change, {});
    assert.equal(reviewResults(some, q4, q3, 7).enough, false);
  });
});
