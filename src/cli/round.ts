import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isWeek, weekOfDate } from '../core/mentorship/calendarWeeks';
import { drawSpaceRound, nextRoundWeek, Space, usableCharter } from '../core/mentorship/space';
import { RoundDifference, serializeRound, verifyRound } from '../core/mentorship/round';
import { pairReasonEn, topicNameEn, unmatchedReasonEn } from '../core/mentorship/roundText';
import { readSpaceFolder, setUpSpace, sha256, writeNewFile } from '../storage/mentorshipSpace';
import { localDay } from '../core/days';

const USAGE = `usage: pacewise-round <command> --space PATH [options]

  init                    write README.md and a charter with the default rules into a new space (never replaces)
  draw [--week 2026-W49]  draw the next round (or the round of that week) and write rounds/<week>.json
       [--dry-run]        print the pairs without writing
  verify [--week W]       draw each round again from the inputs it carries and say what differs
  problems                list the files that are ignored, and why

exit status: 0 done, 1 a round differs or cannot be drawn, 2 bad arguments`;

/** `pacewise-round`: the mentorship space's rounds from a terminal or CI, without VS Code. Prints plain lines. */
export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        space: { type: 'string' },
        week: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const [command, ...extra] = positionals;
  if (!['init', 'draw', 'verify', 'problems'].includes(command) || extra.length) {
    err(USAGE);
    return 2;
  }
  if (!values.space) {
    err(`--space PATH is required\n${USAGE}`);
    return 2;
  }
  if (values.week !== undefined && !isWeek(values.week)) {
    err(`--week must be an ISO week like 2026-W49, not “${values.week}”`);
    return 2;
  }
  const root = path.resolve(values.space);
  if (command === 'init') {
    for (const { name, result } of await setUpSpace(root))
      out(result === 'written' ? `wrote ${name}` : `kept ${name} (it exists)`);
    return 0;
  }
  const isFolder = await stat(root).then(
    (st) => st.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    err(`there is no folder at ${root}`);
    return 2;
  }
  const space = await readSpaceFolder(root);
  for (const p of space.problems) err(`ignored ${p.path}: ${p.problem}`);
  if (command === 'problems') return 0;
  return command === 'draw'
    ? draw(space, root, values.week, values['dry-run'] === true, out, err)
    : verify(space, values.week, out, err);
}

async function draw(
  space: Space,
  root: string,
  week: string | undefined,
  dryRun: boolean,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const charter = usableCharter(space);
  if (!charter.ok) {
    for (const p of charter.problems) err(`charter.json: ${p}`);
    err('no round is drawn from a charter with problems');
    return 1;
  }
  const thisWeek = weekOfDate(localDay(Date.now()));
  const target = week ?? nextRoundWeek(space, charter.charter, thisWeek);
  const outcome = drawSpaceRound(space, target, sha256);
  if (!outcome.ok) {
    err(
      outcome.problem === 'exists'
        ? `round ${target} is already drawn (rounds/${target}.json)`
        : outcome.details.join('\n'),
    );
    return 1;
  }
  const r = outcome.round;
  const handle = new Map(r.inputs.people.map((p) => [p.id, p.handle]));
  out(`round ${r.id}: ${r.pairs.length} pair${r.pairs.length === 1 ? '' : 's'}`);
  for (const p of r.pairs)
    out(`  ${handle.get(p.mentor)} → ${handle.get(p.mentee)} (${topicNameEn(p.topics[0])}): ${pairReasonEn(p)}`);
  for (const u of r.unmatched)
    out(`  unmatched ${u.role} ${unmatchedReasonEn(u.reason, { handle: handle.get(u.id) ?? u.id })}`);
  if (r.candidatesOnly)
    out("  (a large roster: each person's best candidates were considered, not every allowed pair)");
  if (dryRun) return 0;
  const written = await writeNewFile(path.join(root, 'rounds', `${r.id}.json`), serializeRound(r));
  if (written === 'exists') {
    err(`rounds/${r.id}.json appeared meanwhile; kept it`);
    return 1;
  }
  out(`wrote rounds/${r.id}.json — commit and push it to share the round`);
  return 0;
}

function describe(d: RoundDifference, handle: (id: string) => string): string {
  switch (d.kind) {
    case 'inputsEdited':
      return 'its inputs do not match their hash (edited after the round was drawn)';
    case 'extraPair':
      return `pairs ${handle(d.mentor)} → ${handle(d.mentee)}, which the rules do not give`;
    case 'missingPair':
      return `lacks ${handle(d.mentor)} → ${handle(d.mentee)}, which the rules give`;
    case 'topicsDiffer':
      return `gives ${handle(d.mentor)} → ${handle(d.mentee)} other topics than the rules`;
    case 'reasonDiffers':
      return `explains ${handle(d.mentor)} → ${handle(d.mentee)} otherwise than the rules`;
    case 'unmatchedDiffers':
      return `explains ${handle(d.id)} (${d.role}) being unmatched otherwise than the rules, or not at all`;
  }
}

function verify(
  space: Space,
  week: string | undefined,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  const rounds = week ? space.rounds.filter((r) => r.id === week) : space.rounds;
  if (!rounds.length) {
    err(week ? `there is no readable round ${week}` : 'there are no readable rounds');
    return 1;
  }
  let failed = 0;
  for (const r of rounds) {
    const differences = verifyRound(r, sha256);
    const people = new Map(r.inputs.people.map((p) => [p.id, p.handle]));
    if (!differences.length) out(`round ${r.id}: verified — it is what the rules give for its inputs`);
    else {
      failed++;
      out(`round ${r.id}: differs from what the rules give`);
      for (const d of differences) out(`  ${describe(d, (id) => people.get(id) ?? id)}`);
    }
  }
  return failed ? 1 : 0;
}
