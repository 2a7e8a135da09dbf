/**
 * The second reading of an audience: conditions read against each other once each has been read alone
 * (conditions.ts). A short item after "and" goes on with the list or club before it; a value goes with the
 * topic the customer picked; a list named by its topic is what people signed up to; a change between
 * men's and women's departments written across conditions reads gender identity; and in an audience that
 * takes all of everyone, a plain further condition is part of the broadcast.
 */
import { ALL_OF, CHOSEN_TOPIC_END, CLUB_NAME_END, LIST_NAME_END, SWITCHED_ON, onlyWords } from './condition-text.js';
import type { Condition } from './conditions.js';
import { DOOR_DROP } from './delivery.js';
import { departmentShift } from './proxies.js';
import { TAXONOMY } from './taxonomy.js';
import { DEBT_STATE, EVERYONE_WORDS } from './vocabulary.js';

const SEXUALITY_LABEL = TAXONOMY.find((c) => c.category === 'sexuality')?.label ?? 'sexuality or gender identity';
/** An "all" word anywhere in a condition ("An alle App-Nutzer", "shown to every visitor"). */
const ALL_WORD = new RegExp(ALL_OF.source.replace(/^\^/, '(?<![\\p{L}])'), 'u');

/** "All", "every", "each" in the thirteen languages, as a door drop says it ("to every letterbox", "til alle", "toutes les boîtes"). */
const EVERY = /(?<![\p{L}])(?:all|every|each|alle|allen|jede[nr]?|tous|toutes|chaque|todos|todas|cada|tutti|tutte|ogni|iedere|elke|wszystkie|wszystkich|kazde|kazdego|varje|hver|hvert|kaikki|kaikille|jokaiseen|vsem|vsechny|kazde)(?![\p{L}])/u;

/** What the first reading knew of the whole audience. */
export interface AudienceFacts {
  whole: string;
  optInAudience: boolean;
  broadcastAudience: boolean;
  allOf: boolean;
  behaviourAnywhere: boolean;
  places: ReadonlySet<string>;
}

/** The first reading's word tests, passed in so that its lexicons are compiled once. */
export interface WordTests {
  /** A recency, frequency or spend word, an ordinary product word or a purchase verb. */
  plainWord: (w: string) => boolean;
  /** A caution stem, a place, an age or a product code. */
  narrowing: (text: string) => boolean;
}

/** Reads the conditions against each other, in place. */
export function readAcrossConditions(conditions: Condition[], { whole, optInAudience, broadcastAudience, allOf, behaviourAnywhere, places }: AudienceFacts, words: WordTests): void {
  // "Opted in to offers on beer and cider", "asked to receive our tobacco and vape price list": a short item after "and" continues the list the customer chose.
  for (let i = 1; i < conditions.length; i++) {
    const [before, c] = [conditions[i - 1], conditions[i]];
    const sameTopic = c.sensitive.length > 0 && c.sensitive.every((h) => before.sensitive.some((b) => b.category === h.category));
    // "Socios del Club Mamá y Bebé": a club's name split at its "and" goes on naming the club (nobody joins a club of debts or of minors).
    const clubName = CLUB_NAME_END.test(before.text) && !c.sensitive.some((h) => h.category === 'finances' || h.category === 'minors');
    if (before.attribute === 'declared' && c.attribute === 'unknown' && (c.text.split(' ').length <= 2 || (LIST_NAME_END.test(c.text) && c.text.split(' ').length <= 3)) && (sameTopic || clubName)) Object.assign(c, { attribute: 'declared', declared: true });
    // "Newsletter preference: Faith & Spirituality": the value of a topic the customer picked (never debts or minors, never a number or a code).
    const topicValue = CHOSEN_TOPIC_END.test(before.text) && !c.sensitive.some((h) => (h.category === 'finances' && DEBT_STATE.test(c.text)) || h.category === 'minors') && !/\d|_|=/.test(c.text.replace(SWITCHED_ON, ''));
    if ((before.attribute === 'declared' || before.attribute === 'everyone') && c.attribute === 'unknown' && c.text.split(' ').length <= 5 && topicValue) Object.assign(c, { attribute: 'declared', declared: true });
  }
  // "Parents-to-be who signed up for our pregnancy emails": in an audience of a choice, the people it names first, in a few words on
  // the very topic they chose, are the subscribers described by their subscription (a further filter, "with blood pressure readings", is not).
  const first = conditions[0];
  // A list, course or interest group named by its topic ("Seniors Tech Help workshop mailing list (sign-up form)", "recipients of the 'Gluten-free living' recipe email") is named for what they signed up to, in up to seven words with no number.
  const listName = first !== undefined && LIST_NAME_END.test(first.text) && first.text.split(' ').length <= 7 && !/\d/.test(first.text);
  if (optInAudience && first && first.attribute === 'unknown' && first.sensitive.length > 0 && (first.text.split(' ').length <= 3 || listName)) {
    const chosenTopics = new Set(conditions.filter((c) => c.attribute === 'declared').flatMap((c) => c.sensitive.map((h) => h.category)));
    const minorsOrDebt = first.sensitive.some((h) => h.category === 'minors' || (h.category === 'finances' && (DEBT_STATE.test(first.text) || !listName)));
    if (!minorsOrDebt && (listName || first.sensitive.every((h) => chosenTopics.has(h.category)))) Object.assign(first, { attribute: 'declared', declared: true });
  }
  // "Bought from menswear only 2019–2023; womenswear share ≥ 70% since January": a department change written across conditions reads gender identity.
  if (departmentShift(whole) && !conditions.some((c) => c.sensitive.some((h) => h.category === 'sexuality'))) {
    const last = [...conditions].reverse().find((c) => departmentShift(c.text) || /wear|dept|department|abteilung|rayon|seccion|reparto|afdeling|secao|dzial/.test(c.text)) ?? conditions[conditions.length - 1];
    if (last) Object.assign(last, { attribute: 'change', change: true, declared: false, sensitive: [...last.sensitive, { category: 'sexuality', label: SEXUALITY_LABEL, term: "a change between men's and women's departments" }] });
  }
  // Nineteenth round: in an audience that takes all of everyone ("All users, universal in-app card", "An alle App-Nutzer, ohne Einschränkung"),
  // with no behaviour anywhere, a further condition the review cannot place but that names nothing sensitive, no caution stem, no number and
  // no place is part of how the broadcast is described, not a filter on people.
  if ((allOf || broadcastAudience || conditions.some((c) => c.attribute === 'everyone' && ALL_WORD.test(c.text))) && !behaviourAnywhere && conditions.some((c) => c.attribute === 'everyone')) {
    for (const c of conditions) if (c.attribute === 'unknown' && c.sensitive.length === 0 && !c.text.split(' ').some((w) => words.plainWord(w)) && !words.narrowing(c.text) && !/\d/.test(c.text) && ![...places].some((p) => c.text.includes(p))) Object.assign(c, { attribute: 'everyone', declared: true });
  }
  // Twenty-second round: a door drop to every household of a town ("Husstandsomdelt brosjyre til alle i Bodø") takes the town whole: a condition that is only the town's name is where the broadcast goes.
  if (DOOR_DROP.test(whole) && EVERY.test(whole) && !behaviourAnywhere) {
    for (const c of conditions) {
      const placeless = [...places].reduce((t, p) => t.replace(new RegExp(`(?<![\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'), ' '), c.text).replace(/\s+/g, ' ').trim();
      if (c.attribute === 'unknown' && c.sensitive.length === 0 && placeless !== c.text && (placeless === '' || onlyWords(placeless, EVERYONE_WORDS))) Object.assign(c, { attribute: 'everyone', declared: true });
    }
  }
}
