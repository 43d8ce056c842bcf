import assert from 'node:assert/strict';
import type { Light, Rating } from '../team/teamRating';
import { DIMENSIONS } from '../team/teamRating';
import { retroResults } from './retroResults';

let n = 0;
const rating = (team: string | undefined, light: Light, quarter = '2026-Q4'): Rating => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  quarter,
  ...(team !== undefined ? { team } : {}),
  ratings: Object.fromEntries(DIMENSIONS.map((d) => [d, [light, 'same']])),
});
const many = (count: number, team: string | undefined, light: Light, quarter?: string) =>
  Array.from({ length: count }, () => rating(team, light, quarter));

describe('the retrospective across teams', () => {
  it('shows a team’s results only from the minimum group of its own ratings; the others say nothing but their name', () => {
    const r = retroResults(
      [...many(5, 'web', 'green'), ...many(4, 'api', 'red'), ...many(7, 'payments', 'amber')],
      ['Web', 'API', 'Paymènts'],
      '2026-Q4',
      '2026-Q3',
      5,
    );
    assert.deepEqual(
      r.teams.map((t) => [t.name, t.results?.ratings]),
      [
        ['API', undefined],
        ['Paymènts', 7],
        ['Web', 5],
      ],
    );
    // A team under the minimum group carries no count at all, not even how many rated.
    assert.deepEqual(r.teams[0], { name: 'API', key: 'api' });
    assert.equal(r.teams[2].results?.dimensions[0].lights.shown.find((c) => c.key === 'green')?.count, 5);
    assert.equal(r.unmatched, 0);
  });

  it('adds nothing up across teams: no total a hidden team could be recovered from', () => {
    const r = retroResults(
      [...many(6, 'web', 'green'), ...many(3, 'api', 'red')],
      ['web', 'api'],
      '2026-Q4',
      '2026-Q3',
      5,
    );
    const text = JSON.stringify(r);
    assert.doesNotMatch(text, /"ratings":9\b|"total":9\b/);
    assert.deepEqual(Object.keys(r).sort(), ['minGroup', 'quarter', 'teams', 'unmatched']);
  });

  it('counts nowhere a rating without a team, or with a team the space does not know', () => {
    const r = retroResults(
      [...many(5, 'web', 'green'), ...many(2, undefined, 'red'), ...many(3, 'mobile', 'red')],
      ['web'],
      '2026-Q4',
      '2026-Q3',
      5,
    );
    assert.equal(r.unmatched, 5);
    assert.equal(r.teams.length, 1);
    assert.equal(r.teams[0].results?.ratings, 5);
  });

  it('changes since last quarter per team under the same rule; the charter’s larger minimum group holds', () => {
    const ratings = [...many(5, 'web', 'green', '2026-Q3'), ...many(6, 'web', 'green')];
    const five = retroResults(ratings, ['web'], '2026-Q4', '2026-Q3', 5);
    assert.equal(five.teams[0].results?.dimensions[0].change.green, 'little');
    const seven = retroResults(ratings, ['web'], '2026-Q4', '2026-Q3', 7);
    assert.equal(seven.teams[0].results, undefined);
  });

  it('one entry per team however the space spells it, and the same answer for the same files', () => {
    const ratings = [...many(5, 'payments', 'green')];
    const a = retroResults(ratings, ['Payments', 'payments ', 'PAYMENTS'], '2026-Q4', '2026-Q3', 5);
    assert.equal(a.teams.length, 1);
    assert.deepEqual(retroResults([...ratings].reverse(), ['Payments'], '2026-Q4', '2026-Q3', 5), a);
  });
});
