/**
 * Singling out:
 *   K1 block  — the segment is smaller than the k-anonymity threshold (minSegmentSize, default 20);
 *   K2 block  — the audience names one person (an e-mail address, a customer number, "this customer");
 *   K3 review — the audience stacks MAX_NARROW_CONDITIONS or more narrow conditions.
 */
import { compileLexicon } from '../lexicon.js';
import { finding, type ReviewContext } from '../context.js';
import { MAX_NARROW_CONDITIONS, NARROWING, ONE_PERSON } from '../rules/singling-out.js';
import type { Finding } from '../types.js';

const onePerson = compileLexicon(ONE_PERSON);
const narrowing = compileLexicon(NARROWING);

export function checkSinglingOut(ctx: ReviewContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.segmentSize !== undefined && ctx.segmentSize < ctx.minSegmentSize) {
    const evidence = `segment size ${ctx.segmentSize} is below the minimum of ${ctx.minSegmentSize}`;
    out.push(finding('SEGMENT_TOO_SMALL', 'block', 'singling-out', 'K1', 'audience', evidence));
  }
  const person = onePerson.find(ctx.text.audience);
  if (person) out.push(finding('SINGLE_PERSON_TARGETED', 'block', 'singling-out', 'K2', 'audience', person));
  const narrow = ctx.clauses.filter((c) => c.field === 'audience' && narrowing.find(c.text));
  if (narrow.length >= MAX_NARROW_CONDITIONS) {
    const evidence = `${narrow.length} narrow conditions: ${narrow.map((c) => c.text).join(' | ')}`;
    out.push(finding('NARROW_STACKED_CONDITIONS', 'review', 'singling-out', 'K3', 'audience', evidence));
  }
  return out;
}
