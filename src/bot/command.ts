/** `/segment <subcommand>` parsed, pure and tested alone. */
export type SegmentCommand =
  | { kind: 'help' }
  | { kind: 'run'; dataset: string }
  | { kind: 'datasets' }
  | { kind: 'approvals' }
  | { kind: 'review' }
  | { kind: 'cancel'; runId: string }
  | { kind: 'digest'; mode: 'now' | 'preview'; dataset?: string }
  | { kind: 'error'; message: string };

const MAX_TEXT = 500;

export function parseSegmentCommand(text: string, command = '/segment'): SegmentCommand {
  if (typeof text !== 'string') return { kind: 'help' }; // a malformed payload without text
  if (text.length > MAX_TEXT) return { kind: 'error', message: `That is ${text.length} characters; \`${command}\` takes a short subcommand such as \`run demo\` (at most ${MAX_TEXT}).` };
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [verb = 'help', ...rest] = words;
  switch (verb.toLowerCase()) {
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'run':
    case 'analyze':
    case 'analyse':
      if (rest.length !== 1) return { kind: 'error', message: rest.length === 0 ? `Which dataset? \`${command} run demo\`, or \`${command} datasets\` to list them.` : `\`${command} run\` takes one dataset name, e.g. \`${command} run demo\`.` };
      return { kind: 'run', dataset: (rest[0] as string).toLowerCase() };
    case 'datasets':
    case 'list':
      return { kind: 'datasets' };
    case 'approvals':
    case 'pending':
      return { kind: 'approvals' };
    case 'review':
      return { kind: 'review' };
    case 'cancel':
    case 'stop':
      if (rest.length !== 1) return { kind: 'error', message: `\`${command} cancel <run id>\`: the run id is shown under the progress message.` };
      return { kind: 'cancel', runId: rest[0] as string };
    case 'digest': {
      const [mode, dataset, ...extra] = rest.map((w) => w.toLowerCase());
      if ((mode !== 'now' && mode !== 'preview') || extra.length) return { kind: 'error', message: `\`${command} digest now [dataset]\` posts this week's digest here; \`${command} digest preview [dataset]\` shows the latest one only to you.` };
      return { kind: 'digest', mode, ...(dataset ? { dataset } : {}) };
    }
    default:
      return { kind: 'error', message: `I don't know \`${verb.slice(0, 40).replace(/`/g, "'")}\`.` };
  }
}
