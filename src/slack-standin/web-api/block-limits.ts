/**
 * The Block Kit limits that most often break a bot in production, checked as Slack checks them:
 * a failing payload answers `invalid_blocks` with Slack-style messages and JSON pointers. Not the
 * whole schema (see docs/playground.md), but lengths and counts are where generated content
 * (long personas, big tables, many campaigns) goes wrong.
 */
type Json = Record<string, unknown>;

const textOf = (v: unknown): string | undefined => (typeof v === 'object' && v !== null && typeof (v as Json).text === 'string' ? ((v as Json).text as string) : undefined);

export function blockProblems(blocks: unknown[], base = '/blocks'): string[] {
  const problems: string[] = [];
  const maxText = (value: unknown, max: number, pointer: string) => {
    const text = textOf(value);
    if (text !== undefined && text.length > max) problems.push(`must be less than ${max + 1} characters [json-pointer:${pointer}/text]`);
  };
  const maxItems = (value: unknown, max: number, pointer: string) => {
    if (Array.isArray(value) && value.length > max) problems.push(`must provide fewer than ${max + 1} items [json-pointer:${pointer}]`);
  };
  const element = (e: unknown, pointer: string) => {
    if (typeof e !== 'object' || e === null) return;
    const el = e as Json;
    if (el.type === 'button') {
      maxText(el.text, 75, `${pointer}/text`);
      if (typeof el.value === 'string' && el.value.length > 2000) problems.push(`must be less than 2001 characters [json-pointer:${pointer}/value]`);
    }
    if (typeof el.action_id === 'string' && el.action_id.length > 255) problems.push(`must be less than 256 characters [json-pointer:${pointer}/action_id]`);
  };
  blocks.forEach((raw, i) => {
    const block = raw as Json;
    const at = `${base}/${i}`;
    if (typeof block.block_id === 'string' && block.block_id.length > 255) problems.push(`must be less than 256 characters [json-pointer:${at}/block_id]`);
    switch (block.type) {
      case 'section':
        maxText(block.text, 3000, `${at}/text`);
        maxItems(block.fields, 10, `${at}/fields`);
        if (Array.isArray(block.fields)) block.fields.forEach((f, j) => maxText(f, 2000, `${at}/fields/${j}`));
        element(block.accessory, `${at}/accessory`);
        break;
      case 'header': maxText(block.text, 150, `${at}/text`); break;
      case 'context': maxItems(block.elements, 10, `${at}/elements`); break;
      case 'actions':
        maxItems(block.elements, 25, `${at}/elements`);
        if (Array.isArray(block.elements)) block.elements.forEach((e, j) => element(e, `${at}/elements/${j}`));
        break;
      case 'markdown':
        if (typeof block.text === 'string' && block.text.length > 12_000) problems.push(`must be less than 12001 characters [json-pointer:${at}/text]`);
        break;
      case 'table':
        maxItems(block.rows, 100, `${at}/rows`);
        if (Array.isArray(block.rows)) block.rows.forEach((row, r) => maxItems(row, 20, `${at}/rows/${r}`));
        break;
      case 'input': maxText(block.label, 2000, `${at}/label`); break;
    }
  });
  return problems;
}

/** Modal-level limits (views.open / push / update and response_action update/push). */
export function viewProblems(view: Json): string[] {
  const problems: string[] = [];
  for (const field of ['title', 'submit', 'close']) {
    const text = textOf(view[field]);
    if (text !== undefined && text.length > 24) problems.push(`must be less than 25 characters [json-pointer:/view/${field}/text]`);
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000) problems.push('must be less than 3001 characters [json-pointer:/view/private_metadata]');
  if (Array.isArray(view.blocks)) problems.push(...blockProblems(view.blocks, '/view/blocks'));
  return problems;
}
