/**
 * Discrimination:
 *   D1 block  — a protected attribute or a proxy (postcode, surname…) decides a worse price or exclusion;
 *   D2 review — the audience is chosen by surname or first name (an ethnicity proxy) without a stated reason.
 */
import { compileLexicon } from '../lexicon.js';
import { finding, type ReviewContext } from '../context.js';
import { ADVERSE_TREATMENT, NAME_PROXIES, PROTECTED_ATTRIBUTES, PROXIES } from '../rules/discrimination.js';
import type { Finding } from '../types.js';

const protectedAttribute = compileLexicon(PROTECTED_ATTRIBUTES);
const proxy = compileLexicon(PROXIES);
const adverse = compileLexicon(ADVERSE_TREATMENT);
const nameProxy = compileLexicon(NAME_PROXIES);

export function checkDiscrimination(ctx: ReviewContext): Finding[] {
  const { audience, offer, persona } = ctx.text;
  // Price and eligibility are decided in the audience and the offer; the message only words them.
  const deciding = `${audience} | ${offer}`;
  const worse = adverse.find(deciding);
  const basis = protectedAttribute.find(deciding) ?? proxy.find(deciding);
  if (worse && basis) return [finding('DISCRIMINATORY_TREATMENT', 'block', 'discrimination', 'D1', 'audience', `${basis.text} + ${worse.text}`)];
  const name = nameProxy.find(`${audience} | ${persona}`);
  if (name) return [finding('NAME_BASED_SELECTION', 'review', 'discrimination', 'D2', 'audience', name)];
  return [];
}
