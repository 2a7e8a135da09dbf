/** Merges options over defaults once; an option passed as `undefined` (an unset CLI flag) keeps the default. */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...defaults, ...defined } as D & O;
}
