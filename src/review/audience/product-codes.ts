/**
 * A product code bracketed with the plain words that name it (eleventh and fourteenth rounds):
 * "Kopers bloembollen (artikelgroep 210)", "Kopers productgroep PG-220 (fietsen)", "Warengruppe 5120
 * (Schläuche & Bewässerung)". The code is that product's code, so the conditions are an ordinary
 * category; an unexplained code ("category 4711") still hides what was bought and stays with the committee.
 */
import { compileLexicon } from '../lexicon.js';
import { normalizeText } from '../normalize.js';
import type { Attribute, Condition } from './conditions.js';
import { cautionIn, purchaseIn } from './plain-products.js';
import { PRODUCT_CODE } from './vocabulary.js';

const productCode = compileLexicon(PRODUCT_CODE);
/** The label of a product code ("artikelgroep", "varenr", "PG", "SKU family"): with a code, it names a class of products. */
const CODE_LABEL = /^(?:cat|reparto|tuoteryhmae|tuoteryhmaeae|wg|ag|vg|kaufhistorie|purchase|history|artikelgroep|productgroep|artikelgruppe|warengruppe|produktgruppe|varenr|varenummer|varegruppe|varugrupp|artikelnr|artikelnummer|art|nr|no|pg|sku|family|class|group|category|kategorie|kategori|kategoria|categoria|categorie|famille|familia|famiglia|gruppo|grupa|code|cod|kod|item|article)$/u;

/**
 * Marks the codes of `conditions` that their bracketed plain name explains, and the bracketed names
 * of codes, as an ordinary category. `quiet`: nothing in the audience is sensitive or a caution stem;
 * `understood`: the attributes the review understands (every other condition must be one).
 */
export function readBracketedCodes(audience: string, conditions: Condition[], quiet: boolean, understood: ReadonlySet<Attribute>): void {
  // "Kopers bloembollen (artikelgroep 210)", "Kopers productgroep PG-220 (fietsen)": a product code next to the plain words that name it is that
  // product's code (eleventh round). Only where every other condition is understood, nothing in the audience is sensitive or a caution stem, and each code sits beside a plain category.
  // The code and its name sit together in brackets ("(artikelgroep 210)", "(fietsen)"); the plain name carries no count or threshold (a year aside).
  const brackets = [...audience.matchAll(/\(([^()]*)\)/g)].map((m) => normalizeText(m[1]));
  const countless = (t: string) => !/\d/.test(t.replace(/(?<![\p{N}])(?:19|20)\d\d(?:-(?:19|20)?\d\d)?(?![\p{N}])/gu, ''));
  const bracketed = (c: Condition, n: Condition) => brackets.some((b) => b === n.text || c.text.split(' ').some((w) => (/\d/.test(w) || /^[a-z]{2,6}-[a-z0-9]{2,6}$/.test(w)) && b.split(' ').includes(w)));
  // "Warengruppe 5120 (Schläuche & Bewässerung)": the bracketed name of a code is a plain product even without a purchase word.
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i];
    const code = conditions[i - 1];
    if (c.attribute === 'unknown' && code && productCode.find(code.text) && brackets.includes(c.text) && c.text.split(' ').length <= 4 && /^[\p{L} -]+$/u.test(c.text) && c.sensitive.length === 0 && cautionIn(c.text) === null) Object.assign(c, { attribute: 'category' });
  }
  const explained = (i: number) => [conditions[i - 1], conditions[i + 1]].some((n) => n?.attribute === 'category' && countless(n.text) && bracketed(conditions[i], n));
  const codeOnly = (c: Condition) => (c.attribute === 'behaviour' || c.attribute === 'unknown') && c.sensitive.length === 0 && cautionIn(c.text) === null && c.text.split(' ').every((w) => CODE_LABEL.test(w) || /\d/.test(w) || /^x+$|-x+$/.test(w) || /^[a-z]{2,6}-[a-z0-9]{2,6}$/.test(w) || purchaseIn(w));
  if (quiet && conditions.some((c) => c.attribute === 'category')) {
    const codes = conditions.map((c, i) => (understood.has(c.attribute) ? null : codeOnly(c) && explained(i) ? i : -1));
    if (codes.every((x) => x !== -1)) for (const i of codes) if (i !== null) Object.assign(conditions[i], { attribute: 'category' });
  }
}
