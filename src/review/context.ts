/**
 * What every check reads: the campaign's fields normalised, the audience split into its
 * conditions, and how the audience was chosen (broadcast, opt-in, or behaviour).
 */
import { compileLexicon, type TermMatch } from './lexicon.js';
import { normalizeText } from './normalize.js';
import { BEHAVIOUR, BROADCAST, CLAUSE_BREAKS, OPT_IN } from './rules/audience-cues.js';
import { ALL_OF, behaviourIn, choiceIn, keepQuotedTogether, readAudience, sensitiveHits, type AudienceReading, type ProfileFeature } from './audience/conditions.js';
import { HOUSEKEEPING_MORE } from './audience/choices.js';
import { withoutShop } from './audience/shop.js';
import type { CampaignForReview, Category, Finding, Severity } from './types.js';

export type Field = 'audience' | 'persona' | 'message' | 'offer';

export interface Clause {
  field: 'audience' | 'persona';
  text: string;
  optIn: boolean;
  behaviour: boolean;
}

export type SelectionMode = 'broadcast' | 'opt-in' | 'behaviour';

export interface ReviewContext {
  id: string;
  text: Record<Field, string>;
  /** Audience conditions, then the persona (always a description of behaviour). */
  clauses: Clause[];
  mode: SelectionMode;
  segmentSize?: number;
  minSegmentSize: number;
  /** The audience read as conditions, and whether its kind is one the review knows to be safe. */
  reading: AudienceReading;
  /** The copy's questions (sentences ending in "?"), normalised: what it asks the reader about. */
  questions: string;
}

/** The sentences of a text that end in a question mark ("Fuites urinaires ?"), normalised and joined. */
function questionsOf(...texts: string[]): string {
  return texts.flatMap((t) => t.match(/[^.!?¡¿\n]*\?/g) ?? []).map(normalizeText).join(' | ');
}

/** The features that define a Segbot segment (`segment_stats.profile`: names, or `{ feature, label?, z? }` objects), and its name. */
function profileOf(c: CampaignForReview): ProfileFeature[] {
  const stats = (c.segment_stats ?? {}) as Record<string, unknown>;
  const profile = Array.isArray(stats.profile) ? stats.profile : [];
  const features = profile.flatMap((p: unknown): ProfileFeature[] => {
    if (typeof p === 'string') return [p];
    if (!p || typeof p !== 'object') return [];
    const { feature, label, z } = p as { feature?: unknown; label?: unknown; z?: unknown };
    if (typeof feature !== 'string') return [];
    return [{ feature, ...(typeof label === 'string' ? { label } : {}), ...(typeof z === 'number' && Number.isFinite(z) ? { z } : {}) }];
  });
  return typeof stats.name === 'string' ? [stats.name, ...features] : features;
}

const optIn = compileLexicon(OPT_IN);
const broadcast = compileLexicon(BROADCAST);
const behaviour = compileLexicon(BEHAVIOUR);

/** Splits an audience definition into its conditions, before punctuation is normalised away. */
export function splitClauses(raw: string): string[] {
  let parts = [` ${keepQuotedTogether(raw).toLowerCase()} `];
  for (const separator of CLAUSE_BREAKS) parts = parts.flatMap((p) => p.split(separator));
  return parts.map(normalizeText).filter((p) => p.length > 0);
}

export function buildContext(c: CampaignForReview, minSegmentSize: number): ReviewContext {
  // The shop that sends the campaign is no condition ("Hollin Pharmacy customers with 5 or more orders"): every rule reads the audience without it.
  const shop = withoutShop(c.campaign.audience, (words) => sensitiveHits(normalizeText(words)).length > 0);
  const audienceRaw = shop.audience;
  const text: Record<Field, string> = {
    // Housekeeping ("excluding the deceased-suppression list", "fallecido=0", "not self-excluded") leaves people out and picks nobody: no rule reads it as a condition (twenty-fifth round).
    audience: normalizeText(audienceRaw.toLowerCase().replace(HOUSEKEEPING_MORE, ' ')),
    persona: normalizeText(c.persona ?? ''),
    message: normalizeText(c.campaign.message),
    offer: normalizeText(c.campaign.offer),
  };
  const clauses: Clause[] = splitClauses(audienceRaw).map((t) => ({
    field: 'audience',
    text: t,
    optIn: optIn.find(t) !== null,
    behaviour: behaviour.find(t) !== null,
  }));
  if (text.persona) clauses.push({ field: 'persona', text: text.persona, optIn: false, behaviour: true });
  const audienceBehaviour = behaviour.find(text.audience) !== null || behaviourIn(text.audience);
  const reading = { ...readAudience(audienceRaw, c.persona ?? '', profileOf(c)), shops: shop.shops };
  // The conditions reading knows more ways of saying "everyone" than the cue tables, and "all members
  // of a scheme" in any wording is everyone who joined (but "members identified from payroll" is not all of them).
  const mode: SelectionMode =
    (broadcast.find(text.audience) && !audienceBehaviour) || reading.kind === 'broadcast'
      ? 'broadcast'
      : (optIn.find(text.audience) && !audienceBehaviour) || (reading.kind === 'opt-in' && (ALL_OF.test(text.audience) || (choiceIn(text.audience) && !audienceBehaviour)))
        ? 'opt-in'
        : 'behaviour';
  return { id: c.id, text, clauses, mode, segmentSize: c.segment_stats?.size, minSegmentSize, reading, questions: questionsOf(c.campaign.message, c.campaign.offer) };
}

export function finding(code: string, severity: Severity, category: Category, rule: string, field: Field, match: TermMatch | string): Finding {
  const what = typeof match === 'string' ? match : match.text;
  return { code, severity, category, rule, evidence: `${field}: "${what}"` };
}

/** The few words just before a match, to see whom a phrase is about ("your pregnancy"). */
export function wordsBefore(text: string, index: number, count = 3): string {
  return text.slice(0, index).trim().split(' ').slice(-count).join(' ');
}
