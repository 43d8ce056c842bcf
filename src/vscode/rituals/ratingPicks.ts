// The six quick picks of a quarterly rating (the team's review and the retrospective across teams): keyboard only,
// Back to the dimension before, Skip for one not rated.
import * as vscode from 'vscode';
import { Dimension, DIMENSIONS, Light, LIGHTS, Rating, Trend, TRENDS } from '../../core/team/teamRating';
import { RITUALS_VIEW_ID } from '../commandIds';
import { dimensionName, dimensionQuestion, lightName, quarterLabel, trendName } from './reviewText';

const LIGHT_ICON: Record<Light, string> = { green: 'pass-filled', amber: 'circle-filled', red: 'error' };
const TREND_ICON: Record<Trend, string> = { better: 'arrow-up', same: 'arrow-right', worse: 'arrow-down' };
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

type Choice = vscode.QuickPickItem & { value?: readonly [Light, Trend] };

/** The answers, or undefined when the picks were closed or nothing was rated (the user is told). */
export async function pickRatings(quarter: string): Promise<Rating['ratings'] | undefined> {
  const ratings: Rating['ratings'] = {};
  for (let i = 0; i < DIMENSIONS.length;) {
    const picked = await pickDimension(DIMENSIONS[i], i, quarter, ratings[DIMENSIONS[i]]);
    if (picked === 'cancel') return undefined;
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
    return undefined;
  }
  return ratings;
}

/** Writes a rating, says where (or why it was not), and brings the Office Hours & Reviews view forward. */
export async function writeRating(write: () => Promise<string>): Promise<boolean> {
  try {
    void vscode.window.showInformationMessage(await write());
    await vscode.commands.executeCommand(`${RITUALS_VIEW_ID}.focus`);
    return true;
  } catch (err) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The rating was not written: {0}', err instanceof Error ? err.message : String(err)),
    );
    return false;
  }
}

/** The answers as the confirming modal lists them, one dimension a line. */
export function ratingLines(ratings: Rating['ratings']): string {
  return DIMENSIONS.filter((d) => ratings[d])
    .map((d) => `${dimensionName(d)}: ${lightName(ratings[d]![0])}, ${trendName(ratings[d]![1])}`)
    .join('\n');
}

/**
 * One dimension: nine lights-with-arrows and Skip, typed to filter ("red", "worse"); Back returns to the one before.
 * The light is the label and the arrow its description: VS Code sorts filtered items by label, so equal labels keep
 * their order (typing "green" offers "getting better" first, not the shortest label).
 */
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
      label: `$(${LIGHT_ICON[l]}) ${cap(lightName(l))}`,
      description: `$(${TREND_ICON[t]}) ${trendName(t)}`,
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
