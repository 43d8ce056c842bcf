// The sidebar's side of its protocol (src/shared/protocol.ts): the only messages its buttons can post.
import type { WebviewMessage } from '../../shared/protocol';
import { controls, viewHost } from '../dom';

export const host = viewHost<WebviewMessage>();
export const { button, act } = controls(host);
