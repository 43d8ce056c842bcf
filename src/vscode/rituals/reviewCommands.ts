// The quarterly pacing review from the palette and the view: rate the team's pacing (six quick picks, keyboard only,
// then the file shown before it is written) and export the quarter's results as Markdown for the meeting.
import * as vscode from 'vscode';
import { Dimension, DIMENSIONS, Light, LIGHTS, Rating, Trend, TRENDS } from '../../core/team/teamRating';
import { badArgument } from '../badArgument';
import { CommandId, RITUALS_VIEW_ID } from '../commandIds';
import type { CommandHandler } from '../featureServices';
import { readyCheck } from '../team/teamCommands';
import type { TeamService } from '../team/teamService';
import { reviewMarkdown } from './reviewMarkdown';
import type { ReviewService } from './reviewService';
import { dimensionName, dimensionQuestion, lightName, quarterLabel, trendName } from './reviewText';

export type ReviewCommand = typeof CommandId.rateQuarter | typeof CommandId.exportQuarterlyReview;

const LIGHT_ICON: Record<Light, string> = { green: 'pass-filled', amber: 'circle-filled', red: 'error' };
const TREND_ICON: Record<Trend, string> = { better: 'arrow-up', same: 'arrow-right', worse: 'arrow-down' };
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

type Choice = vscode.QuickPickItem & { value?: readonly [Light, Trend] };

/** Nothing, or the row a view's command passes (`{ id }`); anything else is refused. */
const plainArg = (arg: unknown) =>
  arg === undefined || (typeof arg === 'object' && arg !== null && Object.keys(arg).join() === 'id');

export function reviewCommands(review: ReviewService, team: () => TeamService): Record<ReviewCommand, CommandHandler> {
  return {
    [CommandId.rateQuarter]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.rateQuarter, 'nothing');
      if (!(await readyCheck(team())())) return false;
      const now = review.now();
      const ratings: Rating['ratings'] = {};
      for (let i = 0; i < DIMENSIONS.length;) {
        const picked = await pickDimension(DIMENSIONS[i], i, now.window.quarter, ratings[DIMENSIONS[i]]);
        if (picked === 'cancel') return false;
        if (picked === 'back') {
          i = Math.max(0, i - 1);
          continue;
        }
        if (picked === 'skip') delete ratings[DIMENSIONS[i]];
        else ratings[DIMENSIONS[i]] = picked;
        i++;
      }
      if (!Object.keys(ratings).length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing rated, so nothing was written.'));
        return false;
      }
      const write = vscode.l10n.t('Write Rating');
      const shown = DIMENSIONS.filter((d) => ratings[d])
        .map((d) => `${dimensionName(d)}: ${lightName(ratings[d]![0])}, ${trendName(ratings[d]![1])}`)
        .join('\n');
      const answer = await vscode.window.showInformationMessage(
        now.mine
          ? vscode.l10n.t('Replace your rating for {0}?', quarterLabel(now.window.quarter))
          : vscode.l10n.t('Write your rating for {0}?', quarterLabel(now.window.quarter)),
        {
          modal: true,
          detail: [
            shown,
            vscode.l10n.t(
              'The file holds the quarter and these colours and arrows — no name, no date, no words. Results show only from {0} ratings, and never who.',
              review.minGroup(),
            ),
            vscode.l10n.t(
              'Git records who commits a file and when: a rating committed on its own can be traced to you. Commit the team’s ratings together, or let one person commit them all.',
            ),
          ].join('\n\n'),
        },
        write,
      );
      if (answer !== write) return false;
      try {
        const done = await review.rate(ratings);
        void vscode.window.showInformationMessage(
          done.left
            ? vscode.l10n.t(
                'Wrote {0}. Your earlier rating {1} could not be deleted: delete it yourself.',
                done.path,
                done.left,
              )
            : done.replaced
              ? vscode.l10n.t(
                  'Wrote {0} and deleted your earlier rating. Commit both with the team’s ratings.',
                  done.path,
                )
              : vscode.l10n.t('Wrote {0}. Commit it with the team’s other ratings.', done.path),
        );
        await vscode.commands.executeCommand(`${RITUALS_VIEW_ID}.focus`);
        return true;
      } catch (err) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('The rating was not written: {0}', err instanceof Error ? err.message : String(err)),
        );
        return false;
      }
    },
    [CommandId.exportQuarterlyReview]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.exportQuarterlyReview, 'nothing');
      if (!(await readyCheck(team())())) return false;
      const doc = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: reviewMarkdown(review.now()),
      });
      await vscode.window.showTextDocument(doc);
      return true;
    },
  };
}

/** One dimension: nine lights-with-arrows and Skip, typed to filter ("red w"); Back returns to the one before. */
function pickDimension(
  d: Dimension,
  index: number,
  quarter: string,
  before: readonly [Light, Trend] | undefined,
): Promise<readonly [Light, Trend] | 'skip' | 'back' | 'cancel'> {
  const qp = vscode.window.createQuickPick<Choice>();
  qp.title = vscode.l10n.t('Quarterly pacing review, {0} — {1}', quarterLabel(quarter), dimensionName(d));
  qp.placeholder = dimensionQuestion(d);
  qp.step = index + 1;
  qp.totalSteps = DIMENSIONS.length;
  qp.ignoreFocusOut = true;
  qp.matchOnDescription = true;
  if (index > 0) qp.buttons = [vscode.QuickInputButtons.Back];
  const items: Choice[] = LIGHTS.flatMap((l) =>
    TRENDS.map((t): Choice => ({
      label: `$(${LIGHT_ICON[l]}) ${cap(lightName(l))} · $(${TREND_ICON[t]}) ${trendName(t)}`,
      value: [l, t],
    })),
  );
  items.push({ label: vscode.l10n.t('Skip this one'), description: vscode.l10n.t('not rated') });
  qp.items = items;
  const same = before && items.find((i) => i.value?.[0] === before[0] && i.value?.[1] === before[1]);
  if (same) qp.activeItems = [same];
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: Awaited<ReturnType<typeof pickDimension>>) => {
      if (done) return;
      done = true;
      resolve(v);
      qp.dispose();
    };
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (item) finish(item.value ?? 'skip');
    });
    qp.onDidTriggerButton(() => finish('back'));
    qp.onDidHide(() => finish('cancel'));
    qp.show();
  });
}
