/** Reading modal state and private metadata, which arrive from Slack but are still checked. */
type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

export function readValue(values: StateValues, block: string): string {
  const v = values[block]?.value?.value;
  return typeof v === 'string' ? v.trim().slice(0, 3000) : '';
}

export function readSelected(values: StateValues, block: string): string | null {
  const v = values[block]?.value?.selected_option?.value;
  return typeof v === 'string' && /^S\d{1,3}$/.test(v) ? v : null;
}

export function parseMeta<T>(raw: string | undefined, valid: (m: Partial<T> & Record<string, unknown>) => boolean): T | null {
  if (!raw || raw.length > 3000) return null;
  try {
    const m = JSON.parse(raw) as Partial<T> & Record<string, unknown>;
    return m && typeof m === 'object' && valid(m) ? (m as T) : null;
  } catch {
    return null;
  }
}
