// Office hours as this user meets them: the space's charter and peaks give the schedule, the user's own profile gives
// their team; this says what this week holds for it, which meeting comes next and which one was last.
import type { OfficeHoursRules } from '../mentorship/charter';
import { addWeeks } from '../mentorship/calendarWeeks';
import { teamKey } from '../mentorship/profile';
import type { Space } from '../mentorship/space';
import { peaksByTeam } from '../mentorship/spaceTeam';
import { meetingOf, officeHoursSlots, Slot } from './officeHours';
import { challengesOf } from './challenge';
import type { TeamNote } from '../team/teamNote';

/** How far ahead "next" is looked for, in slots. */
const AHEAD_SLOTS = 26;

export interface TeamMeeting {
  week: string;
  team: string;
  other: string;
  /** Pacing challenges written for it: this team's, and the other team's (newest versions only). */
  ours: TeamNote[];
  theirs: TeamNote[];
}

export type OfficeHoursNow =
  | { kind: 'notSetUp' }
  | { kind: 'problems'; problems: string[] }
  | {
      kind: 'ready';
      rules: OfficeHoursRules;
      week: string;
      /** This week's slot, if office hours meet this week. */
      slot?: Slot;
      /** The user's team as the charter spells it; absent when they have not joined or it is not listed. */
      team?: string;
      /** The team of the user's profile when the charter does not list it. */
      unlisted?: string;
      joined: boolean;
      thisWeek?: TeamMeeting;
      next?: TeamMeeting;
      /** The latest meeting before this week. */
      last?: TeamMeeting;
    };

/** What the office hours are for this user in `week`, from the space as read. */
export function officeHoursNow(space: Space, ownTeam: string | undefined, week: string): OfficeHoursNow {
  const reading = space.charter?.ok ? space.charter.charter.officeHours : space.charter?.partial?.officeHours;
  if (!reading) return { kind: 'notSetUp' };
  if (!reading.ok) return { kind: 'problems', problems: reading.problems };
  const rules = reading.rules;
  const team = ownTeam && rules.teams.find((t) => teamKey(t) === teamKey(ownTeam));
  const out: Extract<OfficeHoursNow, { kind: 'ready' }> = {
    kind: 'ready',
    rules,
    week,
    joined: ownTeam !== undefined,
    ...(team ? { team } : ownTeam ? { unlisted: ownTeam } : {}),
  };
  const notes = current(space.notes);
  const meeting = (slot: Slot): TeamMeeting | undefined => {
    const m = team ? meetingOf(slot, team) : undefined;
    return m && team
      ? { week: slot.week, team, other: m.other, ...challengesOf(notes, slot.week, team, m.other) }
      : undefined;
  };
  const until = addWeeks(week, AHEAD_SLOTS * rules.everyWeeks);
  for (const slot of officeHoursSlots(rules, peaksByTeam(space.teams), until)) {
    if (slot.week < week) out.last = meeting(slot) ?? out.last;
    else if (slot.week === week) {
      out.slot = slot;
      out.thisWeek = meeting(slot);
    } else if (!out.next) {
      out.next = meeting(slot);
      if (out.next || !team) break;
    }
  }
  return out;
}

/** Notes another note of the space replaces are left out (an edit is a new file). */
function current(notes: readonly TeamNote[]): TeamNote[] {
  const replaced = new Set(notes.map((n) => n.supersedes).filter(Boolean));
  return notes.filter((n) => !replaced.has(n.id));
}
