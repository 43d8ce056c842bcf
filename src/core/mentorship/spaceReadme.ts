import { CHARTER_FILE } from './space';

/** The README Pacewise writes into a new mentorship space: what the files are and what git shows of the people. */
export const SPACE_README = `# Mentorship space

This repository is shared by the teams taking part in cross-team mentoring with Pacewise. There is no server: each
participant clones it, Pacewise reads and writes files here, and people commit and push as usual. Pacewise never
commits.

| path | what it is | who writes it |
|---|---|---|
| \`${CHARTER_FILE}\` | the charter: objectives, check-in cadence, rotation, the cap on mentees per mentor, cooling-off after a project peak, when a pair may repeat, the minimum group for any aggregate (5) | the teams, together |
| \`profiles/<uuid>.json\` | one participant: a handle they chose, their team, mentor and/or mentee, topics, capacity, active / paused / leaving | its owner, through a preview |
| \`teams/<uuid>.json\` | a team's name and its project peaks | any member of that team |
| \`rounds/<week>.json\` | the pairs of a round, why each was made, why others stayed unmatched, and the inputs they came from (with their hash) | whoever draws the round; anyone can verify it |

What git shows: profiles name people by the handle they chose, not by name — but every commit carries its author's
name and email and when it was made, and the history keeps a profile after its owner deletes it.

Draw or check a round from a checkout of Pacewise: \`npx pacewise-round draw --space <this folder>\`,
\`npx pacewise-round verify --space <this folder>\`. The format is documented in Pacewise's
\`docs/mentorship-space.md\`.
`;
