// The Team notes view's side of its protocol (src/shared/teamProtocol.ts): the only messages it can post.
import type { TeamWebviewMessage } from '../../shared/teamProtocol';
import { controls, viewHost } from '../dom';

export const host = viewHost<TeamWebviewMessage>();
export const { act } = controls(host);
