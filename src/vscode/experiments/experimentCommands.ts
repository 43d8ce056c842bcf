import type { SidebarPart, SidebarSection } from '../../shared/protocol';
import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { badArgument } from '../badArgument';
import { sanitizeText } from '../../core/commandArgs';
import { METRICS } from '../../core/dayMetrics';
import {
  experimentDay,
  MAX_HYPOTHESIS,
  MAX_REASON,
  parseStartRequest,
  StartRequest,
} from '../../core/experiments/experiments';
import { TEMPLATE_IDS, TemplateId, TEMPLATES } from '../../core/experiments/experimentTemplates';
import { CommandId } from '../commandIds';
import { ExperimentService } from './experimentService';
import type { ExperimentTracker } from './experimentProgress';
import { metricName, refusalText, templateHypothesis, templateRationale, templateTitle } from './experimentText';
import { adherenceLine, changedInWords } from './experimentModel';
import { lessonsMarkdown } from '../reflection/lessonText';
import { formatters } from '../displayFormat';
import { ReflectionService } from '../reflection/reflectionService';

const weeksLabel = (n: number) => (n === 1 ? vscode.l10n.t('1 week') : vscode.l10n.t('{0} weeks', n));

/** Asks for a start step by step: template, its parameter, the hypothesis, the length. Escape at any step cancels. */
async function askStart(preset?: { template: TemplateId; hypothesis: string }): Promise<unknown> {
  const template = preset
    ? { id: preset.template }
    : await vscode.window.showQuickPick(
        TEMPLATE_IDS.map((id) => ({
          label: templateTitle(id),
          detail: templateRationale(id),
          description: weeksLabel(TEMPLATES[id].defaultWeeks),
          id,
        })),
        { title: vscode.l10n.t('Start a pacing experiment'), placeHolder: vscode.l10n.t('Which change will you try?') },
      );
  if (!template) return undefined;
  const raw: Record<string, unknown> = { template: template.id };
  if (template.id === 'limitWip') {
    const n = await vscode.window.showQuickPick(
      [1, 2, 3, 4, 5].map((v) => ({ label: String(v), v, picked: v === 2 })),
      { title: templateTitle('limitWip'), placeHolder: vscode.l10n.t('At most how many items in progress?') },
    );
    if (!n) return undefined;
    raw.wipLimit = n.v;
  }
  if (template.id === 'reprioritise') {
    // The reflection at the start: what is set aside. The one at the end is the micro-lesson.
    raw.title = await vscode.window.showInputBox({
      title: templateTitle('reprioritise'),
      prompt: vscode.l10n.t('Which commitment will you drop or postpone, and until when?'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Name the commitment.')),
    });
    if (raw.title === undefined) return undefined;
  }
  if (template.id === 'custom') {
    raw.title = await vscode.window.showInputBox({
      title: templateTitle('custom'),
      prompt: vscode.l10n.t('What will you change? (a few words)'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Name the change.')),
    });
    if (raw.title === undefined) return undefined;
    const metrics = await vscode.window.showQuickPick(
      METRICS.map((m) => ({ label: metricName(m), m })),
      { canPickMany: true, title: templateTitle('custom'), placeHolder: vscode.l10n.t('What should it change?') },
    );
    if (!metrics?.length) return undefined;
    raw.metrics = metrics.map((x) => x.m);
  }
  raw.hypothesis = await vscode.window.showInputBox({
    title: templateTitle(template.id, { title: raw.title as string, wipLimit: raw.wipLimit as number }),
    value: (
      preset?.hypothesis ??
      templateHypothesis(template.id, { title: raw.title as string, wipLimit: raw.wipLimit as number })
    ).slice(0, MAX_HYPOTHESIS),
    prompt: vscode.l10n.t('Your hypothesis: what do you expect to change, and how will you notice?'),
    placeHolder: vscode.l10n.t('e.g. With fewer things at once my afternoons feel calmer.'),
    validateInput: (v) =>
      v.trim() && Array.from(v).length <= MAX_HYPOTHESIS
        ? undefined
        : vscode.l10n.t('1 to {0} characters.', MAX_HYPOTHESIS),
  });
  if (raw.hypothesis === undefined) return undefined;
  const weeks = await vscode.window.showQuickPick(
    [1, 2, 3, 4].map((w) => ({ label: weeksLabel(w), w, picked: w === TEMPLATES[template.id].defaultWeeks })),
    { title: vscode.l10n.t('How long?'), placeHolder: weeksLabel(TEMPLATES[template.id].defaultWeeks) },
  );
  if (!weeks) return undefined;
  raw.weeks = weeks.w;
  return raw;
}

/** Says why an experiment change was refused; true when there was no refusal. */
function refused(r: Parameters<typeof refusalText>[0] | undefined): boolean {
  if (r) void vscode.window.showWarningMessage(vscode.l10n.t('Pacewise: {0}', refusalText(r)));
  return r === undefined;
}

/**
 * Start Experiment: with an argument (another extension, a test) it is validated and used; without one the user is
 * asked step by step — from `preset` (adopting a teammate's note) the template is chosen and the hypothesis filled in.
 */
export function startExperimentFlow(
  experiments: ExperimentService,
  tracker: ExperimentTracker,
  showSidebar: (part: SidebarPart) => Thenable<unknown>,
) {
  return async (arg?: unknown, preset?: { template: TemplateId; hypothesis: string }): Promise<boolean> => {
    await experiments.ready;
    if (experiments.active) return refused('oneAtATime');
    if ((arg === undefined || preset) && (await tracker.coolingOff())) {
      const anyway = vscode.l10n.t('Start anyway');
      const pick = await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Most days last week were heavy (high stress or work past your end of day). A cooling-off week with no new experiment may serve you better.',
        ),
        anyway,
        vscode.l10n.t('Take a cooling-off week'),
      );
      if (pick !== anyway) return false;
    }
    const raw = arg ?? (await askStart(preset));
    if (raw === undefined) return false;
    const parsed = parseStartRequest(raw);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          '{0}: invalid argument, {1}. Nothing was changed.',
          CommandId.startExperiment,
          inertText(parsed.problem),
        ),
      );
      return false;
    }
    const request: StartRequest = parsed.value;
    if (!refused(await experiments.run({ type: 'start', request }))) return false;
    // Asked step by step, the user sees the experiment they started; another extension's start takes no focus.
    if (arg === undefined) await showSidebar('experiment');
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Experiment started: {0}, {1}.',
        inertText(templateTitle(request.template, request)),
        weeksLabel(request.weeks),
      ),
    );
    return true;
  };
}

/** Start / Show / Conclude / Abandon Experiment and Export Micro-Lessons. Each returns true when it changed something. */
export function experimentCommands(
  experiments: ExperimentService,
  tracker: ExperimentTracker,
  journal: ReflectionService,
  showSidebar: (target: SidebarPart | SidebarSection) => Thenable<unknown>,
): Record<
  | typeof CommandId.startExperiment
  | typeof CommandId.showExperiment
  | typeof CommandId.concludeExperiment
  | typeof CommandId.abandonExperiment
  | typeof CommandId.exportLessons,
  (arg?: unknown) => Promise<boolean>
> {
  const start = startExperimentFlow(experiments, tracker, showSidebar);
  return {
    [CommandId.startExperiment]: (arg?: unknown) => start(arg),
    [CommandId.showExperiment]: async () => {
      const p = await tracker.progress();
      if (!p) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t(
            'No experiment is running. Pacewise: Start Experiment tries one small change for a week or two.',
          ),
        );
        return false;
      }
      const e = p.experiment;
      const paused = e.status === 'paused';
      const summary = vscode.l10n.t(
        '{0} — day {1} of {2}{3}. {4} Hypothesis: {5}',
        templateTitle(e.template, e),
        Math.min(p.day, p.of),
        p.of,
        paused ? vscode.l10n.t(' (paused)') : '',
        adherenceLine(e, p.kept, p.judged) ?? '',
        e.hypothesis,
      );
      const toggle = paused ? vscode.l10n.t('Resume') : vscode.l10n.t('Pause');
      const extend = vscode.l10n.t('Extend a week');
      await showSidebar('experiment');
      const pick = await vscode.window.showInformationMessage(summary, toggle, extend);
      if (pick === toggle) return refused(await experiments.run({ type: paused ? 'resume' : 'pause' }));
      if (pick === extend) return refused(await experiments.run({ type: 'extend', weeks: 1 }));
      return false;
    },
    [CommandId.concludeExperiment]: async (arg?: unknown) => {
      const early = (arg as { early?: unknown } | null | undefined)?.early;
      if (
        arg !== undefined &&
        (typeof arg !== 'object' || arg === null || !['undefined', 'boolean'].includes(typeof early))
      )
        return badArgument(CommandId.concludeExperiment, '{ "early": true }');
      await experiments.ready;
      const running = experiments.active;
      if (!running) return refused('noneActive');
      const { day, of, endsAt } = experimentDay(running, Date.now());
      // Ending before the planned end is allowed, but never by a slip: the comparison rests on the days so far.
      if (Date.now() < endsAt && early !== true) {
        const now = vscode.l10n.t('Conclude now');
        const pick = await vscode.window.showWarningMessage(
          vscode.l10n.t(
            'Conclude “{0}” on day {1} of {2}?',
            inertText(templateTitle(running.template, running)),
            day,
            of,
          ),
          {
            modal: true,
            detail: vscode.l10n.t(
              'It was planned to run until {0}. Its comparison will rest on the days so far; you can also pause it or extend it instead.',
              formatters().long(endsAt),
            ),
          },
          now,
        );
        if (pick !== now) return false;
      }
      const done = await tracker.conclude();
      if (!done.experiment) return refused(done.refusal ?? 'noneActive');
      const e = { ...done.experiment, result: done.result };
      await journal.run({
        type: 'addLesson',
        source: { kind: 'experiment', experimentId: e.id },
        text: {
          tried: `${templateTitle(e.template, e)}: ${e.hypothesis}`,
          changed: changedInWords(e),
          keep: '',
          tell: '',
          tags: [],
        },
      });
      // This week's view, where the lesson draft it opens takes the focus (its first empty field).
      await showSidebar('lesson');
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Experiment concluded. Its comparison and a micro-lesson draft are in the Pacewise sidebar.'),
      );
      return true;
    },
    [CommandId.exportLessons]: async () => {
      await journal.start();
      await experiments.ready;
      if (journal.doc.lessons.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No micro-lessons yet.'));
        return false;
      }
      const doc = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: lessonsMarkdown(journal.doc, experiments.doc),
      });
      await vscode.window.showTextDocument(doc);
      return true;
    },
    [CommandId.abandonExperiment]: async (arg?: unknown) => {
      await experiments.ready;
      if (!experiments.active) return refused('noneActive');
      let reason: string | undefined;
      if (arg !== undefined) {
        const r = (arg as { reason?: unknown } | null)?.reason;
        if (typeof arg !== 'object' || typeof r !== 'string' || Array.from(r).length > MAX_REASON)
          return badArgument(CommandId.abandonExperiment, '{ "reason": "…" }');
        reason = r;
      } else {
        reason = await vscode.window.showInputBox({
          title: vscode.l10n.t('Abandon the experiment'),
          prompt: vscode.l10n.t('Why? (optional — it is kept with the experiment, on this machine)'),
        });
        if (reason === undefined) return false;
      }
      return refused(await experiments.run({ type: 'abandon', reason: sanitizeText(reason) }));
    },
  };
}
