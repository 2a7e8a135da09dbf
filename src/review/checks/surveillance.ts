/**
 * Surveillance tone in the copy:
 *   P1 review — the copy says we watched the reader ("we noticed you bought…");
 *   P2 block  — it puts a place or a clock on one person's behaviour ("we saw you near our store", "you … at 11 pm",
 *               "5 times"), or the audience was picked by following people's movements (geofencing);
 *   P3 block  — watching combined with a sensitive trait anywhere in the copy.
 */
import { compileLexicon } from '../lexicon.js';
import { finding, type ReviewContext } from '../context.js';
import { MOVEMENT_TRACKING, TRACKING, WATCHING } from '../rules/surveillance.js';
import { SENSITIVE_TRAITS } from '../rules/sensitive-traits.js';
import type { Finding } from '../types.js';

const watching = compileLexicon(WATCHING);
const tracking = compileLexicon(TRACKING);
const movement = compileLexicon(MOVEMENT_TRACKING);
const sensitive = compileLexicon(SENSITIVE_TRAITS.flatMap((t) => [...Object.values(t.terms).flat(), ...Object.values(t.proxies).flat()]));

export function checkSurveillance(ctx: ReviewContext): Finding[] {
  const out: Finding[] = [];
  const followed = movement.find(ctx.text.audience);
  if (followed) out.push(finding('TRACKING_REVEALED', 'block', 'surveillance', 'P2', 'audience', followed));
  for (const field of ['message', 'offer'] as const) {
    const text = ctx.text[field];
    const tracked = tracking.find(text);
    if (tracked) {
      out.push(finding('TRACKING_REVEALED', 'block', 'surveillance', 'P2', field, tracked));
      continue;
    }
    const watched = watching.find(text);
    if (!watched) continue;
    const trait = sensitive.find(text);
    out.push(
      trait
        ? finding('SURVEILLANCE_OF_SENSITIVE_PURCHASE', 'block', 'surveillance', 'P3', field, `${watched.text} … ${trait.text}`)
        : finding('SURVEILLANCE_TONE', 'review', 'surveillance', 'P1', field, watched),
    );
  }
  return out;
}
