/**
 * The audience read as conditions: each condition's attribute (who everyone is, a declared
 * choice, a Segbot segment, recency/frequency/spend/tenure, an age, a place, a change over time,
 * a behaviour such as a product or category), its comparison, threshold and time window, and the
 * sensitive categories it touches. From the conditions comes the audience's kind: one the review
 * understands and knows to be safe, or one a person must check.
 */
import { compileLexicon, type TermMatcher } from '../lexicon.js';
import { normalizeText } from '../normalize.js';
import { BEHAVIOUR, BROADCAST, OPT_IN } from '../rules/audience-cues.js';
import { ADULTS_AROUND_MINORS } from '../rules/vulnerability.js';
import { ageCategories, readAges } from './ages.js';
import { TAXONOMY, type SensitiveCategory } from './taxonomy.js';
import { ASKED_FOR, ASKED_FOR_AT, REMINDERS_ASKED, REPLIED_YES, CHOICE_FIELD, CLUB_WORD, PAID_MEMBERSHIP, VOLUNTARY, ACCOUNT_HOLDER_WORDS, ADULT_CHECK, BASE_WORDS, HOUSEHOLD_WORDS, BEHAVIOUR_MORE, HOUSEKEEPING, HOUSEKEEPING_MORE, MARKET_WORDS, NEGATION, OPT_IN_MORE, ORIGIN_WORDS, OUR_SHOP_WORDS, PLAYER_WORDS, REQUESTED_ALERT } from './choices.js';
import { ONLY_ONE, RFM_CELL, RFM_STEM, TIER_LETTER, RFM_WORDS_MORE, RFM_WORDS_STEMLESS, SHOPPING_EVENTS, SINGLE_ORDER } from './rfm-words.js';
import { joinOrdinaryPhrases, ordinaryWord, withoutOrdinaryPhrases } from './ordinary-categories.js';
import { BABY_PRODUCE, BARWARE, BIRTHDAY, PET, plainThings } from './plain-things.js';
import { readBracketedCodes } from './product-codes.js';
import { readAcrossConditions } from './across-conditions.js';
export { ATTRIBUTE_WORDS, describeCondition } from './describe.js';
import { DELIVERY, scheduledSend, nightTimeWithoutSend } from './delivery.js';
import { cautionIn, placesIn, plainGroup, plainProductPurchase, purchaseIn, readQueryCategory } from './plain-products.js';
import { ADULT_CHECK_WORDS, ALL_AFTER, CHOICE_FLAG, EVERY_ON_LIST, HEADING, ALL_DIVISIONS, ALL_DIVISIONS_ANY, ALL_OF, CHILD_AGE, childAge, CHILDREN_TOPIC, COMPARISON, FROM_TO, MONTHS_ABBREVIATED, NEWSLETTER_NAME_END, NEWSLETTER_WORD, onlyWords, POSTCODE_TOKEN, productClassCodes, PURCHASE_VERB, RELATIVE, splitConditions, STOPPED, SWITCHED_ON, THRESHOLD, WINDOW } from './condition-text.js';
import { AGE, BROADCAST_EXTRA, CHANGE, CHOSEN_TOPIC, CONSENT, CONSENT_WORDS, DEBT_STATE, DECLARED_DATA, ENGINE_SEGMENT, EVERYONE_WORDS, LOCATION, LOW, OPT_IN_EXTRA, PRODUCT_CODE, RFM_WORDS, WHOLE_COUNTRY, withoutRegion } from './vocabulary.js';

const NO_PLACES: ReadonlySet<string> = new Set();

export { ALL_OF, keepQuotedTogether, splitConditions } from './condition-text.js';

export type Attribute = 'everyone' | 'declared' | 'segment' | 'rfm' | 'category' | 'age' | 'location' | 'change' | 'behaviour' | 'unknown';

export interface SensitiveHit {
  category: SensitiveCategory;
  label: string;
  /** The words that placed the condition in the category. */
  term: string;
}

export interface Condition {
  source: 'audience' | 'persona' | 'segment';
  text: string;
  attribute: Attribute;
  comparison?: string;
  threshold?: string;
  window?: string;
  change: boolean;
  /** A Segbot profile feature below the population's mean. */
  low?: boolean;
  /** The customer said so (an opt-in) or the audience is everyone: a trait here is declared, not inferred. */
  declared: boolean;
  sensitive: SensitiveHit[];
}

export type AudienceKind = 'broadcast' | 'opt-in' | 'segbot-segment' | 'rfm' | 'category' | 'unrecognised';

/** The attributes the review understands and knows to be safe when nothing sensitive is in them. */
export const UNDERSTOOD: ReadonlySet<Attribute> = new Set(['everyone', 'declared', 'segment', 'rfm', 'category']);

export interface AudienceReading {
  kind: AudienceKind;
  conditions: Condition[];
  /** True when every condition is of a kind the review understands and none is an inferred sensitive trait. */
  safe: boolean;
  /** The sending shop named in the audience ("Hollin Pharmacy customers"), read as the sender, not as a condition (audience/shop.ts). */
  shops?: string[];
}

const adultsAround = compileLexicon(ADULTS_AROUND_MINORS);
const chosenTopic = compileLexicon(CHOSEN_TOPIC);
const SETTING_ON = /(?<![\p{L}])(?:switched|turned) (?:on|off)(?![\p{L}])/gu;
const optIn = compileLexicon([...Object.values(OPT_IN).flat(), ...Object.values(OPT_IN_EXTRA).flat(), ...Object.values(OPT_IN_MORE).flat(), ...Object.values(CHOSEN_TOPIC).flat(), ...Object.values(CONSENT).flat()]);
const requestedAlert = compileLexicon(REQUESTED_ALERT);
const adultCheck = compileLexicon(ADULT_CHECK);
const consent = compileLexicon(CONSENT);
const declaredData = compileLexicon(DECLARED_DATA);
const productCode = compileLexicon(PRODUCT_CODE);
const low = compileLexicon(LOW);
const broadcast = compileLexicon([...Object.values(BROADCAST).flat(), ...Object.values(BROADCAST_EXTRA).flat()]);
const behaviour = compileLexicon([...Object.values(BEHAVIOUR).flat(), ...Object.values(BEHAVIOUR_MORE).flat()]);
const engine = compileLexicon(ENGINE_SEGMENT);
const change = compileLexicon(CHANGE);
const age = compileLexicon(AGE);
const location = compileLexicon(LOCATION);
const categories = TAXONOMY.map((c) => ({ ...c, matcher: compileLexicon(c.terms.flatMap((l) => Object.values(l).flat())) }));

export function sensitiveHits(text: string, matcherFilter?: (c: SensitiveCategory) => boolean): SensitiveHit[] {
  return categories.filter((c) => !matcherFilter || matcherFilter(c.category)).flatMap((c) => {
    const m = c.matcher.find(text);
    return m ? [{ category: c.category, label: c.label, term: m.text }] : [];
  });
}

/** A word of recency, frequency, spend or tenure, listed or by stem. */
const rfmWord = (w: string): boolean => RFM_WORDS.has(w) || RFM_WORDS_MORE.has(w) || RFM_WORDS_STEMLESS.has(w) || RFM_STEM.test(w);
/** Words around a purchased product that say who and when, not what. */
const productContext = (w: string): boolean => EVERYONE_WORDS.has(w) || BASE_WORDS.has(w) || rfmWord(w) || ordinaryWord(w);
/** "Alle klanten van de dealer", "Tutti i correntisti": the whole audience takes all of a group named in a few plain words, with no behaviour, number, place, age, change, code or caution stem in them. */
function plainGroupAudience(whole: string): boolean {
  // "All loyalty members, every tier": all of the shop's divisions takes nothing away from the group.
  const market = withoutWholeCountry(whole).replace(ALL_DIVISIONS_ANY, ' ').replace(/\s+/g, ' ').trim();
  return (ALL_OF.test(market) || ALL_AFTER.test(market)) && plainGroup(market, groupWord) && conditionHits(whole).length === 0 && readAges(whole).length === 0 && [age, location, behaviour, change, productCode].every((m) => m.find(whole) === null);
}
/** Words that name a whole group (customers, account holders, players, households, the shop). */
const groupWord = (w: string): boolean => EVERYONE_WORDS.has(w) || ACCOUNT_HOLDER_WORDS.has(w) || PLAYER_WORDS.has(w) || HOUSEHOLD_WORDS.has(w) || BASE_WORDS.has(w) || OUR_SHOP_WORDS.has(w);

/** The taxonomy's categories, and those an age reveals (minors, older people, the menopause proxy). */
function conditionHits(text: string): SensitiveHit[] {
  // Thirteenth round: "senior dog food" is the pet's age; "cocktail shakers" and "wine glasses" are barware, not alcohol.
  const barware = text.replace(BARWARE, ' ');
  const produce = text.replace(BABY_PRODUCE, ' ').replace(BIRTHDAY, ' ');
  const hits = sensitiveHits(text).filter((h) => !(h.category === 'elderly' && PET.test(text)) && !(h.category === 'addictive' && sensitiveHits(barware, (c) => c === 'addictive').length === 0) && !((h.category === 'pregnancy' || h.category === 'health') && sensitiveHits(produce, (c) => c === h.category).length === 0));
  for (const a of ageCategories(text, readAges(text))) {
    if (!hits.some((h) => h.category === a.category)) hits.push({ category: a.category, label: LABELS.get(a.category) ?? a.category, term: a.term });
  }
  return hits;
}
const LABELS = new Map(TAXONOMY.map((c) => [c.category, c.label]));

/** The condition without "in <a whole country>" or "nationwide": the whole market is not a place. */
const withoutWholeCountry = (text: string): string => text.replace(WHOLE_COUNTRY, ' ').replace(HOUSEKEEPING, ' ').replace(HOUSEKEEPING_MORE, ' ').replace(DELIVERY, ' ').replace(/\s+/g, ' ').trim();

/** Markets named as a list ("uk ireland", "de at ch", "de espana y portugal"), never with an origin word ("from Poland"). */
const markets = (text: string): readonly ReadonlySet<string>[] => (text.split(' ').some((w) => ORIGIN_WORDS.has(w)) ? [] : [MARKET_WORDS]);

const changeIn = (text: string): boolean => change.find(text) !== null || STOPPED.test(text);

/** Whether the text says how people behaved or what a model inferred, in any of the nine languages. */
export function behaviourIn(text: string): boolean {
  return behaviour.find(text) !== null;
}

/** Whether the text says the customer chose something, and does not negate it ("non iscritti al Club"). */
export function choiceIn(text: string): boolean {
  const hits = optIn.findAll(text);
  // "a registered death notice", "the registered address": a choice word after an article describes a thing, not what the customer did.
  // Thirty-second round: "non-club shoppers", "nicht-Mitglieder": a negation joined to the choice word by a hyphen negates it too.
  return hits.some((m) => !NEGATION.test(text.slice(0, m.index).trimEnd().replace(/-$/, '')) && !/(?:^|\s)(?:a|an|the)$/.test(text.slice(0, m.index).trimEnd()));
}

/** The condition without a legal-age check ("age verified", "18+"): what is left says who the audience is. */
const withoutAdultCheck = (text: string): string => {
  let out = text;
  for (let m = adultCheck.find(out); m; m = adultCheck.find(out)) out = `${out.slice(0, m.index)} ${out.slice(m.index + m.text.length)}`;
  return out.replace(/\s+/g, ' ').trim();
};

/** Money named only inside the quoted name of what the customer chose ("abonnees op de nieuwsbrief 'Geld & Wonen'", "switched on 'Money tips' notifications"), twenty-fourth round. */
const namedInQuotes = (text: string): boolean => /'[^']+'/.test(text) && sensitiveHits(text.replace(/'[^']+'/g, ' '), (c) => c === 'finances').length === 0;

interface ClassifyOptions {
  audienceOptIn: boolean;
  /** The audience takes all of a group: the shop's own name is then no condition. */
  allOf: boolean;
  /** The whole audience, normalised: a purchase named anywhere in it makes a bare product in one condition a purchase. */
  whole: string;
  /** An earlier condition named a purchase: this one may go on listing what was bought ("roof boxes or bike racks"). */
  purchaseBefore: boolean;
  /** Capitalised words after a preposition of place in the raw audience ("Clientes en Roma"). */
  places: ReadonlySet<string>;
  /** The whole audience takes all of a plainly named group (plainGroupAudience): every condition is everyone. */
  plainGroupAll: boolean;
}

function classify(text: string, { audienceOptIn, allOf, whole, purchaseBefore, places, plainGroupAll }: ClassifyOptions, matcher: (t: TermMatcher) => boolean): Attribute {
  if (matcher(engine)) return 'segment';
  // Thirty-second round: "Seg: ALL_OPTED_IN", "Zielgruppe: alle Kunden": a label before the audience's name says nothing of whom it picks.
  if (HEADING.test(text)) return 'everyone';
  // "Cigar Club members (age verified)", "all customers 18+": a legal-age check, not an age band.
  if (matcher(adultCheck)) {
    const rest = withoutWholeCountry(withoutAdultCheck(text));
    if (rest === '' || onlyWords(rest, EVERYONE_WORDS, CONSENT_WORDS, ADULT_CHECK_WORDS)) return 'everyone';
    // "All customers aged 18+ in the loyalty app": what is left is read as if the check were not there.
    const others = classify(rest, { audienceOptIn, allOf, whole, purchaseBefore, places, plainGroupAll }, (m) => m.find(rest) !== null);
    if (others === 'everyone' || others === 'declared' || others === 'rfm') return others;
  }
  // The age of a child a parent told us about in an opt-in ("barnets alder 5-6 mdr (oplyst af forælder)", "child DOB supplied by member") is declared data about the child, not the customer's age.
  // Twenty-eighth round: so is the child's birth date a club's members gave when they joined ("club Parents (inscription avec la date de naissance de l'enfant)").
  if (audienceOptIn && childAge(text) && (matcher(declaredData) || declaredData.find(whole) !== null || CLUB_WORD.test(whole))) return 'declared';
  // "Over 60s Club (self-enrolled)", "Clube Sénior (adesão voluntária a partir dos 65)": an adult age the customer joined a club or group for is their choice
  // (never minors; a worse price for it still blocks: checks/audience.ts reads declared ages for that).
  if (audienceOptIn && (VOLUNTARY.test(text) || VOLUNTARY.test(whole) || CLUB_WORD.test(text)) && !readAges(text).some((a) => a.high !== undefined && a.high < 18) && sensitiveHits(text, (c) => c === 'minors').length === 0) return 'declared';
  // An age stays an age even when the customer gave it (a worse price for it is still discrimination).
  // "Bought senior dog food (7+ years)": in an audience about a pet, a young age is the pet's.
  // The age words inside the quoted name of a choice ("opted in to 'Age-friendly shopping' updates") name the list, not the customer (thirty-first round).
  const agesText = choiceIn(text) ? text.replace(/'[^']*'/g, ' ') : text;
  if (readAges(agesText).length > 0 && !(PET.test(whole) && readAges(text).every((a) => (a.high ?? a.low ?? 99) <= 25 && (a.low ?? 0) >= 1 && (a.high === undefined || a.high >= 1)))) return 'age';
  // In an opt-in audience, other data the customer gave us is declared: "who listed a child born in
  // 2023" (their child's age, not theirs), not "whose declared age is 65 or more" (their own age).
  // Never a debt or money difficulty the customer reported ("motivo 'difficoltà economiche' indicato al servizio clienti"), thirtieth round.
  if (audienceOptIn && matcher(declaredData) && (!matcher(age) || CHILD_AGE.test(text)) && !DEBT_STATE.test(text)) return 'declared';
  const market = withoutWholeCountry(text);
  if (market === '' || (!nightTimeWithoutSend(market) && onlyWords(market.replace(/_/g, ' '), EVERYONE_WORDS, ACCOUNT_HOLDER_WORDS, PLAYER_WORDS, HOUSEHOLD_WORDS, BASE_WORDS, ...markets(market), ...(allOf ? [OUR_SHOP_WORDS] : [])))) return 'everyone';
  // "Every tier", "all markets", "tous les pays": all of the shop's own divisions is everyone, not a tier or a category (twenty-eighth round).
  if (ALL_DIVISIONS.test(market)) return 'everyone';
  // "Every address on the store-card statement run": all of a named list, with nothing sensitive, no age and no caution stem in its name (thirty-fourth round).
  if (EVERY_ON_LIST.test(market) && conditionHits(text).length === 0 && cautionIn(text) === null && readAges(text).length === 0) return 'everyone';
  // "All customers (Yorkshire region)": a region or a store's catchment taken whole, with nothing sensitive said of it (vocabulary.ts withoutRegion).
  const regional = withoutRegion(market);
  if (regional !== market && (regional === '' || onlyWords(regional, EVERYONE_WORDS)) && conditionHits(text).length === 0 && cautionIn(text) === null) return 'everyone';
  // "sent Tuesday 07:00", "home-screen card for 30 days from the first day of Ramadan": when a broadcast goes out (delivery.ts, eighteenth round).
  if (scheduledSend(market, whole)) return 'everyone';
  // "Alle klanten van de dealer", "Tutti i correntisti": all of a group named in a few plain words, with no behaviour, number, place, age or caution stem in them.
  if (plainGroupAll) return 'everyone';
  // "Tutti i clienti con consenso SMS", "double opt-in": consent to be contacted is a choice.
  if (matcher(consent) && onlyWords(market, EVERYONE_WORDS, CONSENT_WORDS)) return 'declared';
  // "consent_email = TRUE": a consent flag in a query is the same choice (twenty-fourth round).
  const flag = market.replace(SWITCHED_ON, '').replace(/_/g, ' ').trim();
  if (flag !== market && consent.find(flag) !== null && onlyWords(flag, EVERYONE_WORDS, CONSENT_WORDS)) return 'declared';
  // "Clients de 14 à 17 ans" is made of tenure words and numbers, but it is an age.
  if (sensitiveHits(agesText, (c) => c === 'minors' || c === 'elderly').length > 0 && age.find(agesText) !== null) return 'age';
  // Thirty-third round: a preference flag the customer switched ("pref_pharmacy_offers = TRUE") is their choice (never a debt).
  if (CHOICE_FLAG.test(text) && !DEBT_STATE.test(text)) return 'declared';
  // Thirty-fourth round: a preference field's value in an audience that says it was opted into ("Opted in: pref_topic = 'diabetes-friendly recipes'").
  if (audienceOptIn && CHOICE_FIELD.test(text) && !DEBT_STATE.test(text)) return 'declared';
  // "Category 4711 in the last 60 days": a product class hidden behind a code is a behaviour, whatever surrounds it.
  if (matcher(productCode)) return 'behaviour';
  // "Clientes que pidieron aviso de reposición del robot K5": an alert the customer asked for is their choice.
  if (matcher(requestedAlert)) return 'declared';
  // "Requested the garden catalogue", "replied YES to 'Beer & cider deals by text'": material asked for, an answer texted back (twenty-second round; never a debt;
  // material on a sensitive topic only from a club: "requested a funeral plan brochure" is an enquiry a person should see).
  if (ASKED_FOR_AT.test(text) && !DEBT_STATE.test(text) && (REPLIED_YES.test(text) || CLUB_WORD.test(text) || /uutiskirj|teemaviest|newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev/.test(text) || conditionHits(text).length === 0)) return 'declared';
  // Thirty-seventh round: reminders or alerts the customer asked for ("asked for payday reminders when setting up their savings jar"), never a debt.
  if (REMINDERS_ASKED.test(text) && !DEBT_STATE.test(text)) return 'declared';
  // "Le forfait est passé de 40 € à 10 €": a change from one amount to another is a change, however plain its words.
  if (matcher(change) && FROM_TO.test(market)) return 'change';
  const rfmText = plainThings(readQueryCategory(market)).replace(RFM_CELL, 'rfm').replace(TIER_LETTER, '$1').replace(SHOPPING_EVENTS, 'shopping-event').replace(ONLY_ONE, 'one').replace(SINGLE_ORDER, 'one $1').replace(MONTHS_ABBREVIATED, '$1 months');
  // A query's column names and a saved list's name are words joined by underscores ("last_order_dt", "lapsed_12_24m"): read word by word.
  // "Buying less than before", "more sessions than last month": a change over time, however plain its words (twenty-fifth round).
  if (!nightTimeWithoutSend(market) && change.find(text.replace(SETTING_ON, ' ')) === null && onlyWords(rfmText.replace(/_/g, ' ').replace(SINGLE_ORDER, 'one $1').replace(/\s+/g, ' ').trim(), EVERYONE_WORDS, BASE_WORDS, rfmWord)) return 'rfm';
  // "Customers who bought garden products in the last 12 months": an ordinary category, with nothing sensitive in the condition.
  const categoryText = joinOrdinaryPhrases(rfmText);
  // A change in what someone buys ("no longer buys menswear") is a change over time, however ordinary the category.
  // "Switched on the Pregnancy Tracker feature": a setting turned on is a choice, not a change in what someone buys (twentieth round).
  // A quoted name ("Members of 'The Change, Together' community") is a name, not a change (twenty-seventh round).
  const changing = (matcher(change) && change.find(text.replace(SETTING_ON, ' ').replace(/'[^']*'/g, ' ')) !== null) || STOPPED.test(text);
  if (!changing && categoryText.split(' ').some(ordinaryWord) && onlyWords(categoryText, EVERYONE_WORDS, BASE_WORDS, rfmWord, ordinaryWord) && conditionHits(text).length === 0 && cautionIn(withoutOrdinaryPhrases(plainThings(text))) === null) return 'category';
  // "Bought fishing tackle in the last 18 months", "Acheteurs de perceuses depuis 2024": a purchase of a few plain words that no caution stem, code, age, place or sensitive category touches (plain-products.ts).
  if (!changing && plainProductPurchase(categoryText, readQueryCategory(whole), productContext, purchaseBefore, places) && conditionHits(text).length === 0 && !matcher(age) && !matcher(location) && !matcher(productCode) && !FROM_TO.test(market)) return 'category';
  if (changing) return 'change';
  // "Opted in to 'Age-friendly shopping' updates": an age word inside the quoted name of what the customer chose is the name, not their age (thirty-first round).
  if (matcher(age) && !(choiceIn(text) && age.find(text.replace(/'[^']*'/g, ' ')) === null)) return 'age';
  // "Enabled 'Events near me'": a place inside the quoted name of a feature the customer switched on is the feature's name, not where they are.
  if (matcher(location) && !(choiceIn(text) && location.find(text.replace(/'[^']*'/g, ' ')) === null)) return 'location';
  if (matcher(behaviour)) return 'behaviour';
  // Nobody opts into debt: "arrears on the loyalty card" names a card, not a choice of the arrears.
  // Nor is a payment or purchase one ("paid a membership fee to a political party"): a choice word next to a purchase verb describes what they bought.
  // Nor is a field of the customer's record ("membership_status = 'medical_freeze'"): a value the shop set, not a choice the customer made.
  // A paid membership is still a membership ("joined the Whisky Society (paid membership)").
  // A field the customer sets (a newsletter preference, a consent, a reminder they switched on) is their choice even as "= 'value'" (fifteenth round).
  if (choiceIn(text) && (sensitiveHits(text, (c) => c === 'finances').length === 0 || ((chosenTopic.find(text) !== null || namedInQuotes(text) || NEWSLETTER_WORD.test(text)) && !DEBT_STATE.test(text))) && !text.replace(PAID_MEMBERSHIP, ' ').split(' ').some((w) => PURCHASE_VERB.test(w)) && (!/=\s?'/.test(text) || CHOICE_FIELD.test(text))) return 'declared';
  // In an opt-in audience a neutral extra condition is part of the choice; a sensitive one ("missed payments") is not,
  // nor (tenth round) one near a sensitive area ("membership_status = 'medical_freeze'", "partnerkort spärrats") or a
  // threshold that is not recency, frequency or spend ("avg 14+ bottles/month", "orders placed after 23:00").
  // Twenty-fifth round: a number is no longer enough to leave the choice; an amount, a comparison, a change or a postcode is.
  if (audienceOptIn && conditionHits(text).length === 0 && cautionIn(text.replace(/_/g, ' ')) === null && !THRESHOLD.test(withoutAdultCheck(text)) && !RELATIVE.test(text) && !POSTCODE_TOKEN.test(text)) return 'declared';
  return 'unknown';
}

interface ConditionOptions {
  audienceOptIn: boolean;
  allOf?: boolean;
  everyoneAudience: boolean;
  /** The whole audience: "Parents' Club members who listed a child" is about the parents. */
  whole?: string;
  /** A profile feature below the population's mean (z < 0). */
  low?: boolean;
  /** An earlier condition of the audience named a purchase (default false). */
  purchaseBefore?: boolean;
  /** The audience's places (plain-products.ts placesIn). */
  places?: ReadonlySet<string>;
  /** The whole audience is all of a plainly named group (default false). */
  plainGroupAll?: boolean;
}

function condition(source: Condition['source'], text: string, { audienceOptIn, allOf = false, everyoneAudience, whole = '', low: below = false, purchaseBefore = false, places = NO_PLACES, plainGroupAll = false }: ConditionOptions): Condition {
  const attribute = classify(text, { audienceOptIn, allOf, whole, purchaseBefore, places, plainGroupAll }, (m) => m.find(text) !== null);
  const cmp = COMPARISON.exec(text);
  const win = WINDOW.exec(text);
  const changed = attribute === 'change' || changeIn(text);
  // A low amount of an addictive product ("low spend on wines") is not a habit; a change ("stopped buying beer") still is.
  const lowUse = (below || low.find(text) !== null) && !changed;
  const sensitive = conditionHits(text).filter((h) => !(lowUse && h.category === 'addictive'));
  // Being a minor is never a choice the customer declared: a club of 16-year-olds is still minors (their parents' club, or the children at home, are not).
  // A child's age or birth date the customer gave ("child DOB supplied by member") is about their child: the customer is the adult around it.
  // A topic the customer ticked for their family ("coché « Bébé & enfant » dans leur centre de préférences") is about the products, not the reader's age (seventeenth round).
  const minors = sensitive.some((h) => h.category === 'minors') && !adultsAround.find(text) && !adultsAround.find(whole) && !(attribute === 'declared' && (childAge(text) || (chosenTopic.find(text) !== null && readAges(text).length === 0) || (NEWSLETTER_NAME_END.test(text) && readAges(text).length === 0 && sensitive.every((h) => h.category !== 'minors' || CHILDREN_TOPIC.test(h.term)))));
  // In an audience of everyone or of an opt-in, an extra condition is part of the choice unless it is a behaviour, a change, or a sensitive condition the review cannot place ("card holders with missed payments").
  // Nineteenth round: a condition read as recency that still names something sensitive ("new in the country") is not part of a broadcast either.
  const unplacedSensitive = (attribute === 'unknown' || (attribute === 'rfm' && !audienceOptIn)) && sensitive.length > 0;
  const declared = !minors && (attribute === 'declared' || attribute === 'everyone' || (everyoneAudience && attribute !== 'behaviour' && attribute !== 'change' && !unplacedSensitive));
  return {
    source,
    text,
    attribute,
    ...(cmp ? { comparison: cmp[1], threshold: cmp[2].trim() } : {}),
    ...(win ? { window: win[1] } : {}),
    change: changed,
    ...(below ? { low: true } : {}),
    declared,
    sensitive,
  };
}

/**
 * Reads the audience (and the persona, and the segment's own profile when Segbot wrote the
 * campaign) into conditions, and names the audience's kind.
 */
/** A feature of a Segbot segment's profile: its name (and label), and whether it sits below the population's mean. */
export type ProfileFeature = string | { feature: string; label?: string; z?: number };

export function readAudience(audience: string, persona: string, profile: readonly ProfileFeature[] = []): AudienceReading {
  const whole = normalizeText(audience);
  const parts = splitConditions(audience);
  const places = placesIn(audience);
  // What the customer asked for or answered ("requested the catalogue") is a choice, not a purchase.
  const asked = whole.replace(ASKED_FOR, ' ').replace(/\s+/g, ' ').trim();
  // Behaviour words inside an alert the customer asked for ("pidieron aviso de reposición") are part of that choice.
  const behaviourAnywhere = requestedAlert.find(whole)
    ? parts.some((p) => !requestedAlert.find(p) && (behaviour.find(p) !== null || change.find(p) !== null))
    : behaviourIn(asked) || change.find(asked) !== null || asked.split(' ').some((w) => PURCHASE_VERB.test(w));
  // Thirty-second round: an alert the customer requested ("Back-in-stock alert requested for KitchenAid Artisan (Almond Cream)") is their choice too.
  const optInAudience = (choiceIn(whole) || asked !== whole || requestedAlert.find(whole) !== null) && !behaviourAnywhere;
  // "all_customers": a list named in snake case is read as its words for who everyone is.
  const broadcastAudience = (broadcast.find(whole) !== null || broadcast.find(whole.replace(/_/g, ' ')) !== null) && !behaviourAnywhere;
  // "All customers…", or a group followed by "(all)" ("Clubcard holders (all)", "Clientes de crédito habitação (todos)").
  const allOf = ALL_OF.test(whole) || ALL_AFTER.test(whole);
  // Read once for the whole audience, not once per condition.
  const plainGroupAll = allOf && plainGroupAudience(whole);
  const conditions = parts.map((t, i) => condition('audience', t, { audienceOptIn: optInAudience, allOf, everyoneAudience: broadcastAudience || optInAudience, whole, purchaseBefore: parts.slice(0, i).some(purchaseIn), places, plainGroupAll }));
  const capitalised = new Set([...audience.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu)].filter((m) => m.index > 0).map((m) => normalizeText(m[0])));
  readAcrossConditions(conditions, { whole, optInAudience, broadcastAudience, allOf, behaviourAnywhere, places, capitalised }, {
    plainWord: (w) => ordinaryWord(w) || PURCHASE_VERB.test(w),
    narrowing: (t) => cautionIn(t) !== null || location.find(t) !== null || age.find(t) !== null || productCode.find(t) !== null,
    groupWord: (w) => groupWord(w) && !rfmWord(w),
    narrowingBesidesPlace: (t) => cautionIn(t) !== null || age.find(t) !== null || productCode.find(t) !== null,
  });
  // Twenty-eighth round: a product-class code written as one ("PT-KIT purchased in last 30 days", "buyers of DERM-HL class") hides what was bought,
  // however plain the words around it: a behaviour, unless its bracketed plain name explains it (below).
  const codes = productClassCodes(audience);
  if (codes.size > 0) for (const c of conditions) if ((c.attribute === 'category' || c.attribute === 'rfm') && c.text.split(' ').some((w) => codes.has(w))) Object.assign(c, { attribute: 'behaviour', declared: false });
  // A product code bracketed with the plain words that name it is that product (product-codes.ts).
  readBracketedCodes(audience, conditions, conditionHits(whole).length === 0 && cautionIn(whole) === null, UNDERSTOOD);
  // "All active players" is everyone at a games operator; "players who lost more than €500" is not: next to a condition the review cannot place, the player words read as gambling again.
  const placed = conditions.every((c) => UNDERSTOOD.has(c.attribute));
  if (!placed) for (const c of conditions) if (c.attribute === 'everyone' && c.text.split(' ').some((w) => PLAYER_WORDS.has(w)) && c.sensitive.length > 0) Object.assign(c, { attribute: 'unknown', declared: false });
  const isSegment = conditions.some((c) => c.attribute === 'segment');
  // "All customers of segment S1 (Frequent pharmacy buyers)": the words besides the segment id are its name, which describes behaviour.
  if (isSegment) for (const c of conditions) if (c.attribute !== 'everyone') Object.assign(c, { attribute: 'segment', declared: false });
  // A segment's name and persona describe how its members behave: they are conditions, never declared.
  if (persona) conditions.push({ ...condition('persona', normalizeText(persona), { audienceOptIn: false, everyoneAudience: false }), attribute: isSegment ? 'segment' : 'behaviour', declared: false });
  for (const f of profile) {
    const { text, low } = profileText(f);
    conditions.push({ ...condition('segment', text, { audienceOptIn: false, everyoneAudience: false, low }), declared: false });
  }
  const understood = conditions.filter((c) => c.source === 'audience').every((c) => UNDERSTOOD.has(c.attribute));
  const inferred = conditions.some((c) => !c.declared && c.sensitive.length > 0);
  const kinds = new Set(conditions.filter((c) => c.source === 'audience').map((c) => c.attribute));
  const kind: AudienceKind = !understood
    ? 'unrecognised'
    : kinds.has('segment')
      ? 'segbot-segment'
      : kinds.has('category')
        ? 'category'
        : kinds.has('rfm')
        ? 'rfm'
        : kinds.has('declared')
          ? 'opt-in'
          : 'broadcast';
  return { kind, conditions, safe: understood && !inferred };
}

/** A profile feature as condition text: the column's name, and its label when that says more ("mntwines (spend on wines)"). */
function profileText(f: ProfileFeature): { text: string; low: boolean } {
  if (typeof f === 'string') return { text: normalizeText(f), low: false };
  const name = normalizeText(f.feature);
  const label = f.label ? normalizeText(f.label) : '';
  return { text: label && label !== name ? `${name} (${label})` : name, low: typeof f.z === 'number' && f.z < 0 };
}
