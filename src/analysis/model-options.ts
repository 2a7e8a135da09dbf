/**
 * Options merged over defaults once. An option passed as `undefined` keeps its default, so callers can
 * forward optional settings (`{ seed, maxSample: flags.sample }`) without spelling out each default.
 */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) merged[key] = value;
  return merged as D & O;
}
