// The Micro-Lessons view: every lesson — from a weekly reflection or a concluded experiment — as a native tree, newest
// first. A row opens the lesson in This Week's editor; Share… is inline; the export is in the title bar. Rows are
// `{ id }`, what Edit Micro-Lesson and Share Micro-Lesson… take.
import * as vscode from 'vscode';
import { LessonDraft } from '../../core/reflection/journal';
import { sanitizeIntent, sanitizeText } from '../../core/commandArgs';
import { CommandId } from '../commandIds';
import { Disposable } from '../dispose';
import type { ExperimentService } from '../experiments/experimentService';
import { lessonSource, lessonTitle } from './lessonText';
import type { ReflectionService } from './reflectionService';

export type LessonNode = { id: string };

export class LessonTree extends Disposable implements vscode.TreeDataProvider<LessonNode> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  /** One node object per id, so VS Code keeps selection and focus across refreshes. */
  private readonly nodes = new Map<string, LessonNode>();

  constructor(
    private readonly view: vscode.TreeView<LessonNode>,
    private readonly reflections: ReflectionService,
    private readonly experiments: ExperimentService,
  ) {
    super();
    const refresh = () => {
      this.view.description = this.lessons().length ? String(this.lessons().length) : '';
      this.changed.fire();
    };
    this._registerAll(reflections.onDidChange(refresh), experiments.onDidChange(refresh));
    // The journal is read once the view first shows; its rows follow every window's changes from then on.
    void reflections.start().then(refresh);
  }

  private lessons(): LessonDraft[] {
    return [...this.reflections.doc.lessons].sort((a, b) => b.createdAt - a.createdAt);
  }

  getChildren(element?: LessonNode): LessonNode[] {
    if (element) return [];
    return this.lessons().map((l) => {
      let n = this.nodes.get(l.id);
      if (!n) this.nodes.set(l.id, (n = { id: l.id }));
      return n;
    });
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(element: LessonNode): vscode.TreeItem {
    const lesson = this.reflections.doc.lessons.find((l) => l.id === element.id);
    if (!lesson) return new vscode.TreeItem('');
    const title = sanitizeIntent(lessonTitle(lesson));
    const source = lessonSource(lesson, this.experiments.doc);
    const editing = this.reflections.editingLessonId === lesson.id;
    const row = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    row.id = lesson.id;
    row.description = editing ? vscode.l10n.t('{0} · open in This Week', source) : source;
    // Plain text (not markdown): the lesson is the user's words, never markup.
    row.tooltip = [source, lesson.tried, lesson.changed, lesson.keep, lesson.tell]
      .map((t) => sanitizeText(t))
      .filter((t) => t !== '')
      .join('\n');
    row.iconPath = new vscode.ThemeIcon(editing ? 'edit' : 'lightbulb');
    row.contextValue = 'lesson';
    row.accessibilityInformation = { label: `${title}, ${source}` };
    row.command = { command: CommandId.editLesson, title: vscode.l10n.t('Edit'), arguments: [{ id: lesson.id }] };
    return row;
  }
}
