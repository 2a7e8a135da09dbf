/**
 * Committee first when unsure. The audience, read as conditions (audience/conditions.ts), decides:
 *   A1 review — no rule recognised this audience (a product, a behaviour, an age, a place, a change
 *               over time, words the review does not know): a person must check it;
 *   A2 review — a condition read from behaviour falls in a sensitive category;
 *   A3 block  — that condition, plus copy that speaks as if it knows, heavy use of an addictive
 *               product, minors, pressure (countdowns, bonuses), or a worse price;
 *   A4 review — a small audience (under SMALL_AUDIENCE customers), or a group picked by hand or by name;
 *   A5 block  — an audience chosen by behaviour that no rule could place, with copy that speaks of a
 *               sensitive state as if it knows (secrecy, hardship, loss, a transition; or a sensitive
 *               word asked about or addressed to the reader): the copy says the inference out loud;
 *               or copy that names a sensitive state and pressures (thirty-fifth round).
 *   A6 review — an ordinary-category purchase audience with copy that asks about or speaks of the reader's situation.
 *   A7 block  — a plain segment (or a named shop's customers) with copy that claims a sensitive state.
 * A1 and A6 are added by the reviewer only when no other rule found anything.
 */
import { compileLexicon } from '../lexicon.js';
import { normalizeText } from '../normalize.js';
import { heavyUse as heavy } from '../audience/across-conditions.js';
import { UNDERSTOOD, behaviourIn, choiceIn, describeCondition, sensitiveHits, type Condition, type SensitiveHit } from '../audience/conditions.js';
import type { ReviewContext } from '../context.js';
import type { SensitiveCategory } from '../audience/taxonomy.js';
import { DEBT_STATE, PRODUCT_CODE } from '../audience/vocabulary.js';
import { ASKED_FOR_AT } from '../audience/choices.js';
import { KNOWING, KNOWING_STATE, NAMED_GROUP, PRESSURE_ANY, PRICE_UP } from '../rules/combinations.js';
import { PERSONAL_ADDRESS } from '../rules/personal-address.js';
import { ordinaryWord } from '../audience/ordinary-categories.js';
import { cautionIn } from '../audience/plain-products.js';
import { wordsBefore } from '../context.js';
import { ADVERSE_TREATMENT } from '../rules/discrimination.js';
import { ADULTS_AROUND_MINORS, PRESSURE } from '../rules/vulnerability.js';
import type { Finding } from '../types.js';

/** Audiences of recency, frequency and spend (or Segbot's own segments, or an ordinary category): their heaviest users are still heavy users. */
const HEAVY_SEGMENT_KINDS: ReadonlySet<string> = new Set(['rfm', 'segbot-segment', 'category']);

/** Audiences smaller than this (but above the k threshold) are for the committee to look at. */
export const SMALL_AUDIENCE = 50;
/** The same for an audience that only chose the message (an opt-in the review understands): the tiny audiences of the committee's own definition. */
export const SMALL_OPT_IN_AUDIENCE = 30;

const knowing = compileLexicon(KNOWING);
const knowingState = compileLexicon(KNOWING_STATE);
const personal = compileLexicon(PERSONAL_ADDRESS);
const productCode = compileLexicon(PRODUCT_CODE);

/** States of the person (not products or ages): copy naming any of them to an audience read as another still reveals an inference. */
const STATES: ReadonlySet<SensitiveCategory> = new Set(['health', 'pregnancy', 'sexuality', 'religion', 'politics', 'finances', 'life-event', 'bereavement']);
const pressure = compileLexicon([...Object.values(PRESSURE_ANY).flat(), ...Object.values(PRESSURE).flat()]);
const adults = compileLexicon(ADULTS_AROUND_MINORS);
const named = compileLexicon(NAMED_GROUP);
const worsePrice = compileLexicon([...Object.values(PRICE_UP).flat(), ...Object.values(ADVERSE_TREATMENT).flat()]);

const code = (h: SensitiveHit) => h.category.toUpperCase().replace('-', '_');

function block(codeSuffix: string, c: Condition, h: SensitiveHit, why: string): Finding {
  return { code: `SENSITIVE_CONDITION_${codeSuffix}`, severity: 'block', category: 'sensitive-trait', rule: 'A3', evidence: `${describeCondition(c)} reads ${h.label} ("${h.term}") from behaviour, and ${why}` };
}

export function checkAudience(ctx: ReviewContext): Finding[] {
  const out: Finding[] = [];
  const copy = `${ctx.text.message} | ${ctx.text.offer}`;
  const chosen = ctx.reading.conditions.filter((c) => !c.declared);
  const chosenText = chosen.map((c) => c.text).join(' | ');
  // "Parents of teenagers", "teenagers at home": the adults around the children, not the children.
  const aroundChildren = adults.find(`${ctx.text.audience} | ${ctx.text.persona}`) !== null;
  // A worse price or an exclusion anywhere in the audience, offer or copy: read once for every condition below.
  const price = worsePriceIn(ctx);
  const inferred = chosen.flatMap((c) => c.sensitive.filter((h) => h.category !== 'minors' || !(adults.find(c.text) || aroundChildren)).map((h) => ({ c, h })));
  // An age is not a choice, even in an audience of everyone: a worse price or minors with an addictive product still decide.
  const ages = ctx.reading.conditions.filter((c) => c.declared && (c.attribute === 'age' || c.sensitive.some((h) => h.category === 'elderly' || h.category === 'minors'))).flatMap((c) => c.sensitive.filter((h) => h.category === 'elderly' || h.category === 'minors').map((h) => ({ c, h })));
  const addictiveOffered = addictiveInCopy(copy);
  for (const { c, h } of ages) {
    if (price) out.push(block('PRICE_DISCRIMINATION', c, h, `a worse price or exclusion follows ("${price.text}")`));
    // Thirty-fifth round: minors offered an addictive product, even where the age was the customer's own statement.
    else if (h.category === 'minors' && !aroundChildren && addictiveOffered) out.push(block('MINORS_ADDICTIVE', c, h, `the copy offers an addictive product ("${addictiveOffered}")`));
  }
  // An audience that reads like a choice (a club, a subscription, consent) with no behaviour in it, which the
  // reading could still not place: a newsletter on the topic it names is likely what they chose, so copy on
  // the same topic sends it to the committee, never to a block (knowing copy, pressure or a price still block).
  const looksChosen = choiceIn(ctx.text.audience) && !behaviourIn(ctx.text.audience) && ctx.reading.conditions.every((x) => x.source !== 'audience' || x.attribute !== 'change');
  for (const { c, h } of inferred) {
    const sameInCopy = sensitiveHits(copy, (cat) => cat === h.category || (STATES.has(h.category) && STATES.has(cat)))[0];
    const knows = knowing.find(copy);
    const push = pressure.find(copy);
    const heavyUse = h.category === 'addictive' ? heavy.find(chosenText) : null;
    const minors = inferred.find((x) => x.h.category === 'minors');
    // Twenty-eighth round: material the customer asked for on a sensitive topic ("requested continence-care samples") was their own
    // request, so copy that follows it up, even discreetly, goes to the committee; pressure, minors, heavy use or a worse price still block.
    if (ASKED_FOR_AT.test(c.text) && !DEBT_STATE.test(c.text) && !push && !price && !heavyUse && !minors) {
      out.push({ code: `SENSITIVE_CONDITION_${code(h)}`, severity: 'review', category: 'sensitive-trait', rule: 'A2', evidence: `${describeCondition(c)} reads ${h.label} ("${h.term}") from material the customer asked for; a person checks that the follow-up fits the request` });
      continue;
    }
    if (sameInCopy && looksChosen && !knowing.find(copy) && !pressure.find(copy)) {
      out.push({ code: `SENSITIVE_CONDITION_${code(h)}`, severity: 'review', category: 'sensitive-trait', rule: 'A2', evidence: `${describeCondition(c)} reads ${h.label} ("${h.term}"), in an audience that reads like a choice the review could not place; the copy speaks of the same topic ("${sameInCopy.term}")` });
      continue;
    } else if (sameInCopy) out.push(block(code(h), c, h, `the copy speaks of it ("${sameInCopy.term}")`));
    else if (knows) out.push(block(code(h), c, h, `the copy speaks as if it knows ("${knows.text}")`));
    else if (heavyUse) out.push(block('HEAVY_USE', c, h, `the audience is its heavy users ("${heavyUse.text}")`));
    else if (minors && h.category === 'addictive') out.push(block('MINORS_ADDICTIVE', c, h, `the audience includes minors ("${minors.h.term}")`));
    else if (h.category === 'minors' && addictiveInCopy(copy)) out.push(block('MINORS_ADDICTIVE', c, h, `the copy offers an addictive product ("${addictiveInCopy(copy)}")`));
    else if (push) out.push(block(`PRESSURE_${code(h)}`, c, h, `the copy pressures ("${push.text}")`));
    else if (price) out.push(block('PRICE_DISCRIMINATION', c, h, `a worse price or exclusion follows ("${price.text}")`));
    else {
      out.push({ code: `SENSITIVE_CONDITION_${code(h)}`, severity: 'review', category: 'sensitive-trait', rule: 'A2', evidence: `${describeCondition(c)} reads ${h.label} ("${h.term}") from behaviour` });
      continue;
    }
  }
  // Eleventh round: the heaviest spenders of a segment the review understands, pushed an addictive product with pressure
  // ("Top 1% by spend" and "the banner ends in 3 hours: your pity counter is at 74"): heavy-use targeting, whatever the audience's words.
  const heavyAudience = HEAVY_SEGMENT_KINDS.has(ctx.reading.kind) ? heavy.find(ctx.text.audience) : null;
  const addictiveOffer = heavyAudience ? addictiveInCopy(copy) : undefined;
  const pushed = addictiveOffer ? pressure.find(copy) : null;
  if (heavyAudience && addictiveOffer && pushed && !out.some((f) => f.severity === 'block')) {
    out.push({ code: 'SENSITIVE_CONDITION_HEAVY_USE', severity: 'block', category: 'sensitive-trait', rule: 'A3', evidence: `audience: "${heavyAudience.text}" picks the heaviest users, and the copy pushes an addictive product ("${addictiveOffer}") with pressure ("${pushed.text}")` });
  } else if (heavyAudience && addictiveOffer && out.length === 0) {
    // Without pressure the heaviest users offered an addictive product may be a wine club's best customers, or heavy-use targeting: a person decides.
    out.push({ code: 'HEAVY_USERS_ADDICTIVE_OFFER', severity: 'review', category: 'sensitive-trait', rule: 'A3', evidence: `audience: "${heavyAudience.text}" picks the heaviest users, and the copy offers an addictive product ("${addictiveOffer}")` });
  }
  const size = ctx.segmentSize;
  // Twenty-eighth round: people who all asked for this message (an alert, a list, a club, with nothing else understood to select them) are
  // not singled out by it until the audience is tiny: the margin above the 30 the committee's definition uses applies to everyone else.
  const own = ctx.reading.conditions.filter((c) => c.source === 'audience');
  const allChosen = ctx.reading.safe && own.some((c) => c.attribute === 'declared') && own.every((c) => c.declared);
  const small = allChosen ? SMALL_OPT_IN_AUDIENCE : SMALL_AUDIENCE;
  if (size !== undefined && size >= ctx.minSegmentSize && size < small) {
    out.push({ code: 'SMALL_AUDIENCE', severity: 'review', category: 'singling-out', rule: 'A4', evidence: `audience: ${size} customers, under ${small}: small enough to recognise people` });
  }
  const found = named.find(ctx.text.audience);
  // "3 customers" inside "723 customers" is a segment size, not a hand-picked group of three.
  const group = found && partOfLargerNumber(ctx.text.audience, found.text) ? undefined : found;
  if (group) out.push({ code: 'NAMED_SMALL_GROUP', severity: 'review', category: 'singling-out', rule: 'A4', evidence: `audience: "${group.text}": a group picked by hand or by name, whose members are recognisable` });
  return dedupe(out);
}

/** Thirty-third round: a raised toilet seat, bed or planter is a product, not a raised price. */
const RAISED_PRODUCT = /(?<![\p{L}])raised (?=(?:toilet|bed|beds|garden|planter|planters|seat|seats|desk|desks)(?![\p{L}]))/gu;

/** A worse price or an exclusion anywhere in the audience, offer or copy. */
function worsePriceIn(ctx: ReviewContext) {
  return worsePrice.find(`${ctx.text.audience} | ${ctx.text.offer} | ${ctx.text.message}`.replace(RAISED_PRODUCT, ''));
}

function addictiveInCopy(copy: string): string | undefined {
  return sensitiveHits(copy, (cat) => cat === 'addictive')[0]?.term;
}

/** One finding per code: the first condition that triggered it. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.code) ? false : (seen.add(f.code), true)));
}

/**
 * A5: an audience no rule could place, chosen by behaviour, and copy that speaks of a sensitive
 * state as if it knows: a secrecy, hardship, loss or transition phrase ("plain packaging so nobody
 * has to know"); a question to the reader about a sensitive state ("Fuites urinaires ?", "Krap bij
 * kas?"; nineteenth round: for any such audience, not only product-class codes); or, when the
 * audience hides what was bought behind a product-class code, copy that names the state after "your".
 * An ordinary cross-sell that asks "Moving house?" to buyers of paint stays with the committee.
 */
export function copyKnowsState(ctx: ReviewContext): Finding[] {
  if (ctx.reading.safe || ctx.mode !== 'behaviour') return [];
  const copy = `${ctx.text.message} | ${ctx.text.offer}`;
  const evidence = (what: string) => [{ code: 'COPY_KNOWS_SENSITIVE_STATE', severity: 'block' as const, category: 'sensitive-trait' as const, rule: 'A5', evidence: `the audience was chosen by behaviour the review could not place, and the copy speaks as if it knows: ${what}` }];
  const state = knowingState.find(copy);
  if (state) return evidence(`"${state.text}"`);
  const code = productCode.find(ctx.text.audience);
  const asked = sensitiveHits(ctx.questions, (cat) => STATES.has(cat))[0];
  // Nineteenth round: a question about the reader's own sensitive state ("Rough nights again?", "Krap bij kas?", "Baby on the way?") to an
  // audience no rule could place is the copy speaking as if it knows, whether or not the audience hides behind a product code.
  if (asked) return evidence(code ? `the audience is product code "${code.text}" and the copy asks the reader about ${asked.label} ("${asked.term}")` : `the copy asks the reader about ${asked.label} ("${asked.term}")`);
  // "Gefeliciteerd! … 15% op babykleding" to buyers of two product codes: the copy congratulates on a state it names.
  // Thirty-second round: to any audience chosen by behaviour no rule could place, as A7 does for a plain segment ("Sabemos quem és e temos orgulho em ti!").
  const knows = knowing.find(copy);
  const named = knows ? sensitiveHits(copy, (cat) => STATES.has(cat))[0] : undefined;
  // Without a code, the state must be named apart from the knowing words ("hasta fin de mes" is a deadline, not "we know" and a money worry).
  const apart = named !== undefined && knows !== null && !knows.text.includes(named.term) && !named.term.includes(knows.text);
  if (knows && named && (code || apart)) return evidence(`${code ? `the audience is product code "${code.text}" and ` : ''}the copy speaks as if it knows ("${knows.text}") of ${named.label} ("${named.term}")`);
  // Thirty-fifth round: copy that names a sensitive state ("fertility", "petites fuites", "lose the weight") and pressures ("tonight only",
  // "jusqu'à minuit"): the issue's sensitive inference plus pressure, with the state said in the copy instead of read from the audience.
  const stated = sensitiveHits(copy, (cat) => STATES.has(cat))[0];
  const push = stated ? pressure.find(copy) : null;
  if (stated && push) return evidence(`the copy names ${stated.label} ("${stated.term}") and pressures ("${push.text}")`);
  if (!code) return [];
  for (const field of ['message', 'offer'] as const) {
    const text = ctx.text[field];
    for (const h of sensitiveHits(text, (cat) => STATES.has(cat))) {
      const at = text.indexOf(h.term);
      if (at >= 0 && personal.find(wordsBefore(text, at, 1))) return evidence(`the audience is product code "${code.text}" and the copy tells the reader about ${h.label} ("${wordsBefore(text, at, 1)} ${h.term}")`);
    }
  }
  return [];
}

/**
 * A question about what the product needs next ("Time for new filters?", "Tijd voor een
 * onderhoudsbeurt?", "Zeit für neue Klingen?"), which says nothing of the reader's situation, unless
 * it names a sensitive state ("Time for a bigger size?" is not this: sizes are body words).
 */
const PRODUCT_NEED = /^(?:time for|time to (?:reorder|restock|replace|refill)|is it time for|toca|es hora de|hora de|tijd voor|zeit fuer|zeit fur|c ?est l ?heure d|l ?heure d|e ora di|tempo di|czas na|dags for)\b/;
/** A question about the reader themselves, whatever the topic: how they feel, their body, their home or family, what happened to them. */
const SITUATION = /(?<![\p{L}])(?:leak|leaks|leaking|fuites?|perdite|lekkage|lekken|vazamentos?|wyciek\p{L}*|laeckage|laekage|lækage|vuoto\p{L}*|feel|feeling|felt|tired|lonely|alone|stressed|worried|struggl\p{L}*|sleep\p{L}*|weight|body|pain|ache\p{L}*|new (?:home|house|place|job|chapter|start)|moving|moved|big day|life|lately|recently|these days|everything ok|all ok|how are you|ca va|comment allez|wie geht|geht es dir|como estas|come stai|hoe gaat|jak sie|hur mar|hvordan har|jak se mate|mita kuuluu|fuehlst|sentez|sientes|senti|voel|czujesz|kanner|foeler|foler|citite|tunnetko)(?![\p{L}])/u;
/** Seventh round: a question about the product the reader owns ("¿Tus zapatillas ya tienen muchos kilómetros?"), about stock ("Running low?") or about ideas ("Besoin d'inspiration ?"). */
const PRODUCT_QUESTION = /^(?:running low|low on \p{L}+|almost out|need (?:a )?refill|stock up|besoin d['’]? ?inspiration|need (?:some )?inspiration|looking for (?:some )?inspiration|brauchst du inspiration|lust auf inspiration|necesitas inspiracion|cerchi ispirazione|inspiratie nodig|precisa de inspiracao|potrzebujesz inspiracji|behover du inspiration|schon gesehen|already seen|deja vu)$/u;
const POSSESSIVE = /(?<![\p{L}])(?:your|tus|tu|deine[nr]?|ihre[nr]?|vos|tes|ton|ta|i tuoi|le tue|il tuo|la tua|je|uw|teu|tua|teus|tuas|twoje|twoj|twoja|dina|din|ditt)\s(\p{L}+)/u;
function productNeed(question: string): boolean {
  const q = question.trim();
  const ownedProduct = POSSESSIVE.exec(q);
  return (PRODUCT_NEED.test(q) || PRODUCT_QUESTION.test(q) || (ownedProduct !== null && ordinaryWord(ownedProduct[1]))) && sensitiveHits(q, () => true).length === 0 && !/\b(?:size|sizes|groesse|taille|talla|taglia|maat|rozmiar|storlek|tamanho|tight|loose|fit|fits|hurt|hurts|hurting|pinch\p{L}*|squeez\p{L}*|eng|zwickt|drueckt|serre|aprieta|stretta|stretto|knelt|ciasn\p{L}*|trang|trånga)\b/u.test(q);
}

/**
 * A6: an audience picked on what they bought, even in an ordinary category, is still picked on
 * behaviour: copy that asks the reader about their situation ("Moving house?" to buyers of paint)
 * or speaks of a sensitive state or as if it knows goes to the committee. Only copy that makes no
 * claim about the person is auto-approved for such a segment.
 */
export function categoryCopy(ctx: ReviewContext): Finding[] {
  if (ctx.reading.kind !== 'category') return [];
  const copy = `${ctx.text.message} | ${ctx.text.offer}`;
  // A sensitive state told to the reader ("your diabetes"), not a word in a product name ("cafés de origen").
  const state = sensitiveHits(copy, (cat) => STATES.has(cat)).find((h) => {
    const at = copy.indexOf(h.term);
    return at >= 0 && personal.find(wordsBefore(copy, at, 1)) !== null;
  });
  const knows = knowing.find(copy) ?? knowingState.find(copy);
  // Thirteenth round: a question is for the committee when it assumes something in or near a sensitive area ("Moving house?",
  // "Feeling tired lately?"), not when it only names an occasion for the product ("Heading off camping?", "Cold feet?").
  const asked = ctx.questions.split(' | ').filter((q) => q && !productNeed(q) && (sensitiveHits(q, () => true).length > 0 || cautionIn(q) !== null || SITUATION.test(q)));
  const what = asked.length ? `asks the reader "${asked[0]}?"` : state ? `speaks of ${state.label} ("${state.term}")` : knows ? `speaks as if it knows ("${knows.text}")` : '';
  if (!what) return [];
  return [{ code: 'CATEGORY_AUDIENCE_PERSONAL_COPY', severity: 'review', category: 'sensitive-trait', rule: 'A6', evidence: `the audience was picked on what they bought (an ordinary category), and the copy ${what}: a person must check it makes no claim about the reader` }];
}

/**
 * A7: a segment the review understands (recency, frequency, spend, tenure, an ordinary category,
 * or the customers of a named shop) with copy that claims a sensitive state: asks the reader about
 * it ("Zwanger? Gefeliciteerd!"), tells them of it ("your diabetes"), or speaks as if it knows
 * ("Going through a hard time?", "Congratulations on your new arrival!"). The selection was plain,
 * but the copy invents an inference and says it out loud: block. Where the shop's own trade is
 * sensitive (a baby shop, a pharmacy), copy that speaks as if it knows is enough.
 */
export function plainAudienceKnowingCopy(ctx: ReviewContext): Finding[] {
  if (!['rfm', 'category', 'segbot-segment'].includes(ctx.reading.kind) && !(ctx.reading.shops?.length)) return [];
  // A choice the customer made ("Baby Club members who signed up with a due date") is theirs to be spoken to about.
  if (ctx.reading.conditions.some((c) => c.source === 'audience' && c.attribute === 'declared')) return [];
  const copy = `${ctx.text.message} | ${ctx.text.offer}`;
  const out = (what: string): Finding[] => [{ code: 'COPY_CLAIMS_SENSITIVE_STATE', severity: 'block', category: 'sensitive-trait', rule: 'A7', evidence: `the audience was chosen on ${ctx.reading.shops?.length ? `being customers of ${ctx.reading.shops.map((x) => `"${x}"`).join(', ')}` : 'plain purchase history'}, and the copy ${what}` }];
  // An ordinary cross-sell that asks "Moving house?" to buyers of paint is for the committee (A6), not a block.
  const asked = ctx.reading.kind === 'category' ? undefined : sensitiveHits(ctx.questions, (cat) => STATES.has(cat))[0];
  if (asked) return out(`asks the reader about ${asked.label} ("${asked.term}")`);
  for (const h of sensitiveHits(copy, (cat) => STATES.has(cat))) {
    const at = copy.indexOf(h.term);
    if (at >= 0 && personal.find(wordsBefore(copy, at, 1))) return out(`tells the reader about ${h.label} ("${wordsBefore(copy, at, 1)} ${h.term}")`);
  }
  const state = knowingState.find(copy);
  if (state) return out(`speaks of a hidden state as if it knows ("${state.text}")`);
  const knows = knowing.find(copy);
  const named = knows ? sensitiveHits(copy, (cat) => STATES.has(cat))[0] : undefined;
  if (knows && named) return out(`speaks as if it knows ("${knows.text}") of ${named.label} ("${named.term}")`);
  const trade = ctx.reading.shops?.flatMap((x) => sensitiveHits(normalizeText(x), (cat) => STATES.has(cat)))[0];
  if (knows && trade) return out(`speaks as if it knows ("${knows.text}"), and the shop's trade is ${trade.label} ("${trade.term}")`);
  return [];
}

/** A1: the audience is not of a kind the review understands. */
export function unrecognisedAudience(ctx: ReviewContext): Finding[] {
  if (ctx.reading.safe) return [];
  const unclear = ctx.reading.conditions.filter((c) => c.source === 'audience' && !UNDERSTOOD.has(c.attribute));
  const what = unclear.length ? unclear.map(describeCondition).join('; ') : 'the persona or segment profile';
  return [{ code: 'AUDIENCE_NOT_RECOGNISED', severity: 'review', category: 'singling-out', rule: 'A1', evidence: `no rule recognised this audience: a person must check it. ${what}` }];
}

/** True when every occurrence of the matched text starts inside a longer number (a digit, comma or point before it). */
function partOfLargerNumber(text: string, match: string): boolean {
  if (!/^\d/.test(match)) return false;
  let seen = false;
  for (let i = text.indexOf(match); i !== -1; i = text.indexOf(match, i + 1)) {
    seen = true;
    if (i === 0 || !/[\d.,]/.test(text[i - 1])) return false;
  }
  return seen;
}
