import * as vscode from 'vscode';
import { WeekFacts } from '../../core/reflection/weekly';
import { FactModel } from '../../shared/protocol';
import { sessions } from '../focus/todayText';
import { formatters } from '../displayFormat';

/** "6 h 20 min" / "45 min". */
export function hoursAndMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? vscode.l10n.t('{0} h {1} min', h, m) : vscode.l10n.t('{0} min', m);
}

/** "Week 48 · 23 Nov – 29 Nov", dates in the display language. */
export function weekTitle(week: string, monday: number): string {
  const { day } = formatters();
  const sunday = new Date(monday);
  sunday.setDate(sunday.getDate() + 6);
  return vscode.l10n.t('Week {0} · {1} – {2}', Number(week.slice(6)), day(monday), day(sunday.getTime()));
}

/** The week's facts as the sidebar lists them: plain counts, the check-in means with their scale. */
export function weekFactRows(f: WeekFacts): FactModel[] {
  const rows: FactModel[] = [
    {
      term: vscode.l10n.t('Focus'),
      value: vscode.l10n.t(
        '{0} in {1} ({2} completed)',
        hoursAndMinutes(f.focusMinutes),
        sessions(f.sessions),
        f.completed,
      ),
    },
    { term: vscode.l10n.t('Breaks'), value: vscode.l10n.t('{0} taken, {1} skipped', f.breaksTaken, f.breaksSkipped) },
    {
      term: vscode.l10n.t('Interruptions'),
      value: vscode.l10n.t('{0} ({1} urgent, {2} negotiable)', f.interruptions, f.urgent, f.negotiable),
    },
    {
      term: vscode.l10n.t('Past end of day'),
      value: f.daysPastEndOfDay === 0 ? vscode.l10n.t('no day') : vscode.l10n.t('{0} of 7 days', f.daysPastEndOfDay),
    },
    {
      term: vscode.l10n.t('Work in progress'),
      value: vscode.l10n.t('{0} in progress, {1} finished, {2} added', f.wipActive, f.wipDone, f.wipAdded),
    },
  ];
  const a = f.averages;
  const { num } = formatters();
  rows.push({
    term: vscode.l10n.t('Check-ins'),
    value: a
      ? vscode.l10n.t(
          '{0} · mean energy {1}, stress {2}, focus {3}, fairness {4} (1–5)',
          f.checkins,
          num(a.energy),
          num(a.stress),
          num(a.focus),
          num(a.fairness),
        )
      : vscode.l10n.t('none this week'),
  });
  return rows;
}
