// What Mentoring says on its own, at a natural boundary (a session's end, a commit, a branch switch) and never while
// one types: a check-in due this week, or — to a mentor whose own check-ins were heavy on most recent days — a private
// suggestion to pause. One message per boundary, each shown by one window only; and the command that marks a
// check-in held, with an optional note to self.
import * as vscode from 'vscode';
import { addDays } from '../../core/mentorship/calendarWeeks';
import { checkInKey, MAX_CHECKIN_NOTE, OwnPair, PAUSE_QUIET_DAYS } from '../../core/mentorship/checkIns';
import { pauseSuggestion, PAUSE_WINDOW_DAYS } from '../../core/mentorship/pauseSuggestion';
import type { PacewiseStore } from '../../storage/pacewiseStore';
import { CommandId } from '../commandIds';
import type { ActivityMonitor } from '../focus/activityMonitor';
import type { CheckInService } from './checkInService';
import type { MentorshipService } from './mentorshipService';
import { formatDate, topicName } from './mentorshipText';

const DAY = 86_400_000;

/** The partner of a pair as the view names them. */
function partnerName(service: MentorshipService, pair: OwnPair): string {
  const p = pair.round.inputs.people.find((x) => x.id === pair.partner);
  const profiles = service.state.kind === 'ready' ? service.state.space.profiles : [];
  const team = profiles.find((x) => x.id === pair.partner)?.team ?? p?.team ?? '';
  return p ? `${p.handle} (${team})` : '?';
}

export class CheckInPrompts {
  private busy = false;

  constructor(
    private readonly service: MentorshipService,
    private readonly checkIns: CheckInService,
    private readonly store: PacewiseStore,
    private readonly activity: ActivityMonitor,
  ) {}

  /** A natural boundary: at most one message, after the typing pause, in the focused window. */
  async atBoundary(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      if (this.service.state.kind !== 'ready') await this.service.reload();
      await this.checkIns.ready();
      const own = this.service.own();
      if (!own) return;
      await this.activity.typingPause();
      if (!vscode.window.state.focused) return;
      if (own.roles.includes('mentor') && own.status === 'active' && (await this.suggestPause())) return;
      await this.remind();
    } finally {
      this.busy = false;
    }
  }

  private async suggestPause(): Promise<boolean> {
    const today = this.service.today();
    const quiet = this.checkIns.local.pauseQuietUntil;
    if (quiet && today < quiet) return false;
    const now = Date.now();
    const { checkins } = await this.store.readHistory(now - (PAUSE_WINDOW_DAYS + 1) * DAY, now);
    const s = pauseSuggestion(checkins, now);
    if (!s.suggest) return false;
    // Quiet for two weeks from now whatever the answer: one window asks, and a dismissed toast is a "not now".
    if (!(await this.checkIns.apply({ type: 'pauseQuiet', until: addDays(today, PAUSE_QUIET_DAYS) }))) return false;
    const pause = vscode.l10n.t('Pause Mentoring…');
    const pick = await vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Most days you checked in lately were heavy (high stress or low energy). Mentoring can wait: pause it for a while? Only you see this.',
      ),
      pause,
      vscode.l10n.t('Not Now'),
    );
    if (pick === pause) await vscode.commands.executeCommand(CommandId.pauseMentoring);
    return true;
  }

  private async remind(): Promise<void> {
    for (const pair of this.checkIns.ownPairs()) {
      const next = this.checkIns.next(pair);
      if (!next?.thisWeek) continue;
      const key = checkInKey({ ...pair, round: pair.round.id }, next.due);
      if (this.checkIns.local.reminded.includes(key)) continue;
      if (!(await this.checkIns.apply({ type: 'reminded', key }))) continue;
      const mark = vscode.l10n.t('Mark as Held…');
      const pick = await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'A short mentoring check-in with {0} is due this week ({1}), on {2}.',
          partnerName(this.service, pair),
          formatDate(next.due),
          topicName(pair.topic),
        ),
        mark,
        vscode.l10n.t('Not This Week'),
      );
      if (pick === mark) await markHeld(this.service, this.checkIns, { id: pairNodeId(pair) });
      return;
    }
  }
}

/** The Mentoring view's row id for a pair: also the command argument that names it. */
export function pairNodeId(p: OwnPair): string {
  const [mentor, mentee] = p.role === 'mentor' ? [p.self, p.partner] : [p.partner, p.self];
  return `yourPair:${p.round.id} ${mentor} ${mentee}`;
}

/** Which of the user's pairs a command argument (a row of the view: `{ id }`) names; undefined when none. */
function pairOfArgument(checkIns: CheckInService, arg: unknown): OwnPair | undefined {
  const id = typeof arg === 'object' && arg !== null ? (arg as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? checkIns.ownPairs().find((p) => pairNodeId(p) === id) : undefined;
}

/**
 * Marks the next check-in of a pair held (the one named by `arg`, the only one, or the one picked), then asks for an
 * optional note to self. Escape on the note records nothing.
 */
export async function markHeld(service: MentorshipService, checkIns: CheckInService, arg?: unknown): Promise<boolean> {
  await checkIns.ready();
  if (service.state.kind !== 'ready') await service.reload();
  const open = checkIns.ownPairs().filter((p) => checkIns.next(p));
  let pair = pairOfArgument(checkIns, arg);
  if (arg !== undefined && !pair) {
    void vscode.window.showErrorMessage(vscode.l10n.t('That is not one of your mentoring pairs.'));
    return false;
  }
  if (!pair) {
    if (!open.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('You have no check-in to mark this round.'));
      return false;
    }
    if (open.length === 1) pair = open[0];
    else {
      const picked = await vscode.window.showQuickPick(
        open.map((p) => ({ label: partnerName(service, p), description: topicName(p.topic), pair: p })),
        { title: vscode.l10n.t('Which check-in was held?') },
      );
      if (!picked) return false;
      pair = picked.pair;
    }
  }
  const next = checkIns.next(pair);
  if (!next) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This round has no check-in left to mark.'));
    return false;
  }
  const note = await vscode.window.showInputBox({
    title: vscode.l10n.t('Check-in with {0} held ({1})', partnerName(service, pair), formatDate(next.due)),
    prompt: vscode.l10n.t(
      'A note to yourself, if you like: it stays on this machine and is never written to the space. Enter to mark it held.',
    ),
    ignoreFocusOut: true,
    validateInput: (v) =>
      v.length <= MAX_CHECKIN_NOTE ? undefined : vscode.l10n.t('At most {0} characters.', MAX_CHECKIN_NOTE),
  });
  if (note === undefined) return false;
  await checkIns.markHeld(pair, next.due, note.trim() || undefined);
  const after = checkIns.next(pair);
  void vscode.window.showInformationMessage(
    after
      ? vscode.l10n.t('Check-in marked held. The next one is due {0}.', formatDate(after.due))
      : vscode.l10n.t('Check-in marked held. It was the last one of this round.'),
  );
  return true;
}
