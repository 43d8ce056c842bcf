import { emptyHistory, HISTORY_LISTS, HistoryAppend, TimerDoc } from '../core/types';
import { promises as fs, watch, FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { cleanFolder, documentOf, generationOf } from './generations';
import { JsonDocument, Mutation } from './jsonDocument';
import { RecoveryReport } from './safeAdapter';
import {
  experimentsSchema,
  HistoryMonth,
  historySchema,
  journalSchema,
  mentoringLocalSchema,
  teamLocalSchema,
  timerSchema,
  wipSchema,
} from './schemas';
import type { DocSchema } from './docSchema';
import type { TeamLocalDoc } from '../core/team/teamLocal';
import type { WipDoc } from '../core/wip/wip';
import type { JournalDoc } from '../core/reflection/journal';
import type { ExperimentsDoc } from '../core/experiments/experiments';
import type { MentoringLocalDoc } from '../core/mentorship/checkIns';

/** The store's whole documents by name: what `read` and `update` take. */
export interface Documents {
  wip: WipDoc;
  journal: JournalDoc;
  experiments: ExperimentsDoc;
  team: TeamLocalDoc;
  mentoring: MentoringLocalDoc;
}
export type DocumentName = keyof Documents;
export type DocumentOf<K extends DocumentName> = Documents[K];

/** Each document's file and schema. */
const DOCUMENTS: { [K in DocumentName]: { file: string; schema: DocSchema<Documents[K]> } } = {
  wip: { file: 'wip.json', schema: wipSchema },
  journal: { file: 'journal.json', schema: journalSchema },
  experiments: { file: 'experiments.json', schema: experimentsSchema },
  team: { file: 'team.json', schema: teamLocalSchema },
  mentoring: { file: 'mentoring.json', schema: mentoringLocalSchema },
};

export interface StoreHooks {
  onRecovery(report: RecoveryReport): void;
  onWarning?(message: string): void;
}

/** The kinds of file in the store, for watchers. */
export type StoreFileKind = 'timer' | DocumentName | 'history';

function fileKind(name: string | undefined): StoreFileKind | undefined {
  const doc = name === undefined ? undefined : documentOf(name);
  if (doc === 'timer.json') return 'timer';
  for (const [kind, d] of Object.entries(DOCUMENTS)) if (doc === d.file) return kind as DocumentName;
  if (doc && HISTORY_FILE.test(doc)) return 'history';
  return undefined;
}

const HISTORY_FILE = /^history-(\d{4}-\d{2})\.json$/;

/** The months that have history on disk, from one listing of the folder. */
async function monthsOnDisk(dir: string): Promise<Set<string>> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const keys = new Set<string>();
  for (const name of names) {
    const key = HISTORY_FILE.exec(documentOf(name) ?? '')?.[1];
    if (key && !name.includes('.corrupt-')) keys.add(key);
  }
  return keys;
}

/** UTC month key of an instant; history is split by month so each write stays small at years of data. */
export function monthKey(instant: number): string {
  return new Date(instant).toISOString().slice(0, 7);
}

/**
 * Pacewise's personal data on this machine: `timer.json` (the one shared timer), `history-YYYY-MM.json` files and the
 * documents above, each kept as generations (`timer.g42.json`, see generations.ts). Safe across windows and
 * processes (see JsonDocument); other windows learn of changes through a file watcher.
 */
export class PacewiseStore {
  private readonly timer: JsonDocument<TimerDoc>;
  private readonly months = new Map<string, JsonDocument<HistoryMonth>>();
  private readonly documents = new Map<DocumentName, JsonDocument<unknown>>();

  constructor(
    readonly dir: string,
    private readonly hooks: StoreHooks,
  ) {
    this.timer = new JsonDocument(path.join(dir, 'timer.json'), timerSchema, hooks.onRecovery, hooks.onWarning);
  }

  private document<K extends DocumentName>(name: K): JsonDocument<DocumentOf<K>> {
    let doc = this.documents.get(name);
    if (!doc) {
      const { file, schema } = DOCUMENTS[name];
      doc = new JsonDocument(
        path.join(this.dir, file),
        schema as DocSchema<unknown>,
        this.hooks.onRecovery,
        this.hooks.onWarning,
      );
      this.documents.set(name, doc);
    }
    return doc as JsonDocument<DocumentOf<K>>;
  }

  /** Creates the folder (0700) and cleans up after crashes (temp files, lock leftovers, old generations). */
  async open(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await cleanFolder(this.dir);
  }

  /** The file holding a document now (its newest generation), or undefined before its first write. */
  currentFile(name: 'timer' | DocumentName | `history-${string}`): Promise<string | undefined> {
    if (name === 'timer') return this.timer.currentFile();
    if (name.startsWith('history-')) return this.month(name.slice('history-'.length)).currentFile();
    return this.document(name as DocumentName).currentFile();
  }

  get readOnly(): boolean {
    return this.timer.readOnly;
  }

  readTimer(): Promise<TimerDoc> {
    return this.timer.read();
  }

  /**
   * Re-reads the timer under the lock, applies `mutate`, appends the history it produces (idempotently, by id,
   * before the timer is written, so a crash in between repeats the append instead of losing it), then writes.
   */
  async updateTimer<R>(
    mutate: (doc: TimerDoc) => { doc: TimerDoc; changed: boolean; append?: Partial<HistoryAppend>; result: R },
  ): Promise<{ result: R; doc: TimerDoc }> {
    let doc: TimerDoc | undefined;
    const result = await this.timer.update(async (current): Promise<Mutation<R>> => {
      const out = mutate(current);
      doc = out.doc;
      if (out.append) await this.appendHistory(out.append);
      return { changed: out.changed, result: out.result, data: out.doc };
    });
    return { result, doc: doc ?? (await this.timer.read()) };
  }

  /** One of the whole documents: the WIP list, the journal, the experiments, the team record. */
  read<K extends DocumentName>(name: K): Promise<DocumentOf<K>> {
    return this.document(name).read();
  }

  /**
   * Re-reads the document under its lock, applies `mutate` (the whole document in, the whole document out), writes
   * if it changed; returns `mutate`'s result and the document after it.
   */
  update<K extends DocumentName, R>(
    name: K,
    mutate: (doc: DocumentOf<K>) => { doc: DocumentOf<K>; changed: boolean; result: R },
  ): Promise<{ result: R; doc: DocumentOf<K> }> {
    return replaceUnderLock(this.document(name), mutate);
  }

  /** Appends records to their months; records already present (same id) are skipped. */
  async appendHistory(add: Partial<HistoryAppend>): Promise<void> {
    const append: HistoryAppend = { ...emptyHistory(), ...add };
    const byMonth = new Map<string, HistoryAppend>();
    const bucket = (at: number) => {
      const key = monthKey(at);
      let b = byMonth.get(key);
      if (!b) byMonth.set(key, (b = emptyHistory()));
      return b;
    };
    for (const s of append.sessions) bucket(s.startedAt).sessions.push(s);
    for (const b of append.breaks) bucket(b.startedAt).breaks.push(b);
    for (const i of append.interruptions) bucket(i.at).interruptions.push(i);
    for (const c of append.checkins) bucket(c.at).checkins.push(c);
    for (const w of append.workItems) bucket(w.doneAt).workItems.push(w);
    for (const [key, add] of byMonth) {
      await this.month(key).update((m) => {
        let changed = false;
        for (const list of HISTORY_LISTS) {
          const ids = new Set(m[list].map((r) => r.id));
          for (const r of add[list]) {
            if (ids.has(r.id)) continue;
            (m[list] as { id: string }[]).push(r);
            ids.add(r.id);
            changed = true;
          }
        }
        return { changed, result: undefined };
      });
    }
  }

  /** History of the UTC months overlapping [from, to). */
  async readHistory(from: number, to: number): Promise<HistoryMonth> {
    const out: HistoryMonth = emptyHistory();
    // Months are read side by side (file reads overlap with parsing), then joined in month order.
    const onDisk = await monthsOnDisk(this.dir);
    const months = await Promise.all(
      monthsBetween(from, to).map((key) => (onDisk.has(key) ? this.month(key).read() : undefined)),
    );
    for (const m of months) {
      if (!m) continue;
      out.sessions.push(...m.sessions);
      out.breaks.push(...m.breaks);
      out.interruptions.push(...m.interruptions);
      out.checkins.push(...m.checkins);
      out.workItems.push(...m.workItems);
    }
    return out;
  }

  /** Every history month on disk, oldest first. */
  async readAllHistory(): Promise<HistoryMonth> {
    const keys = [...(await monthsOnDisk(this.dir))].sort();
    if (keys.length === 0) return emptyHistory();
    return this.readHistory(Date.parse(`${keys[0]}-01T00:00:00Z`), Date.parse(`${keys[keys.length - 1]}-28T00:00:00Z`));
  }

  /**
   * Deletes every file in the store — documents and their older generations, damaged copies kept aside, locks and temp
   * files — and leaves the empty folder. Older generations go first, so a reader in between never falls back to one.
   */
  async deleteAll(): Promise<string[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const order = (n: string) => (n.includes('.corrupt-') || n.endsWith('.bak') ? -2 : (generationOf(n) ?? -1));
    const left: string[] = [];
    for (const name of [...names].sort((a, b) => order(a) - order(b))) {
      await fs.rm(path.join(this.dir, name), { recursive: true, force: true }).catch(() => left.push(name));
    }
    return left;
  }

  /**
   * Calls `onChange` (debounced per kind) when a store file changes — written by another window or this one. One
   * file watcher serves every listener; each listener hears only the kinds it asked for.
   */
  watch(kinds: StoreFileKind[], onChange: () => void): () => void {
    const listener = { kinds: new Set(kinds), onChange, timer: undefined as ReturnType<typeof setTimeout> | undefined };
    this.listeners.add(listener);
    this.ensureWatcher();
    return () => {
      clearTimeout(listener.timer);
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.watcher?.close();
        this.watcher = undefined;
      }
    };
  }

  private readonly listeners = new Set<{
    kinds: Set<StoreFileKind>;
    onChange: () => void;
    timer: ReturnType<typeof setTimeout> | undefined;
  }>();
  private watcher: FSWatcher | undefined;

  private ensureWatcher(): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.dir, (_event, name) => {
        const kind = fileKind(name?.toString());
        if (!kind) return;
        for (const l of this.listeners) {
          if (!l.kinds.has(kind)) continue;
          clearTimeout(l.timer);
          l.timer = setTimeout(l.onChange, 30);
        }
      });
      this.watcher.on('error', (err) => this.hooks.onWarning?.(`Store watcher stopped: ${String(err)}`));
    } catch (err) {
      this.hooks.onWarning?.(`Could not watch the store: ${String(err)}`);
    }
  }

  private month(key: string): JsonDocument<HistoryMonth> {
    let doc = this.months.get(key);
    if (!doc) {
      doc = new JsonDocument(
        path.join(this.dir, `history-${key}.json`),
        historySchema,
        this.hooks.onRecovery,
        this.hooks.onWarning,
      );
      this.months.set(key, doc);
    }
    return doc;
  }
}

/** Runs a whole-document replacement under the document's lock; returns its result and the document after it. */
async function replaceUnderLock<T, R>(
  file: JsonDocument<T>,
  mutate: (doc: T) => { doc: T; changed: boolean; result: R },
): Promise<{ result: R; doc: T }> {
  let doc: T | undefined;
  const result = await file.update((current): Mutation<R> => {
    const out = mutate(current);
    doc = out.doc;
    return { changed: out.changed, result: out.result, data: out.doc };
  });
  return { result, doc: doc ?? (await file.read()) };
}

function monthsBetween(from: number, to: number): string[] {
  const keys: string[] = [];
  const d = new Date(from);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const last = monthKey(Math.max(from, to - 1));
  for (;;) {
    const key = `${y}-${String(m + 1).padStart(2, '0')}`;
    keys.push(key);
    if (key >= last || keys.length > 1200) break;
    m++;
    if (m === 12) {
      m = 0;
      y++;
    }
  }
  return keys;
}
