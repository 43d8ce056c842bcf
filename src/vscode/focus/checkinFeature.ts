// The check-in (dist/checkin.js): its parsing and the typing hints load when one first checks in.
import { CommandId } from '../commandIds';
import type { BaseServices, FeatureCommands } from '../featureServices';
import { checkinCommand } from './checkinCommand';

export function createCheckin(base: BaseServices): { commands: FeatureCommands<typeof CommandId.checkIn> } {
  return { commands: { [CommandId.checkIn]: checkinCommand(base.controller) } };
}
