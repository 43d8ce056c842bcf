import assert from 'node:assert/strict';
import type { CheckinRecord } from '../focus/checkins';
import { pauseSuggestion } from './pauseSuggestion';

const now = new Date(2026, 11, 2, 17, 0).getTime();
const day = (ago: number, stress: number, energy: number, hour = 12): CheckinRecord => ({
  id: `c${ago}-${hour}`,
  at: new Date(2026, 11, 2 - ago, hour, 0).getTime(),
  energy,
  stress,
  focus: 3,
  fairness: 3,
});

describe('mentorship: a private suggestion to pause', () => {
  it('suggests when most recent days were heavy (stress 4+ or energy 2 or less)', () => {
    const s = pauseSuggestion([day(1, 5, 3), day(2, 2, 1), day(3, 4, 3), day(5, 2, 4)], now);
    assert.deepEqual(s, { suggest: true, days: 4, heavyDays: 3 });
  });

  it('does not suggest on too few days, on half heavy days, or from days outside the last two weeks', () => {
    assert.equal(pauseSuggestion([day(1, 5, 1), day(2, 5, 1), day(3, 5, 1)], now).suggest, false);
    assert.equal(pauseSuggestion([day(1, 5, 3), day(2, 5, 3), day(3, 2, 4), day(4, 2, 4)], now).suggest, false);
    assert.equal(pauseSuggestion([day(15, 5, 1), day(16, 5, 1), day(17, 5, 1), day(1, 2, 4)], now).suggest, false);
  });

  it('counts a day once, by its mean, however often one checked in', () => {
    const many = [day(1, 5, 1, 9), day(1, 5, 1, 11), day(1, 5, 1, 13), day(1, 1, 5, 15)];
    const s = pauseSuggestion([...many, day(2, 2, 4), day(3, 2, 4), day(4, 2, 4)], now);
    assert.deepEqual(s, { suggest: false, days: 4, heavyDays: 1 });
  });
});
