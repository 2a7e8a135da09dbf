/** Reading modal state and private metadata, which arrive from Slack but are still checked. */
type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null } | undefined> | undefined>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text input's value, trimmed and at most 3000 characters; '' when the state is missing or malformed. */
export function readValue(values: StateValues | undefined | null, block: string): string {
  const v = isObject(values) && isObject(values[block]) ? values[block]?.value?.value : undefined;
  return typeof v === 'string' ? v.trim().slice(0, 3000) : '';
}

export function readSelected(values: StateValues | undefined | null, block: string): string | null {
  const option = isObject(values) && isObject(values[block]) ? values[block]?.value?.selected_option : undefined;
  const v = isObject(option) ? option.value : undefined;
  return typeof v === 'string' && /^S\d{1,3}$/.test(v) ? v : null;
}

export function parseMeta<T>(raw: string | undefined, valid: (m: Partial<T> & Record<string, unknown>) => boolean): T | null {
  if (typeof raw !== 'string' || !raw || raw.length > 3000) return null;
  try {
    const m = JSON.parse(raw) as unknown;
    return isObject(m) && valid(m as Partial<T> & Record<string, unknown>) ? (m as T) : null;
  } catch {
    return null;
  }
}

/** Checks for the ids a form's metadata carries (it was written by the bot, but is read as untrusted). */
export const isChannelId = (v: unknown): v is string => typeof v === 'string' && /^[CGDU][A-Z0-9]{2,}$/.test(v);
export const isTs = (v: unknown): v is string => typeof v === 'string' && /^\d+\.\d+$/.test(v);
export const isShortText = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
export const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);

/** A review form's metadata: where to answer, and the campaign being edited. */
export function validReviewMeta(m: Record<string, unknown>): boolean {
  return isChannelId(m.channel) && optional(m.threadTs, isTs) && optional(m.campaignId, (v) => isShortText(v)) && optional(m.runId, (v) => isShortText(v, 200));
}

/** A reason form's metadata: the verdict, the exact version, the review message and the requester's thread. */
export function validReasonMeta(m: Record<string, unknown>): boolean {
  const origin = m.origin;
  return (
    (m.verdict === 'rejected' || m.verdict === 'changes_requested') &&
    isShortText(m.campaignId) &&
    typeof m.versionHash === 'string' &&
    /^[0-9a-f]{8,64}$/.test(m.versionHash) &&
    optional(m.reviewChannel, isChannelId) &&
    optional(m.reviewTs, isTs) &&
    optional(origin, (o) => isObject(o) && isChannelId(o.channel) && optional(o.threadTs, isTs))
  );
}
