// The Insights panel (dist/insights.js): loaded when it is first shown, or when VS Code restores it after a reload.
import type { TemplateId } from '../../core/experiments/experimentTemplates';
import type { BaseServices } from '../featureServices';
import { InsightsPanel } from './insightsPanel';

export function createInsights(
  base: BaseServices,
  startExperiment: (template: TemplateId) => Promise<boolean>,
): InsightsPanel {
  return new InsightsPanel(base.extensionUri, base.store, base.settings, startExperiment, () => base.wipLimit());
}
