import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_RULES, MAX_OFFICE_HOURS_TEAMS, RULE_NAMES, RULE_RANGES } from '../../src/core/mentorship/charter';
import { AVAILABILITIES } from '../../src/core/mentorship/pairingInputs';
import { PASSED_OVER, UNMATCHED_REASONS } from '../../src/core/mentorship/pairingReasons';
import { MAX_CAPACITY, MAX_TEAM, ROLES, STATUSES } from '../../src/core/mentorship/profile';
import { PACING_TOPICS } from '../../src/core/mentorship/topics';
import { DIMENSIONS, LIGHTS, RATING_SCHEMA, TRENDS } from '../../src/core/team/teamRating';
import {
  MAX_ACTION_CHARS,
  MAX_ACTIONS,
  MAX_VOTES,
  parseReview,
  REVIEW_SCHEMA,
  VOTE_FLOOR,
  VOTES,
} from '../../src/core/team/teamReview';

// The JSON Schemas in docs/schemas are what other tools validate the space's files with: they must say what the
// parsers accept, value for value.

const schema = (name: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'docs', 'schemas', name), 'utf8'));

describe('mentorship JSON Schemas', () => {
  it('the charter: every rule with its range and default', () => {
    const s = schema('mentorship-charter.schema.json');
    for (const name of RULE_NAMES) {
      const p = s.properties[name];
      assert.deepEqual([p.minimum, p.maximum, p.default], [...RULE_RANGES[name], DEFAULT_RULES[name]], name);
    }
  });

  it('the charter’s office hours: the number of teams, their names and the cadence', () => {
    const s = schema('mentorship-charter.schema.json').properties.officeHours;
    assert.deepEqual([s.properties.teams.minItems, s.properties.teams.maxItems], [2, MAX_OFFICE_HOURS_TEAMS]);
    assert.equal(s.properties.teams.items.maxLength, MAX_TEAM);
    assert.deepEqual(s.properties.everyWeeks.enum, [1, 2]);
    assert.match('2026-W49', new RegExp(s.properties.start.pattern));
    assert.doesNotMatch('2026-W54', new RegExp(s.properties.start.pattern));
  });

  it('the profile: roles, statuses, capacity and the known topics', () => {
    const s = schema('mentor-profile.schema.json');
    assert.deepEqual(s.properties.roles.items.enum, [...ROLES]);
    assert.deepEqual(s.properties.status.enum, [...STATUSES]);
    assert.equal(s.properties.capacity.maximum, MAX_CAPACITY);
    for (const t of PACING_TOPICS) assert.match(s.properties.offers.description, new RegExp(`\\b${t}\\b`));
  });

  it('the round: availabilities, reasons and the rules it carries', () => {
    const s = schema('mentorship-round.schema.json');
    assert.deepEqual(s.properties.inputs.properties.people.items.properties.availability.enum, [...AVAILABILITIES]);
    assert.deepEqual(s.properties.unmatched.items.properties.reason.enum, [...UNMATCHED_REASONS]);
    assert.deepEqual(s.properties.pairs.items.properties.passedOver.propertyNames.enum, [...PASSED_OVER]);
    assert.deepEqual(s.properties.inputs.properties.rules.required, RULE_NAMES);
  });
});

describe('the rating JSON Schema', () => {
  it('the dimensions, lights and trends the parser accepts, and nothing else', () => {
    const s = schema('team-rating.schema.json');
    assert.equal(s.additionalProperties, false);
    assert.deepEqual(s.properties.ratings.propertyNames.enum, [...DIMENSIONS]);
    const [light, trend] = s.properties.ratings.patternProperties[''].prefixItems;
    assert.deepEqual([light.enum, trend.enum], [[...LIGHTS], [...TRENDS]]);
    assert.deepEqual(s.required, ['schema', 'v', 'id', 'quarter', 'ratings']);
    assert.equal(s.properties.schema.const, RATING_SCHEMA);
  });
});

describe('the review JSON Schema', () => {
  it('the caps, the votes and the minimum count the parser accepts', () => {
    const s = schema('team-review.schema.json');
    assert.equal(s.properties.schema.const, REVIEW_SCHEMA);
    assert.deepEqual(s.required, ['schema', 'v', 'id', 'quarter', 'actions']);
    const action = s.properties.actions;
    assert.deepEqual([action.maxItems, action.items.maxLength], [MAX_ACTIONS, MAX_ACTION_CHARS]);
    const worth = s.properties.worth.properties;
    assert.deepEqual(worth.shown.propertyNames.enum, [...VOTES]);
    assert.deepEqual(worth.merged.properties.keys.items.enum, [...VOTES]);
    assert.deepEqual([worth.total.minimum, worth.total.maximum], [VOTE_FLOOR, MAX_VOTES]);
    assert.equal(worth.merged.properties.count.minimum, VOTE_FLOOR);
  });

  it('a line the schema’s pattern refuses, the parser refuses too', () => {
    const pattern = new RegExp(schema('team-review.schema.json').properties.actions.items.pattern, 'u');
    const file = (action: string) =>
      JSON.stringify({
        schema: REVIEW_SCHEMA,
        v: '1.0',
        id: '0b0e9d1c-1111-4a2b-9c3d-5e6f7a8b9c0d',
        quarter: '2026-Q4',
        actions: [action],
      });
    for (const line of ['Keep WIP at two', 'two\nlines', 'tab\there', 'bidi \u202e override', 'ok — “quoted”']) {
      const text = file(line);
      assert.equal(parseReview(text, text.length).ok, pattern.test(line), JSON.stringify(line));
    }
  });
});
