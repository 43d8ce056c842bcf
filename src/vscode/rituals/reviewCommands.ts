// The quarterly pacing review from the palette and the view: rate the team's pacing (six quick picks, keyboard only,
// then the file shown before it is written) and export the quarter's results as Markdown for the meeting.
import * as vscode from 'vscode';
import type { Rating } from '../../core/team/teamRating';
import { parseRatingCodes } from '../../core/team/ratingCode';
import { badArgument } from '../badArgument';
import { CommandId, RITUALS_VIEW_ID } from '../commandIds';
import type { CommandHandler } from '../featureServices';
import { plural } from '../plural';
import { readyCheck } from '../team/teamCommands';
import type { TeamService } from '../team/teamService';
import { reviewMarkdown } from './reviewMarkdown';
import type { ReviewService } from './reviewService';
import type { ReviewPanel } from './reviewPanel';
import { pickRatings, ratingLines, writeRating } from './ratingPicks';
import { quarterLabel } from './reviewText';

export type ReviewCommand =
  | typeof CommandId.rateQuarter
  | typeof CommandId.addHandedInRatings
  | typeof CommandId.exportQuarterlyReview
  | typeof CommandId.openQuarterlyReview;

/** Nothing, or the row a view's command passes (`{ id }`); anything else is refused. */
const plainArg = (arg: unknown) =>
  arg === undefined || (typeof arg === 'object' && arg !== null && Object.keys(arg).join() === 'id');

export function reviewCommands(
  review: ReviewService,
  team: () => TeamService,
  page: () => ReviewPanel,
): Record<ReviewCommand, CommandHandler> {
  return {
    [CommandId.openQuarterlyReview]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.openQuarterlyReview, 'nothing');
      if (!(await readyCheck(team())())) return false;
      page().show();
      return true;
    },
    [CommandId.rateQuarter]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.rateQuarter, 'nothing');
      if (!(await readyCheck(team())())) return false;
      const now = review.now();
      const ratings = await pickRatings(now.window.quarter);
      if (!ratings) return false;
      const write = vscode.l10n.t('Write Rating');
      const copy = vscode.l10n.t('Copy as a Code');
      const shown = ratingLines(ratings);
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
              'Git records who commits a file and when: a rating committed on its own can be traced to you. Commit the team’s ratings together, or copy yours as a code for the one person who adds and commits them all.',
            ),
          ].join('\n\n'),
        },
        write,
        copy,
      );
      if (answer === copy) return handIn(review, ratings);
      if (answer !== write) return false;
      return writeRating(async () => {
        const done = await review.rate(ratings);
        return done.left
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
            : vscode.l10n.t('Wrote {0}. Commit it with the team’s other ratings.', done.path);
      });
    },
    [CommandId.addHandedInRatings]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.addHandedInRatings, 'nothing');
      if (!(await readyCheck(team())())) return false;
      const problem = (text: string) => {
        const read = parseRatingCodes(text);
        if (read.ok || !text.trim()) return undefined;
        return read.at
          ? vscode.l10n.t('Code {0} {1}.', read.at, read.problem)
          : vscode.l10n.t('Not rating codes: {0}.', read.problem);
      };
      const text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Add Ratings Handed In'),
        prompt: vscode.l10n.t(
          'Paste the codes teammates handed you (pacewise-rating:…), separated by spaces. You then commit the files, so git shows you, not them.',
        ),
        placeHolder: 'pacewise-rating:…',
        ignoreFocusOut: true,
        validateInput: problem,
      });
      if (text === undefined || !text.trim()) return false;
      const read = parseRatingCodes(text);
      if (!read.ok) {
        void vscode.window.showErrorMessage(problem(text) ?? read.problem);
        return false;
      }
      const add = vscode.l10n.t('Add');
      const answer = await vscode.window.showInformationMessage(
        plural(
          read.ratings.length,
          { one: 'Add {0} rating to the team folder?', other: 'Add {0} ratings to the team folder?' },
          read.ratings.length,
        ),
        {
          modal: true,
          detail: vscode.l10n.t(
            'Each becomes a file in .pacewise/ratings/ holding its quarter, colours and arrows — no name. When you commit them, git shows you as their author, and when you committed; not who rated.',
          ),
        },
        add,
      );
      if (answer !== add) return false;
      try {
        const done = await review.addHandedIn(read.ratings);
        const already = read.repeated + done.already;
        void vscode.window.showInformationMessage(
          [
            plural(
              done.written.length,
              {
                one: 'Added {0} rating to .pacewise/ratings/: commit it with the others.',
                other: 'Added {0} ratings to .pacewise/ratings/: commit them together.',
              },
              done.written.length,
            ),
            ...(already
              ? [
                  plural(
                    already,
                    { one: '{0} code was there already.', other: '{0} codes were there already.' },
                    already,
                  ),
                ]
              : []),
          ].join(' '),
        );
        await vscode.commands.executeCommand(`${RITUALS_VIEW_ID}.focus`);
        return true;
      } catch (err) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Not every rating was added: {0}', err instanceof Error ? err.message : String(err)),
        );
        return false;
      }
    },
    [CommandId.exportQuarterlyReview]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.exportQuarterlyReview, 'nothing');
      if (!(await readyCheck(team())())) return false;
      const doc = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: reviewMarkdown(review.meeting()),
      });
      await vscode.window.showTextDocument(doc);
      return true;
    },
  };
}

/** Copies this user's rating as a code for the person who collects them; nothing is written to the folder. */
async function handIn(review: ReviewService, ratings: Rating['ratings']): Promise<boolean> {
  try {
    const done = await review.handIn(ratings);
    await vscode.env.clipboard.writeText(done.code);
    void vscode.window.showInformationMessage(
      [
        vscode.l10n.t(
          'Your rating is copied as a code. Send it to the person who collects the team’s ratings: they add it with “Add Ratings Handed In…”, and git shows them, not you. Nothing was written here.',
        ),
        ...(done.left
          ? [vscode.l10n.t('Your earlier rating {0} could not be deleted: delete it yourself.', done.left)]
          : done.replaced
            ? [vscode.l10n.t('Your earlier rating file was deleted: commit that.')]
            : []),
      ].join(' '),
    );
    return true;
  } catch (err) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The rating was not copied: {0}', err instanceof Error ? err.message : String(err)),
    );
    return false;
  }
}
