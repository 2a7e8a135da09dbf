/**
 * The Web API methods the stand-in answers. Each handler takes the parsed arguments and returns
 * the fields of an `ok: true` answer, or throws ApiError with the error code Slack would give.
 */
import type { Handler } from './common.js';
import { FILE_METHODS } from './files.js';
import { MESSAGE_METHODS } from './messages.js';
import { VIEW_METHODS } from './views.js';
import { WORKSPACE_METHODS } from './workspace-info.js';

export { ApiError } from './common.js';
export { viewPayload } from './views.js';

export const WEB_API: Record<string, Handler> = { ...WORKSPACE_METHODS, ...MESSAGE_METHODS, ...FILE_METHODS, ...VIEW_METHODS };
