import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { badArgument } from '../badArgument';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkinsCsv, sessionsCsv } from '../../core/data/csv';
import { localDay } from '../../core/days';
import { IMPORT_KINDS, ImportSummary, totalAdded } from '../../core/data/importMerge';
import { INSIGHT_RANGES, InsightRange } from '../../core/insights/insights';
import { collectExport, exportText, importData, MAX_IMPORT_BYTES, parseExport } from '../../storage/dataTransfer';
import type { PacewiseStore } from '../../storage/pacewiseStore';
import { CommandId } from '../commandIds';
import { rangeLabel } from '../insights/insightsModel';

export type DataCommand =
  | typeof CommandId.exportData
  | typeof CommandId.exportCsv
  | typeof CommandId.exportSummary
  | typeof CommandId.importData
  | typeof CommandId.deleteAllData
  | typeof CommandId.openDataFolder;

export interface DataDeps {
  store: PacewiseStore;
  /** The Markdown period summary (built from the insights of a range). */
  summary(range: InsightRange, wellbeing: boolean): Promise<string>;
  /** Stops a running session or break (discarded: delete means delete) and forgets state kept outside the store. */
  forgetAll(): Promise<void>;
}

/** An argument object with only the given keys, or undefined when it is not one. */
function argObject(arg: unknown, keys: string[]): Record<string, unknown> | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return undefined;
  return Object.keys(arg).every((k) => keys.includes(k)) ? (arg as Record<string, unknown>) : undefined;
}

/** An absolute path ending in `ext`, from `{ path }`, or undefined when absent; null when malformed. */
function pathArg(a: Record<string, unknown>, ext: string): string | undefined | null {
  if (a.path === undefined) return undefined;
  return typeof a.path === 'string' && path.isAbsolute(a.path) && a.path.toLowerCase().endsWith(ext) ? a.path : null;
}

/**
 * Where an export is proposed: Downloads, Documents or the home folder — the first that exists and lies outside
 * every workspace folder. Personal check-ins inside a repository are one `git add .` away from being committed.
 */
export async function exportFolder(
  home = os.homedir(),
  workspaceFolders: readonly string[] = (vscode.workspace.workspaceFolders ?? [])
    .filter((f) => f.uri.scheme === 'file')
    .map((f) => f.uri.fsPath),
): Promise<string | undefined> {
  const inside = (dir: string) =>
    workspaceFolders.some((w) => {
      const rel = path.relative(w, dir);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    });
  for (const dir of [path.join(home, 'Downloads'), path.join(home, 'Documents'), home]) {
    if (inside(dir)) continue;
    const isDir = await fs.stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isDir) return dir;
  }
  return undefined;
}

async function saveTarget(name: string, filters: Record<string, string[]>): Promise<string | undefined> {
  const folder = await exportFolder();
  const uri = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.file(path.join(folder, name)) : undefined,
    filters,
    saveLabel: vscode.l10n.t('Export'),
  });
  return uri?.fsPath;
}

/** Writes personal data readable by the user only; says where it went. */
async function writeExport(file: string, text: string): Promise<boolean> {
  try {
    await fs.writeFile(file, text, { mode: 0o600 });
  } catch (err) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Pacewise could not write {0}: {1}',
        inertText(file),
        inertText(err instanceof Error ? err.message : String(err)),
      ),
    );
    return false;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Pacewise exported your data to {0}.', file));
  return true;
}

function summaryText(s: ImportSummary): string {
  const names: Record<(typeof IMPORT_KINDS)[number], string> = {
    sessions: vscode.l10n.t('sessions'),
    breaks: vscode.l10n.t('breaks'),
    interruptions: vscode.l10n.t('interruptions'),
    checkins: vscode.l10n.t('check-ins'),
    workItems: vscode.l10n.t('finished work items'),
    wipItems: vscode.l10n.t('work items'),
    reflections: vscode.l10n.t('reflections'),
    lessons: vscode.l10n.t('micro-lessons'),
    experiments: vscode.l10n.t('experiments'),
    drafts: vscode.l10n.t('share drafts'),
    mentoringCheckIns: vscode.l10n.t('mentoring check-ins'),
  };
  const added = IMPORT_KINDS.filter((k) => s[k].added > 0).map((k) => `${s[k].added} ${names[k]}`);
  const present = IMPORT_KINDS.reduce((n, k) => n + s[k].present, 0);
  return vscode.l10n.t(
    'New: {0}. Already here: {1}. Not taken (a second running experiment or a second reflection for a week): {2}.',
    added.length ? added.join(', ') : vscode.l10n.t('nothing'),
    present,
    s.skipped,
  );
}

/** Export (JSON, CSV, Markdown summary), Import, Delete All Data and Open Data Folder. */
export function dataCommands(deps: DataDeps): Record<DataCommand, (arg?: unknown) => Promise<boolean>> {
  const { store } = deps;
  const today = () => localDay(Date.now());
  return {
    [CommandId.exportData]: async (arg) => {
      const a = arg === undefined ? {} : argObject(arg, ['path']);
      const given = a && pathArg(a, '.json');
      if (!a || given === null) return badArgument(CommandId.exportData, '{ "path": "/absolute/file.json" }');
      const file = given ?? (await saveTarget(`pacewise-export-${today()}.json`, { JSON: ['json'] }));
      if (!file) return false;
      return writeExport(file, exportText(await collectExport(store), new Date()));
    },
    [CommandId.exportCsv]: async (arg) => {
      const a = arg === undefined ? {} : argObject(arg, ['what', 'path']);
      const given = a && pathArg(a, '.csv');
      if (!a || given === null || (a.what !== undefined && a.what !== 'sessions' && a.what !== 'checkins'))
        return badArgument(CommandId.exportCsv, '{ "what": "sessions" | "checkins", "path"?: "/absolute/file.csv" }');
      const what =
        (a.what as string | undefined) ??
        (
          await vscode.window.showQuickPick(
            [
              { label: vscode.l10n.t('Sessions'), what: 'sessions' },
              { label: vscode.l10n.t('Check-ins'), what: 'checkins' },
            ],
            { title: vscode.l10n.t('Pacewise: Export as CSV') },
          )
        )?.what;
      if (!what) return false;
      const file = given ?? (await saveTarget(`pacewise-${what}-${today()}.csv`, { CSV: ['csv'] }));
      if (!file) return false;
      const h = await store.readAllHistory();
      return writeExport(file, what === 'sessions' ? sessionsCsv(h.sessions) : checkinsCsv(h.checkins));
    },
    [CommandId.exportSummary]: async (arg) => {
      const a = arg === undefined ? {} : argObject(arg, ['range', 'wellbeing']);
      if (
        !a ||
        (a.range !== undefined && !(INSIGHT_RANGES as readonly unknown[]).includes(a.range)) ||
        (a.wellbeing !== undefined && typeof a.wellbeing !== 'boolean')
      )
        return badArgument(CommandId.exportSummary, '{ "range": "7" | "30" | "90" | "all", "wellbeing"?: boolean }');
      const range = (a.range as InsightRange | undefined) ?? '30';
      let wellbeing = a.wellbeing as boolean | undefined;
      if (wellbeing === undefined) {
        const pick = await vscode.window.showQuickPick(
          [
            { label: vscode.l10n.t('Facts and micro-lessons only'), wellbeing: false },
            {
              label: vscode.l10n.t('Also my check-in averages'),
              detail: vscode.l10n.t('Energy, stress, focus and fairness — think twice before sharing these.'),
              wellbeing: true,
            },
          ],
          { title: vscode.l10n.t('Period summary: {0}', rangeLabel(range)) },
        );
        if (!pick) return false;
        wellbeing = pick.wellbeing;
      }
      // An untitled document: the user reads it before saving or sharing anything.
      const doc = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: await deps.summary(range, wellbeing),
      });
      await vscode.window.showTextDocument(doc);
      return true;
    },
    [CommandId.importData]: async (arg) => {
      const a = arg === undefined ? {} : argObject(arg, ['path', 'confirmed']);
      const given = a && pathArg(a, '.json');
      if (!a || given === null || (a.confirmed !== undefined && typeof a.confirmed !== 'boolean'))
        return badArgument(CommandId.importData, '{ "path": "/absolute/export.json", "confirmed"?: boolean }');
      const file =
        given ??
        (
          await vscode.window.showOpenDialog({
            canSelectMany: false,
            filters: { JSON: ['json'] },
            openLabel: vscode.l10n.t('Import'),
          })
        )?.[0]?.fsPath;
      if (!file) return false;
      const refuse = (problem: string) => {
        void vscode.window.showErrorMessage(
          vscode.l10n.t(
            'Pacewise cannot import {0}: {1}. Nothing was imported.',
            inertText(path.basename(file)),
            inertText(problem),
          ),
        );
        return false;
      };
      const stat = await fs.stat(file).catch(() => undefined);
      if (!stat?.isFile()) return refuse(vscode.l10n.t('the file cannot be read'));
      if (stat.size > MAX_IMPORT_BYTES) return refuse(vscode.l10n.t('the file is larger than 64 MB'));
      const parsed = parseExport(await fs.readFile(file, 'utf8'));
      if (!parsed.ok) return refuse(parsed.problem);
      const dry = await importData(store, parsed.data, true);
      if (totalAdded(dry) === 0) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t(
            'Nothing to import: everything in {0} is already here. {1}',
            path.basename(file),
            summaryText(dry),
          ),
        );
        return false;
      }
      if (a.confirmed !== true) {
        const go = vscode.l10n.t('Import');
        const answer = await vscode.window.showInformationMessage(
          vscode.l10n.t('Import from {0}?', path.basename(file)),
          { modal: true, detail: summaryText(dry) },
          go,
        );
        if (answer !== go) return false;
      }
      const done = await importData(store, parsed.data, false);
      void vscode.window.showInformationMessage(vscode.l10n.t('Imported. {0}', summaryText(done)));
      return true;
    },
    [CommandId.deleteAllData]: async (arg) => {
      const a = arg === undefined ? {} : argObject(arg, ['confirmed']);
      if (!a || (a.confirmed !== undefined && typeof a.confirmed !== 'boolean'))
        return badArgument(CommandId.deleteAllData, '{ "confirmed"?: boolean }');
      if (a.confirmed !== true) {
        const go = vscode.l10n.t('Delete Everything');
        const answer = await vscode.window.showWarningMessage(
          vscode.l10n.t('Delete all Pacewise data on this machine?'),
          {
            modal: true,
            detail: vscode.l10n.t(
              'Sessions, breaks, check-ins, work items, reflections, micro-lessons, experiments, share drafts and their backups are deleted, and a running session or break is discarded. This cannot be undone — export first if you may want it back. Notes already shared with your team stay in the repository.',
            ),
          },
          go,
        );
        if (answer !== go) return false;
      }
      await deps.forgetAll();
      const left = await store.deleteAll();
      if (left.length) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Pacewise could not delete: {0} (in {1}).', left.join(', '), store.dir),
        );
        return false;
      }
      void vscode.window.showInformationMessage(vscode.l10n.t('All Pacewise data on this machine is deleted.'));
      return true;
    },
    [CommandId.openDataFolder]: async () => {
      await store.open();
      const uri = vscode.Uri.file(store.dir);
      // On a remote (SSH, container, code-server) the folder is on the other machine: say where it is.
      if (vscode.env.remoteName === undefined) {
        await vscode.commands.executeCommand('revealFileInOS', uri);
        return true;
      }
      const copy = vscode.l10n.t('Copy Path');
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('Pacewise keeps your data in {0} (on the remote machine).', store.dir),
          copy,
        )
        .then(async (pick) => {
          if (pick === copy) await vscode.env.clipboard.writeText(store.dir);
        });
      return true;
    },
  };
}
