/**
 * Interactive elements in Block Kit, and the parts of payloads Slack builds from them: the
 * `actions[]` entry of a click and `view.state.values` of a modal.
 */
import type { SubmissionValues } from './types.js';

export type Block = Record<string, unknown> & { type: string; block_id?: string };
export type Element = Record<string, unknown> & { type: string; action_id?: string };


/** Every interactive element of some blocks, with the block it sits in. */
export function interactiveElements(blocks: unknown[] | undefined): { block: Block; blockId: string; element: Element }[] {
  const found: { block: Block; blockId: string; element: Element }[] = [];
  (blocks ?? []).forEach((raw, index) => {
    const block = raw as Block;
    const blockId = block.block_id ?? `standin-block-${index}`;
    const elements = [block.accessory, block.element, ...(Array.isArray(block.elements) ? block.elements : [])];
    for (const e of elements) if (e && typeof e === 'object' && 'action_id' in e) found.push({ block, blockId, element: e as Element });
  });
  return found;
}

export function feedbackValue(element: Element, value: string | undefined): boolean {
  const buttons = [element.positive_button, element.negative_button] as ({ value?: string } | undefined)[];
  return buttons.some((b) => b?.value === value);
}

function plain(text: unknown): { type: 'plain_text'; text: string } {
  const t = (text as { text?: string } | undefined)?.text ?? '';
  return { type: 'plain_text', text: t };
}

export function actionPayload(element: Element, blockId: string, value: string | undefined): Record<string, unknown> {
  const base = { action_id: element.action_id, block_id: blockId, type: element.type, action_ts: `${Date.now() / 1000}` };
  if (element.type === 'feedback_buttons') {
    const chosen = [element.positive_button, element.negative_button].find((b) => (b as { value?: string } | undefined)?.value === value) ?? element.positive_button;
    return { ...base, value: (chosen as { value?: string }).value, text: plain((chosen as { text?: unknown }).text) };
  }
  if (element.type === 'static_select' || element.type === 'overflow' || element.type === 'radio_buttons') {
    const option = ((element.options ?? []) as { value?: string }[]).find((o) => o.value === value);
    return { ...base, selected_option: option ?? null };
  }
  return { ...base, value: value ?? element.value, text: plain(element.text) };
}

const STATELESS = new Set(['button', 'overflow', 'feedback_buttons', 'icon_button', 'image', 'workflow_button']);

/** Slack's view.state.values from the modal's input blocks and the values given (plain strings are typed from the element). */
export function stateValues(blocks: unknown[] | undefined, given: SubmissionValues): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const { blockId, element } of interactiveElements(blocks)) {
    // Buttons and menus of actions hold no state: Slack leaves them out of state.values.
    if (STATELESS.has(element.type)) continue;
    const actionId = element.action_id as string;
    const raw = given[blockId]?.[actionId];
    const initial = element.initial_value ?? element.initial_option ?? element.initial_date ?? element.initial_user ?? element.initial_options;
    values[blockId] ??= {};
    if (raw !== undefined && typeof raw === 'object' && !Array.isArray(raw)) values[blockId][actionId] = { type: element.type, ...raw };
    else values[blockId][actionId] = typedValue(element, raw ?? (initial === undefined ? undefined : (typeof initial === 'object' ? (initial as { value?: string }).value : String(initial))));
  }
  // Values for blocks the view does not have are passed through as given, so malformed submissions can be tested.
  for (const [blockId, actions] of Object.entries(given)) {
    if (values[blockId]) continue;
    values[blockId] = Object.fromEntries(Object.entries(actions).map(([a, v]) => [a, typeof v === 'string' ? { type: 'plain_text_input', value: v } : v]));
  }
  return values;
}

function typedValue(element: Element, raw: string | string[] | undefined): Record<string, unknown> {
  const type = element.type;
  const options = (element.options ?? []) as { value?: string }[];
  const one = Array.isArray(raw) ? raw[0] : raw;
  switch (type) {
    case 'static_select': case 'radio_buttons':
      return { type, selected_option: options.find((o) => o.value === one) ?? null };
    case 'checkboxes': case 'multi_static_select':
      return { type, selected_options: options.filter((o) => (Array.isArray(raw) ? raw : raw ? [raw] : []).includes(o.value ?? '')) };
    case 'users_select': return { type, selected_user: one ?? null };
    case 'conversations_select': case 'channels_select': return { type, [type === 'channels_select' ? 'selected_channel' : 'selected_conversation']: one ?? null };
    case 'datepicker': return { type, selected_date: one ?? null };
    default: return { type, value: one ?? null };
  }
}
