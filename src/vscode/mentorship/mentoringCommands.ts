// The Mentoring commands: connect a space, join (through a preview of the exact file), pause, resume, leave, draw
// the next round (previewed before it is written) and verify a round. Each says plainly what git will show.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { addDays, isCalendarDate } from '../../core/mentorship/calendarWeeks';
import {
  checkName,
  MentorProfile,
  PROFILE_MAJOR,
  PROFILE_MINOR,
  Role,
  serializeProfile,
  teamKey,
} from '../../core/mentorship/profile';
import { RoundDifference } from '../../core/mentorship/round';
import { PACING_TOPICS, parseTopics } from '../../core/mentorship/topics';
import { CommandId, MENTORING_VIEW_ID } from '../commandIds';
import type { CommandHandler } from '../featureServices';
import { plural } from '../plural';
import type { MentorshipService } from './mentorshipService';
import { pairReason, topicName, unmatchedReason } from './mentorshipText';
import { currentRound } from '../../core/mentorship/checkIns';
import type { CheckInService } from './checkInService';
import { markHeld } from './checkInPrompts';
import { exportRecord } from './mentoringRecordExport';
import { askAcrossTeams } from './askAcrossTeams';
import { usableCharter } from '../../core/mentorship/space';

export type MentoringCommand =
  | typeof CommandId.showMentoring
  | typeof CommandId.connectMentorshipSpace
  | typeof CommandId.joinMentoring
  | typeof CommandId.pauseMentoring
  | typeof CommandId.resumeMentoring
  | typeof CommandId.leaveMentoring
  | typeof CommandId.drawMentoringRound
  | typeof CommandId.verifyMentoringRound
  | typeof CommandId.declareTeamPeak
  | typeof CommandId.markMentoringCheckIn
  | typeof CommandId.exportMentoringRecord
  | typeof CommandId.askMentorsAcrossTeams;

const GIT_TRUTH = () =>
  vscode.l10n.t(
    'Pacewise writes the file; you commit and push it. Git records who commits it and when, and keeps it in the history even after you delete it.',
  );

async function show(): Promise<boolean> {
  await vscode.commands.executeCommand(`${MENTORING_VIEW_ID}.focus`);
  return true;
}

/** Asks to connect first when no space is open; true when one is open now. */
export async function needSpace(service: MentorshipService): Promise<boolean> {
  await service.reload();
  if (service.state.kind === 'ready') return true;
  const connect = vscode.l10n.t('Connect a Mentorship Space…');
  const message =
    service.state.kind === 'missing'
      ? vscode.l10n.t('There is no folder at {0} (pacewise.mentorship.space).', service.state.root)
      : vscode.l10n.t('No mentorship space is connected yet.');
  if ((await vscode.window.showWarningMessage(message, connect)) !== connect) return false;
  return connectSpace(service);
}

async function connectSpace(service: MentorshipService): Promise<boolean> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    openLabel: vscode.l10n.t('Use as Mentorship Space'),
    title: vscode.l10n.t('The clone of your organisation’s mentorship repository'),
  });
  const folder = picked?.[0];
  if (!folder) return false;
  if (folder.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('The mentorship space must be a folder on this machine.'));
    return false;
  }
  const root = folder.fsPath;
  const hasCharter = await fs.stat(path.join(root, 'charter.json')).then(
    () => true,
    () => false,
  );
  let setUp = false;
  if (!hasCharter) {
    const yes = vscode.l10n.t('Set Up');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} has no charter yet. Set it up as a new mentorship space?', path.basename(root)),
      {
        modal: true,
        detail: vscode.l10n.t(
          'Pacewise writes README.md and charter.json (the default rules) there, and nothing else. You commit them.',
        ),
      },
      yes,
    );
    if (answer !== yes) return false;
    setUp = true;
  }
  await service.connect(root, setUp);
  return show();
}

async function pickTopics(title: string, picked: readonly string[]): Promise<string[] | undefined> {
  const items = PACING_TOPICS.map((t) => ({ label: topicName(t), id: t, picked: picked.includes(t) }));
  const chosen = await vscode.window.showQuickPick(items, { title, canPickMany: true, ignoreFocusOut: true });
  if (!chosen) return undefined;
  const free = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Other topics, separated by commas (optional)'),
    value: picked.filter((t) => !(PACING_TOPICS as readonly string[]).includes(t)).join(', '),
    ignoreFocusOut: true,
    validateInput: (v) => {
      const r = parseTopics(
        v
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        'topics',
      );
      return r.ok ? undefined : vscode.l10n.t('Each topic is 1 to 40 characters; at most 12 in all.');
    },
  });
  if (free === undefined) return undefined;
  const all = parseTopics(
    [
      ...chosen.map((c) => c.id),
      ...free
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ],
    'topics',
  );
  return all.ok ? all.value : undefined;
}

async function join(service: MentorshipService): Promise<boolean> {
  if (!(await needSpace(service)) || service.state.kind !== 'ready') return false;
  const space = service.state.space;
  const own = service.own();
  const taken = new Set(space.profiles.filter((p) => p.id !== own?.id).map((p) => p.handle.toLowerCase()));
  const handle = await vscode.window.showInputBox({
    title: vscode.l10n.t('Join Mentoring (1/4): your handle'),
    prompt: vscode.l10n.t('A name others in the space will see. Choose it yourself; it is not taken from git.'),
    value: own?.handle ?? '',
    ignoreFocusOut: true,
    validateInput: (v) => {
      const r = checkName(v, 'handle');
      if (!r.ok) return vscode.l10n.t('1 to 32 letters, digits, spaces or . _ -, starting with a letter or digit.');
      return taken.has(r.value.toLowerCase()) ? vscode.l10n.t('“{0}” is taken in this space.', r.value) : undefined;
    },
  });
  if (handle === undefined) return false;
  const teams = [...new Map(space.profiles.map((p) => [teamKey(p.team), p.team])).values()].sort();
  const newTeam = vscode.l10n.t('Another team…');
  const teamPick = teams.length
    ? await vscode.window.showQuickPick([...teams, newTeam], {
        title: vscode.l10n.t('Join Mentoring (2/4): your team'),
        ignoreFocusOut: true,
      })
    : newTeam;
  if (teamPick === undefined) return false;
  const team =
    teamPick === newTeam
      ? await vscode.window.showInputBox({
          title: vscode.l10n.t('Join Mentoring (2/4): your team'),
          prompt: vscode.l10n.t('Your team’s name, as your teammates write it'),
          value: own?.team ?? '',
          ignoreFocusOut: true,
          validateInput: (v) => (checkName(v, 'team').ok ? undefined : vscode.l10n.t('1 to 60 characters.')),
        })
      : teamPick;
  const h = checkName(handle, 'handle');
  const t = team === undefined ? undefined : checkName(team, 'team');
  if (!h.ok || !t?.ok) return false;
  const roleItems: (vscode.QuickPickItem & { role: Role })[] = [
    {
      label: vscode.l10n.t('Mentor'),
      description: vscode.l10n.t('I can help with some topics'),
      role: 'mentor',
      picked: own?.roles.includes('mentor'),
    },
    {
      label: vscode.l10n.t('Mentee'),
      description: vscode.l10n.t('I would like help with some topics'),
      role: 'mentee',
      picked: own?.roles.includes('mentee') ?? true,
    },
  ];
  const roles = await vscode.window.showQuickPick(roleItems, {
    title: vscode.l10n.t('Join Mentoring (3/4): your roles'),
    canPickMany: true,
    ignoreFocusOut: true,
  });
  if (!roles?.length) return false;
  const isMentor = roles.some((r) => r.role === 'mentor');
  const isMentee = roles.some((r) => r.role === 'mentee');
  const offers = isMentor
    ? await pickTopics(vscode.l10n.t('Join Mentoring (4/4): topics you offer'), own?.offers ?? [])
    : [];
  if (offers === undefined || (isMentor && !offers.length)) return false;
  const wants = isMentee
    ? await pickTopics(vscode.l10n.t('Join Mentoring (4/4): topics you want help with'), own?.wants ?? [])
    : [];
  if (wants === undefined || (isMentee && !wants.length)) return false;
  let capacity = own?.capacity ?? 1;
  if (isMentor) {
    const c = await vscode.window.showQuickPick(['1', '2', '3', '4', '5'], {
      title: vscode.l10n.t('How many mentees at once? (the charter caps it)'),
      ignoreFocusOut: true,
    });
    if (!c) return false;
    capacity = Number(c);
  }
  const profile: MentorProfile = {
    schema: 'pacewise.mentorProfile',
    v: `${PROFILE_MAJOR}.${PROFILE_MINOR}`,
    id: own?.id ?? crypto.randomUUID(),
    handle: h.value,
    team: t.value,
    roles: roles.map((r) => r.role),
    offers,
    wants,
    capacity,
    status: own?.status ?? 'active',
    ...(own?.pausedUntil ? { pausedUntil: own.pausedUntil } : {}),
    unknown: own?.unknown ?? {},
  };
  return writePreviewed(
    service,
    profile,
    own ? vscode.l10n.t('Update your profile?') : vscode.l10n.t('Join with this profile?'),
  );
}

async function writePreviewed(service: MentorshipService, profile: MentorProfile, question: string): Promise<boolean> {
  const write = vscode.l10n.t('Write Profile');
  const file = `profiles/${profile.id}.json`;
  const answer = await vscode.window.showInformationMessage(
    question,
    { modal: true, detail: `${file}\n\n${serializeProfile(profile)}\n${GIT_TRUTH()}` },
    write,
  );
  if (answer !== write) return false;
  await service.writeProfile(profile);
  await show();
  void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}. Commit and push it to take part.', file));
  return true;
}

async function pause(service: MentorshipService): Promise<boolean> {
  if (!(await needSpace(service))) return false;
  const own = service.own();
  if (!own) {
    void vscode.window.showInformationMessage(vscode.l10n.t('You have not joined this space from this machine.'));
    return false;
  }
  const today = service.today();
  const options = [2, 4, 8].map((weeks) => ({
    label: plural(weeks, { one: 'For 1 week', other: 'For {0} weeks' }, weeks),
    until: addDays(today, weeks * 7),
  }));
  const other = { label: vscode.l10n.t('Until a date…'), until: '' };
  const picked = await vscode.window.showQuickPick([...options, other], { title: vscode.l10n.t('Pause mentoring') });
  if (!picked) return false;
  let until = picked.until;
  if (!until) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Pause mentoring until (the first day back)'),
      placeHolder: 'YYYY-MM-DD',
      validateInput: (v) =>
        isCalendarDate(v.trim()) && v.trim() > today
          ? undefined
          : vscode.l10n.t('A date after today, written YYYY-MM-DD.'),
    });
    if (!typed) return false;
    until = typed.trim();
  }
  return writePreviewed(
    service,
    { ...own, status: 'paused', pausedUntil: until },
    vscode.l10n.t('Pause until {0}?', until),
  );
}

async function resume(service: MentorshipService): Promise<boolean> {
  if (!(await needSpace(service))) return false;
  const own = service.own();
  if (!own || own.status === 'active') return false;
  const rest = { ...own, status: 'active' as const };
  delete rest.pausedUntil;
  return writePreviewed(service, rest, vscode.l10n.t('Take part again from the next round?'));
}

async function leave(service: MentorshipService): Promise<boolean> {
  if (!(await needSpace(service))) return false;
  const own = service.own();
  if (!own) {
    void vscode.window.showInformationMessage(vscode.l10n.t('You have not joined this space from this machine.'));
    return false;
  }
  const remove = vscode.l10n.t('Delete My Profile');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Leave mentoring and delete your profile ({0})?', own.handle),
    {
      modal: true,
      detail: vscode.l10n.t(
        'Pacewise deletes profiles/{0}.json; commit and push the deletion. Git history keeps the file: whoever can read the repository can read old commits. Rounds already drawn keep your handle.',
        own.id,
      ),
    },
    remove,
  );
  if (answer !== remove) return false;
  return service.leave();
}

async function draw(service: MentorshipService): Promise<boolean> {
  if (!(await needSpace(service)) || service.state.kind !== 'ready') return false;
  const outcome = service.drawNext();
  if (!outcome.ok) {
    void vscode.window.showWarningMessage(
      outcome.problem === 'exists'
        ? vscode.l10n.t('Round {0} is drawn already.', outcome.details[0])
        : vscode.l10n.t('The charter has problems, so no round is drawn: {0}', outcome.details.join('; ')),
    );
    return false;
  }
  const r = outcome.round;
  const handle = new Map(r.inputs.people.map((p) => [p.id, p.handle]));
  const lines = [
    ...r.pairs.map((p) => `${handle.get(p.mentor)} → ${handle.get(p.mentee)}: ${pairReason(p)}`),
    ...r.unmatched.map(
      (u) =>
        `${handle.get(u.id)} (${u.role === 'mentor' ? vscode.l10n.t('mentor') : vscode.l10n.t('mentee')}): ${unmatchedReason(u.reason)}`,
    ),
  ];
  const write = vscode.l10n.t('Write Round');
  const shown = lines.slice(0, 20).join('\n') + (lines.length > 20 ? `\n… ${lines.length - 20}` : '');
  const answer = await vscode.window.showInformationMessage(
    plural(
      r.pairs.length,
      { one: 'Round {1}: 1 pair. Write it?', other: 'Round {1}: {0} pairs. Write it?' },
      r.pairs.length,
      r.id,
    ),
    { modal: true, detail: `${shown}\n\nrounds/${r.id}.json — ${GIT_TRUTH()}` },
    write,
  );
  if (answer !== write) return false;
  if ((await service.writeRound(r)) === 'exists') {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Round {0} appeared in the space meanwhile; it was kept as it is.', r.id),
    );
    return false;
  }
  await show();
  return true;
}

function difference(d: RoundDifference, handle: (id: string) => string): string {
  switch (d.kind) {
    case 'inputsEdited':
      return vscode.l10n.t('its inputs do not match their hash (edited after drawing)');
    case 'extraPair':
      return vscode.l10n.t('{0} → {1} is not what the rules give', handle(d.mentor), handle(d.mentee));
    case 'missingPair':
      return vscode.l10n.t('{0} → {1} is missing', handle(d.mentor), handle(d.mentee));
    case 'topicsDiffer':
      return vscode.l10n.t('{0} → {1} has other topics than the rules give', handle(d.mentor), handle(d.mentee));
    case 'reasonDiffers':
      return vscode.l10n.t('{0} → {1} is explained otherwise than the rules', handle(d.mentor), handle(d.mentee));
    case 'unmatchedDiffers':
      return vscode.l10n.t('{0} is unmatched for another reason than the rules give', handle(d.id));
  }
}

async function verify(service: MentorshipService): Promise<boolean> {
  if (!(await needSpace(service)) || service.state.kind !== 'ready') return false;
  const r = currentRound(service.state.space.rounds, service.thisWeek());
  if (!r) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no round to verify yet.'));
    return false;
  }
  const diffs = service.verify(r);
  const handle = (id: string) => r.inputs.people.find((p) => p.id === id)?.handle ?? id;
  if (!diffs.length) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Round {0} is verified: it is what the rules give for its inputs.', r.id),
    );
    return true;
  }
  void vscode.window.showWarningMessage(vscode.l10n.t('Round {0} differs from what the rules give.', r.id), {
    modal: true,
    detail: diffs.map((d) => `• ${difference(d, handle)}`).join('\n'),
  });
  return false;
}

async function declarePeak(service: MentorshipService): Promise<boolean> {
  if (!(await needSpace(service)) || service.state.kind !== 'ready') return false;
  const own = service.own();
  if (!own) {
    void vscode.window.showInformationMessage(vscode.l10n.t('You have not joined this space from this machine.'));
    return false;
  }
  const title = vscode.l10n.t('A project peak for {0}', own.team);
  const label = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('What the peak is (optional), e.g. “release”'),
    ignoreFocusOut: true,
    validateInput: (v) => (Array.from(v.trim()).length <= 80 ? undefined : vscode.l10n.t('At most 80 characters.')),
  });
  if (label === undefined) return false;
  const today = service.today();
  const until = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Its last day'),
    placeHolder: 'YYYY-MM-DD',
    ignoreFocusOut: true,
    validateInput: (v) =>
      isCalendarDate(v.trim()) && v.trim() >= today ? undefined : vscode.l10n.t('Today or later, written YYYY-MM-DD.'),
  });
  if (!until) return false;
  const rules = usableCharter(service.state.space);
  const weeks = rules.ok ? rules.charter.rules.coolingOffWeeks : 0;
  const write = vscode.l10n.t('Write Team File');
  const existing = service.ownTeamFile();
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('Declare a peak for {0} until {1}?', own.team, until.trim()),
    {
      modal: true,
      detail: `${existing ? `teams/${existing.id}.json` : vscode.l10n.t('A new file in teams/')}\n\n${plural(
        weeks,
        {
          one: "Your team's mentors are not paired during the peak and for 1 week after it (the charter); its mentees still are.",
          other:
            "Your team's mentors are not paired during the peak and for {0} weeks after it (the charter); its mentees still are.",
        },
        weeks,
      )}\n\n${GIT_TRUTH()}`,
    },
    write,
  );
  if (answer !== write) return false;
  // From today: a peak without a start would reach back over office hours already held.
  await service.declarePeak({ label: label.trim(), from: today, until: until.trim() });
  await show();
  return true;
}

export function mentoringCommands(
  service: MentorshipService,
  checkIns: CheckInService,
): Record<MentoringCommand, CommandHandler> {
  return {
    [CommandId.showMentoring]: show,
    [CommandId.connectMentorshipSpace]: () => connectSpace(service),
    [CommandId.joinMentoring]: () => join(service),
    [CommandId.pauseMentoring]: () => pause(service),
    [CommandId.resumeMentoring]: () => resume(service),
    [CommandId.leaveMentoring]: () => leave(service),
    [CommandId.drawMentoringRound]: () => draw(service),
    [CommandId.verifyMentoringRound]: () => verify(service),
    [CommandId.declareTeamPeak]: () => declarePeak(service),
    [CommandId.askMentorsAcrossTeams]: async () => (await needSpace(service)) && askAcrossTeams(service),
    [CommandId.exportMentoringRecord]: async () => (await needSpace(service)) && exportRecord(service, checkIns),
    [CommandId.markMentoringCheckIn]: async (arg) => (await needSpace(service)) && markHeld(service, checkIns, arg),
  };
}
