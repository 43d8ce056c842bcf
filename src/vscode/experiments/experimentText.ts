import * as vscode from 'vscode';
import { Metric } from '../../core/dayMetrics';
import { Experiment, ExperimentRefusal } from '../../core/experiments/experiments';
import { TemplateId } from '../../core/experiments/experimentTemplates';
import { plural } from '../plural';

/** A template's title (with the WIP limit where it has one) and the one-line reason to try it. */
export function templateTitle(id: TemplateId, e?: Pick<Experiment, 'title' | 'wipLimit'>): string {
  switch (id) {
    case 'limitWip':
      return e?.wipLimit ? vscode.l10n.t('Limit WIP to {0}', e.wipLimit) : vscode.l10n.t('Limit WIP to N');
    case 'focusBlocks':
      return vscode.l10n.t('Protected focus blocks');
    case 'noMeetingMornings':
      return vscode.l10n.t('No-meeting mornings');
    case 'reprioritise':
      return e?.title
        ? vscode.l10n.t('Re-prioritise: {0} set aside', e.title)
        : vscode.l10n.t('Re-prioritise: drop or postpone one commitment');
    case 'hardStop':
      return vscode.l10n.t('Hard stop at the end of the day');
    case 'breakDiscipline':
      return vscode.l10n.t('Take every suggested break');
    case 'batchMessages':
      return vscode.l10n.t('Batch messages');
    case 'custom':
      return e?.title ?? vscode.l10n.t('Your own change');
  }
}

export function templateRationale(id: TemplateId): string {
  return {
    limitWip: vscode.l10n.t('Fewer things in progress means less switching and more finished work.'),
    focusBlocks: vscode.l10n.t('Two focus sessions before noon, before the day fills up.'),
    noMeetingMornings: vscode.l10n.t(
      'Mornings free of meetings leave room for deep work. Log meetings as interruptions to see it.',
    ),
    reprioritise: vscode.l10n.t('Drop or postpone one commitment and notice what the space gives back.'),
    hardStop: vscode.l10n.t('Stopping at your end-of-day time protects tomorrow’s energy.'),
    breakDiscipline: vscode.l10n.t('Short breaks keep focus and energy up through the afternoon.'),
    batchMessages: vscode.l10n.t(
      'Check chat at fixed times. Log the messages that still interrupt you; two a day or fewer counts as kept.',
    ),
    custom: vscode.l10n.t('Name the change, your hypothesis and what to watch.'),
  }[id];
}

/** The template's own hypothesis, offered as the start of the user's (who edits it freely); none for a custom one. */
export function templateHypothesis(id: TemplateId, p: { title?: string; wipLimit?: number } = {}): string {
  return {
    limitWip: plural(
      p.wipLimit ?? 2,
      {
        one: 'With one thing at a time, I switch less and finish more.',
        other: 'With at most {0} things in progress, I switch less and finish more.',
      },
      p.wipLimit ?? 2,
    ),
    focusBlocks: vscode.l10n.t('Two focus sessions before noon give me more focus time and a calmer afternoon.'),
    noMeetingMornings: vscode.l10n.t('Mornings without meetings give me more deep work and fewer interruptions.'),
    reprioritise: vscode.l10n.t('Setting aside “{0}” lowers my stress and leaves room to focus.', p.title ?? ''),
    hardStop: vscode.l10n.t('Stopping at my end-of-day time keeps my energy up the next day.'),
    breakDiscipline: vscode.l10n.t('Taking my short breaks keeps my focus and energy up through the afternoon.'),
    batchMessages: vscode.l10n.t('Checking chat at fixed times means fewer interruptions and longer focus.'),
    custom: '',
  }[id];
}

export function metricName(m: Metric): string {
  return {
    focusMinutes: vscode.l10n.t('Focus time'),
    interruptions: vscode.l10n.t('Interruptions'),
    energy: vscode.l10n.t('Energy'),
    stress: vscode.l10n.t('Stress'),
    focusQuality: vscode.l10n.t('Focus quality'),
    fairness: vscode.l10n.t('Fairness of workload'),
  }[m];
}

export function refusalText(r: ExperimentRefusal): string {
  return {
    oneAtATime: vscode.l10n.t(
      'An experiment is already running. One at a time: conclude or abandon it before starting another.',
    ),
    noneActive: vscode.l10n.t('No experiment is running.'),
    notPaused: vscode.l10n.t('The experiment is not paused.'),
    alreadyPaused: vscode.l10n.t('The experiment is already paused.'),
    tooLong: vscode.l10n.t('An experiment can run 8 weeks at most.'),
  }[r];
}
