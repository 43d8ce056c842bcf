// The retrospective across teams as Markdown: its page's six steps (retroPage.ts) — each team alphabetical, its
// results only from the minimum group of its own ratings; no totals across teams, no ranks — and the ratings no team
// of the space claims, counted nowhere.
import { plural } from '../plural';
import { retroPageModel } from './retroPage';
import type { RetroMeeting } from './retroService';
import { meetingMarkdown } from './reviewMarkdown';

export function retroMarkdown(m: RetroMeeting): string {
  const unmatched = m.results.unmatched;
  return meetingMarkdown(
    retroPageModel(m),
    [...m.unreadable, ...m.reviewUnreadable],
    unmatched
      ? [
          plural(
            unmatched,
            {
              one: '1 rating names no team of the space and is counted nowhere.',
              other: '{0} ratings name no team of the space and are counted nowhere.',
            },
            unmatched,
          ),
        ]
      : [],
  );
}
