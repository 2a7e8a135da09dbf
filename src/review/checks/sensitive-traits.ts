/**
 * Sensitive-trait inference. The question is not "does a sensitive word appear" but "did we
 * work out something special about these people that they did not tell us":
 *   S1 block  — a trait or its proxy is part of how the audience was chosen by behaviour;
 *   S2 review — the trait was declared (opt-in clause) but the audience is also narrowed by behaviour on it;
 *   S3 block  — the copy tells the reader they have the trait ("your pregnancy") and they never declared it;
 *   S4 review — the copy raises the trait to an audience chosen by behaviour;
 *   S5 block  — a basket of innocent items that together reveal the trait (baby items + vitamins).
 */
import { compileLexicon, type TermMatcher } from '../lexicon.js';
import { finding, wordsBefore, type Clause, type ReviewContext } from '../context.js';
import { PERSONAL_ADDRESS } from '../rules/personal-address.js';
import { PROXY_COMBINATIONS } from '../rules/proxy-combinations.js';
import { SENSITIVE_TRAITS } from '../rules/sensitive-traits.js';
import type { Finding } from '../types.js';

const traits = SENSITIVE_TRAITS.map((t) => ({
  ...t,
  terms: compileLexicon(t.terms),
  selection: compileLexicon([...Object.values(t.terms).flat(), ...Object.values(t.proxies).flat()]),
}));
const combinations = PROXY_COMBINATIONS.map((p) => ({ ...p, groups: p.groups.map((g) => compileLexicon(g)) }));
const personal = compileLexicon(PERSONAL_ADDRESS);

/**
 * Whether a condition is the customer's own statement: with no behaviour anywhere in the
 * audience every condition is (they joined, or everyone gets it); otherwise only the
 * conditions that carry an opt-in cue are.
 */
function declared(clause: Clause, ctx: ReviewContext): boolean {
  return clause.optIn || ctx.mode !== 'behaviour';
}

/** Giving to a cause: donors, an appeal, a fundraiser, research, in the nine languages. */
const DONATION = /(?<![\p{L}])(?:donors?|supporters?|donated|donations?|gave to|appeal|fundrais\p{L}*|sponsors? of|spender(?:innen)?|gespendet|spenden|donateurs?|donantes|donaron|donativos?|donatori|donazion\p{L}*|donateurs|giften|doadores|doacoes|darczyn\p{L}*|gavogivare|givare)(?![\p{L}])/u;

function selectionFindings(ctx: ReviewContext, code: string, matcher: TermMatcher): Finding[] {
  const hits = ctx.clauses.flatMap((clause) => {
    const m = matcher.find(clause.text);
    return m ? [{ clause, m }] : [];
  });
  if (hits.length === 0 || ctx.mode === 'broadcast') return [];
  // Fifteenth round: a term inside a condition the audience reading found the customer declared ("newsletter_pref = 'pregnancy_and_new_parents'",
  // "Back-in-stock request: … pregnancy pillow") is their choice, even where the older clause cues missed it.
  const readAsDeclared = (term: string) => ctx.reading.conditions.some((c) => c.source === 'audience' && c.declared && c.text.includes(term));
  const undeclared = hits.filter((h) => !declared(h.clause, ctx) && !readAsDeclared(h.m.text));
  if (undeclared.length === 0) return [];
  const first = undeclared[0];
  if (hits.length > undeclared.length) {
    return [finding(`SENSITIVE_DECLARED_PLUS_BEHAVIOUR_${code}`, 'review', 'sensitive-trait', 'S2', first.clause.field, first.m)];
  }
  // "Donors to the cancer research appeal": a cause someone gave to, not a trait read from them; the committee still looks (eleventh round).
  if (DONATION.test(first.clause.text)) return [finding(`SENSITIVE_CAUSE_SUPPORTED_${code}`, 'review', 'sensitive-trait', 'S1', first.clause.field, first.m)];
  return [finding(`SENSITIVE_INFERENCE_${code}`, 'block', 'sensitive-trait', 'S1', first.clause.field, first.m)];
}

function copyFindings(ctx: ReviewContext, code: string, terms: TermMatcher): Finding[] {
  if (ctx.mode !== 'behaviour') return [];
  for (const field of ['message', 'offer'] as const) {
    for (const m of terms.findAll(ctx.text[field])) {
      if (personal.find(wordsBefore(ctx.text[field], m.index))) {
        return [finding(`SENSITIVE_TRAIT_IN_COPY_${code}`, 'block', 'sensitive-trait', 'S3', field, m)];
      }
    }
  }
  for (const field of ['message', 'offer'] as const) {
    const m = terms.find(ctx.text[field]);
    if (m) return [finding(`SENSITIVE_TOPIC_TO_INFERRED_AUDIENCE_${code}`, 'review', 'sensitive-trait', 'S4', field, m)];
  }
  return [];
}

function combinationFindings(ctx: ReviewContext): Finding[] {
  if (ctx.mode !== 'behaviour') return [];
  const chosen = ctx.clauses.filter((c) => !declared(c, ctx)).map((c) => c.text).join(' | ');
  const out: Finding[] = [];
  for (const combo of combinations) {
    const matches = combo.groups.map((g) => g.find(chosen));
    if (matches.every((m) => m !== null)) {
      const evidence = matches.map((m) => m?.text).join(' + ');
      out.push(finding(`PROXY_${combo.code}`, 'block', 'sensitive-trait', 'S5', 'audience', evidence));
    }
  }
  return out;
}

export function checkSensitiveTraits(ctx: ReviewContext): Finding[] {
  const out: Finding[] = [];
  for (const trait of traits) {
    const selection = selectionFindings(ctx, trait.code, trait.selection);
    out.push(...selection);
    if (selection.length === 0) out.push(...copyFindings(ctx, trait.code, trait.terms));
  }
  out.push(...combinationFindings(ctx));
  return out;
}
