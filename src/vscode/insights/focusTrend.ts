import * as vscode from 'vscode';
import { addDays, startOfDay } from 'date-fns';
import { localDay } from '../../core/days';
import { recentFocus } from '../../core/insights/insights';
import type { PacewiseStore } from '../../storage/pacewiseStore';
import { Disposable, disposing } from '../dispose';

/**
 * Focus minutes of the 13 days before today (the sidebar adds today's live figure): read from history when the
 * sidebar first needs it, again when history changes or the day turns — never once a second with the snapshots.
 */
export class FocusTrend extends Disposable {
  private values: (number | null)[] = [];
  private day = '';
  private loading = false;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly store: PacewiseStore) {
    super();
    this._register(disposing(store.watch(['history'], () => void this.load())));
  }

  /** The 13 days before `now`'s day, oldest first; empty until loaded (a load starts when the day turned). */
  before(now: number): (number | null)[] {
    if (localDay(now) !== this.day && !this.loading) void this.load();
    return this.values;
  }

  private async load(): Promise<void> {
    this.loading = true;
    try {
      const now = Date.now();
      const today = startOfDay(now).getTime();
      const history = await this.store.readHistory(addDays(today, -13).getTime(), today);
      this.values = recentFocus(history, addDays(today, -1).getTime(), 13);
      this.day = localDay(now);
      this.changed.fire();
    } catch {
      // a read racing a recovery; the next history change loads again
    } finally {
      this.loading = false;
    }
  }
}
