// A review meeting's page (an editor tab, one per window and meeting): the team's quarterly review or the
// retrospective across teams, walked in order, drawn from its notes place and redrawn when that changes; saving writes
// the quarter's review file there after a dialog shows what it holds.
import * as vscode from 'vscode';
import { actionProblem, MAX_ACTIONS, TeamReview } from '../../core/team/teamReview';
import { VoteCounts, voteCountsProblem } from '../../core/rituals/reviewRitual';
import { parseReviewMessage, ReviewPageModel, ReviewVotes } from '../../shared/reviewProtocol';
import { Disposable, disposing } from '../dispose';
import { plural } from '../plural';
import type { TeamService } from '../team/teamService';
import { postTo, webviewOptions, webviewShell } from '../webviewShell';
import { quarterLabel, voteText } from './reviewText';

/** One meeting the page walks: where it is read and saved, and the words that differ between meetings. */
export interface PageMeeting {
  viewType: string;
  tabTitle: string;
  /** The notes place the meeting reads and saves its review in (the team folder or the space). */
  place(): TeamService;
  model(): ReviewPageModel;
  minGroup(): number;
  draftReview(actions: readonly string[], votes: VoteCounts): Promise<{ review: TeamReview; redacted: number }>;
  saveReview(review: TeamReview): Promise<{ path: string; replaced: number; left: string[] }>;
  exportCommand: string;
  /** "Save the review of Q4 2026 (…)?" */
  question(quarterLabel: string): string;
  /** Where the file goes, and what git records. */
  where: string;
  /** The message once saved. */
  saved(path: string): string;
}

export class ReviewPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** A save is being confirmed or written: a second press waits for it. */
  private saving = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly review: PageMeeting,
  ) {
    super();
    this._register(disposing(() => this.panel?.dispose()));
  }

  /** Opens the page, or brings it to the front. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      void this.post();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      this.review.viewType,
      this.review.tabTitle,
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      // What is being typed into the actions stays while another tab is in front.
      { ...webviewOptions(this.extensionUri), retainContextWhenHidden: true },
    );
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'pacewise.svg');
    panel.webview.html = webviewShell(panel.webview, this.extensionUri, 'review');
    const held = vscode.Disposable.from(
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      this.review.place().onDidChange(() => this.scheduleRefresh()),
    );
    panel.onDidDispose(() => {
      held.dispose();
      clearTimeout(this.refreshTimer);
      this.panel = undefined;
    });
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.post(), 300);
  }

  private async post(announce?: string): Promise<void> {
    const panel = this.panel;
    if (!panel || this.review.place().state !== 'ready') return;
    await postTo(panel.webview, 'review', {
      type: 'review',
      model: this.review.model(),
      ...(announce ? { announce } : {}),
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const msg = parseReviewMessage(raw);
    if (!msg) return; // unknown or malformed: ignored
    if (msg.type === 'ready') return this.post();
    if (msg.type === 'export') {
      await vscode.commands.executeCommand(this.review.exportCommand);
      return;
    }
    if (this.saving) return;
    this.saving = true;
    try {
      await this.save(msg.actions, msg.votes);
    } finally {
      this.saving = false;
    }
  }

  /** Checks what the page sent, shows the file it would write, and writes it on Save. */
  private async save(actions: string[], votes: ReviewVotes): Promise<void> {
    const lines = actions.map((a) => a.trim()).filter(Boolean);
    const refuse = (text: string) => void vscode.window.showErrorMessage(text);
    if (lines.length > MAX_ACTIONS)
      return refuse(vscode.l10n.t('At most {0} actions: the review was not saved.', MAX_ACTIONS));
    for (const [i, a] of lines.entries()) {
      const problem = actionProblem(a);
      if (problem) return refuse(vscode.l10n.t('Action {0} {1}: the review was not saved.', i + 1, problem));
    }
    const bad = voteCountsProblem({ ...votes });
    if (bad) return refuse(vscode.l10n.t('The vote was not counted: {0}.', bad));
    let draft: { review: TeamReview; redacted: number };
    try {
      draft = await this.review.draftReview(lines, votes);
    } catch (err) {
      return refuse(vscode.l10n.t('The review was not saved: {0}', err instanceof Error ? err.message : String(err)));
    }
    const { review, redacted } = draft;
    const tooLong = review.actions.findIndex((a) => actionProblem(a));
    if (tooLong >= 0)
      return refuse(
        vscode.l10n.t(
          'Action {0} {1}: the review was not saved.',
          tooLong + 1,
          actionProblem(review.actions[tooLong])!,
        ),
      );
    const counted = votes.yes + votes.partly + votes.no;
    const voteLine = review.worth
      ? vscode.l10n.t('Vote: {0}', voteText(review.worth))
      : counted
        ? vscode.l10n.t('Vote: not kept — fewer than {0} voted.', this.review.minGroup())
        : vscode.l10n.t('Vote: none.');
    const saveLabel = vscode.l10n.t('Save Review');
    const answer = await vscode.window.showInformationMessage(
      this.review.question(quarterLabel(review.quarter)),
      {
        modal: true,
        detail: [
          review.actions.length
            ? review.actions.map((a, i) => `${i + 1}. ${a}`).join('\n')
            : vscode.l10n.t('No actions agreed.'),
          voteLine,
          ...(redacted
            ? [
                plural(
                  redacted,
                  {
                    one: '1 action had a name or address replaced by a placeholder.',
                    other: '{0} actions had names or addresses replaced by placeholders.',
                  },
                  redacted,
                ),
              ]
            : []),
          this.review.where,
        ].join('\n\n'),
      },
      saveLabel,
    );
    if (answer !== saveLabel) return;
    try {
      const done = await this.review.saveReview(review);
      void vscode.window.showInformationMessage(
        done.left.length
          ? vscode.l10n.t(
              'Saved {0}. The earlier review {1} could not be deleted: delete it yourself.',
              done.path,
              done.left.join(', '),
            )
          : this.review.saved(done.path),
      );
      await this.post(vscode.l10n.t('The review was saved.'));
    } catch (err) {
      refuse(vscode.l10n.t('The review was not saved: {0}', err instanceof Error ? err.message : String(err)));
    }
  }
}
