// Your data (dist/data.js): export, the Markdown summary, import and delete, loaded when one of them runs.
import type { BaseServices, FeatureCommands } from '../featureServices';
import { DataCommand, dataCommands } from './dataCommands';
import { summaryMarkdown } from './summaryMarkdown';
import { signalSettings } from '../insights/insightsModel';
import * as vscode from 'vscode';
import { knownIdentifiers, PSEUDONYM_SECRET_KEY } from '../team/teamIdentity';
import { anonymizeSummarySources } from '../../core/team/anonymizeSummary';

/** `resetPrompts` forgets the pacing questions' state, which Delete All Data clears with the rest. */
export function createData(base: BaseServices, resetPrompts: () => Promise<void>): FeatureCommands<DataCommand> {
  const { store, settings, controller } = base;
  return dataCommands({
    store,
    summary: async (range, wellbeing) => {
      // Offered for a retrospective: the user's own words go through the anonymizer, as in a shared note.
      const known = await knownIdentifiers(vscode.workspace.workspaceFolders?.[0]?.uri);
      const mine = anonymizeSummarySources(await store.read('journal'), await store.read('experiments'), known);
      return summaryMarkdown(
        {
          history: await store.readAllHistory(),
          wip: await store.read('wip'),
          journal: mine.journal,
          experiments: mine.experiments,
          replaced: mine.replaced,
        },
        { endOfDayMinutes: settings.settings.endOfDayMinutes, wipLimit: base.wipLimit() },
        signalSettings(settings),
        range,
        wellbeing,
        Date.now(),
      );
    },
    // What lives outside the store: a running session or break (discarded: delete means delete), the questions'
    // state and the sharing pseudonym.
    forgetAll: async () => {
      if (controller.view().doc.current) await controller.run({ type: 'discard' });
      await resetPrompts();
      await base.secrets.delete(PSEUDONYM_SECRET_KEY);
    },
  });
}
