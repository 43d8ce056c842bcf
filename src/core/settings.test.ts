import assert from 'node:assert/strict';
import { parseTimeOfDay, validateSettings } from './settings';
import { DEFAULT_SETTINGS } from './userSettings';

describe('settings validation', () => {
  const check = (raw: Record<string, unknown>) => validateSettings(raw, DEFAULT_SETTINGS);

  it('accepts valid values', () => {
    const { settings, issues } = check({
      'session.focusMinutes': 50,
      'day.endOfDay': '17:30',
      'session.autoStartNext': true,
    });
    assert.deepEqual(issues, []);
    assert.equal(settings.focusMinutes, 50);
    assert.equal(settings.endOfDayMinutes, 17 * 60 + 30);
    assert.equal(settings.autoStartNext, true);
  });

  for (const [value, used, problem] of [
    [-5, 1, 'outOfRange'],
    [0, 1, 'outOfRange'],
    [1e12, 240, 'outOfRange'],
    [Number.NaN, 25, 'notNumber'],
    ['25', 25, 'notNumber'],
    [{}, 25, 'notNumber'],
  ] as const) {
    it(`focusMinutes ${String(value)} → ${used}, with a warning naming the setting`, () => {
      const { settings, issues } = check({ 'session.focusMinutes': value });
      assert.equal(settings.focusMinutes, used);
      const mine = issues.filter((i) => i.key === 'session.focusMinutes');
      assert.equal(mine.length, 1);
      assert.equal(mine[0].problem, problem);
    });
  }

  it('an end of day of "25:99" keeps the previous valid time', () => {
    const { settings, issues } = check({ 'day.endOfDay': '25:99' });
    assert.equal(settings.endOfDayMinutes, DEFAULT_SETTINGS.endOfDayMinutes);
    assert.equal(issues[0].problem, 'badTime');
    assert.equal(issues[0].used, '18:00');
  });

  it('a break far longer than the session is refused', () => {
    const { settings, issues } = check({ 'session.focusMinutes': 5, 'session.shortBreakMinutes': 60 });
    assert.ok(settings.shortBreakMinutes <= 20);
    assert.equal(issues[0].problem, 'breakTooLong');
  });

  it('the reflection day is one of the listed choices; anything else keeps the previous day', () => {
    assert.equal(check({ 'reflection.day': 'monday' }).settings.reflectionDay, 'monday');
    assert.equal(check({ 'reflection.day': 'off' }).settings.reflectionDay, 'off');
    for (const bad of ['Friday', 'fri', 5, null]) {
      const { settings, issues } = check({ 'reflection.day': bad });
      assert.equal(settings.reflectionDay, 'friday');
      assert.deepEqual(issues, [{ key: 'reflection.day', value: bad, problem: 'notChoice', used: 'friday' }]);
    }
  });

  it('the check-in offer is true or false and the team folder is text; anything else keeps the previous value', () => {
    const ok = check({ 'checkin.afterSession': false, 'team.folder': '  api  ' });
    assert.deepEqual(ok.issues, []);
    assert.equal(ok.settings.checkinAfterSession, false);
    assert.equal(ok.settings.teamFolder, 'api');
    const bad = check({ 'checkin.afterSession': 'no', 'team.folder': 42 });
    assert.equal(bad.settings.checkinAfterSession, true);
    assert.equal(bad.settings.teamFolder, '');
    assert.deepEqual(
      bad.issues.map((i) => [i.key, i.problem]),
      [
        ['checkin.afterSession', 'notBoolean'],
        ['team.folder', 'notText'],
      ],
    );
  });

  it('parses times of day strictly', () => {
    assert.equal(parseTimeOfDay('7:05'), 425);
    assert.equal(parseTimeOfDay('24:00'), undefined);
    assert.equal(parseTimeOfDay(1800), undefined);
  });
});
