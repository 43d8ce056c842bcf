import * as vscode from 'vscode';
import { SidebarStrings } from '../shared/protocol';

/** The sidebar's strings, localized here so the webview needs no l10n machinery. `{0}` marks a value. */
export function sidebarStrings(): SidebarStrings {
  return {
    nowHeading: vscode.l10n.t('Now'),
    todayHeading: vscode.l10n.t('Today'),
    idle: vscode.l10n.t('No session running.'),
    focusing: vscode.l10n.t('Focus session'),
    paused: vscode.l10n.t('Focus session, paused'),
    onBreak: vscode.l10n.t('Break'),
    longBreak: vscode.l10n.t('Long break'),
    left: vscode.l10n.t('{0} left'),
    gapPending: vscode.l10n.t(
      'Some time passed unseen (sleep or a clock change): choose in the notification whether it counts.',
    ),
    'action.start': vscode.l10n.t('Start focus'),
    'action.pause': vscode.l10n.t('Pause'),
    'action.resume': vscode.l10n.t('Resume'),
    'action.stop': vscode.l10n.t('Stop'),
    'action.extend': vscode.l10n.t('Extend'),
    'action.startBreak': vscode.l10n.t('Take a break'),
    'action.skipBreak': vscode.l10n.t('Skip break'),
    'action.logInterruption': vscode.l10n.t('Log interruption'),
    'action.checkIn': vscode.l10n.t('Check in'),
    checkins: vscode.l10n.t('Check-ins'),
    empty: vscode.l10n.t(
      'Nothing yet today. Start a focus session here or from the status bar; Pacewise keeps the facts, never a score.',
    ),
    progress: vscode.l10n.t('{0} of {1} min focus (your intention for today)'),
    focusOnly: vscode.l10n.t('{0} min focus'),
    sessions: vscode.l10n.t('Sessions'),
    sessionsValue: vscode.l10n.t('{0} ({1} completed)'),
    breaks: vscode.l10n.t('Breaks'),
    breaksValue: vscode.l10n.t('{0} taken, {1} skipped'),
    interruptions: vscode.l10n.t('Interruptions'),
    interruptionsValue: vscode.l10n.t('{0} ({1} urgent, {2} negotiable)'),
    pastEndOfDay: vscode.l10n.t('You worked past your end-of-day time today.'),
  };
}
