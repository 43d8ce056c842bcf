import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SettingsReader } from '../../src/vscode/settingsReader';
import { DEFAULT_SETTINGS } from '../../src/core/userSettings';
import { pacewise, waitFor } from './helpers';

// Seven bad values written at once (as a teammate's settings.json or a hand edit brings them): one warning that
// lists each setting once, and the timer keeps valid values.
const BAD = {
  'pacewise.session.focusMinutes': 'forty',
  'pacewise.session.shortBreakMinutes': 900,
  'pacewise.session.longBreakEvery': -3,
  'pacewise.session.autoStartNext': 'yes',
  // A value that would be a command link in a notification if it were shown as written.
  'pacewise.day.endOfDay': '[25:99](command:workbench.action.terminal.new)',
  'pacewise.wip.limit': 'many',
  'pacewise.reflection.day': 'someday',
};

describe('Bad settings in the real host', () => {
  const folder = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0].uri.fsPath;
  const settingsFile = () => path.join(folder(), '.vscode', 'settings.json');

  after(async function () {
    this.timeout(30_000);
    let writes = 0;
    await waitFor(
      await pacewise(),
      'the settings back to their defaults',
      () => {
        if (vscode.workspace.getConfiguration('pacewise').get('session.focusMinutes') === 25) return true;
        if (writes++ % 40 === 0) writeFileSync(settingsFile(), '{}\n');
        return false;
      },
      20_000,
    );
    rmSync(path.join(folder(), '.vscode'), { recursive: true, force: true });
  });

  it('seven bad values give one warning naming each setting once; valid values stay in use', async function () {
    this.timeout(30_000);
    const api = await pacewise();
    mkdirSync(path.dirname(settingsFile()), { recursive: true });
    // VS Code's watcher can miss a settings file created after startup: written again until it is read.
    let writes = 0;
    await waitFor(
      api,
      'VS Code to read the file',
      () => {
        if (vscode.workspace.getConfiguration('pacewise').get('reflection.day') === 'someday') return true;
        if (writes++ % 40 === 0) writeFileSync(settingsFile(), JSON.stringify(BAD, null, 2));
        return false;
      },
      20_000,
    );
    const shown: { message: string; query: string }[] = [];
    const reader = new SettingsReader((message, query) => shown.push({ message, query }));
    try {
      assert.equal(shown.length, 1, JSON.stringify(shown));
      const { message, query } = shown[0];
      assert.match(message, /^Pacewise could not use 7 settings as they are\./);
      for (const key of Object.keys(BAD))
        assert.equal(message.split(key).length - 1, 1, `${key} is named once in: ${message}`);
      assert.equal(query, '@ext:pacewise.pacewise');
      // The value is quoted as text: VS Code's link pattern for notifications finds nothing to run.
      assert.ok(message.includes('25:99'), message);
      assert.equal(message.match(/\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)/gi), null, message);
      // Bad values never reach the timer: the defaults (the previous valid values) are used.
      assert.equal(reader.settings.focusMinutes, DEFAULT_SETTINGS.focusMinutes);
      assert.equal(reader.settings.wipLimit, DEFAULT_SETTINGS.wipLimit);
      assert.equal(reader.settings.autoStartNext, DEFAULT_SETTINGS.autoStartNext);
    } finally {
      reader.dispose();
    }
  });
});
