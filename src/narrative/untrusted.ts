/**
 * Free text that comes from the user's data (product descriptions, category labels, country
 * names) is untrusted: it reaches the LLM only as a short, cleaned, quoted value that cannot
 * carry instructions, contact details or markup.
 */

export const UNTRUSTED_MAX_LENGTH = 60;

// Phrases with which text tries to steer a model; such values are withheld, not passed on.
const INSTRUCTION_LIKE =
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(instruction|prompt|rule|above|previous|prior|system)|\b(system prompt|you are now|act as|new instructions?|jailbreak)\b|\b(list|reveal|print|show|output)\b.{0,30}\b(emails?|customers? ids?|names|addresses|phone)/i;
const CONTACT_LIKE = /[^\s@]+@[^\s@]+\.[a-z]{2,}|https?:\/\/|www\.|\+?\d[\d\s-]{8,}\d/i;

export const WITHHELD_INSTRUCTION = '[withheld: text that reads like an instruction]';
export const WITHHELD_CONTACT = '[withheld: contact-like text]';

/** Cleans one untrusted value: no control or invisible characters, no quotes or markup, short. */
export function cleanUntrusted(text: string, maxLength = UNTRUSTED_MAX_LENGTH): string {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ') // control, zero-width and bidi characters
    .replace(/[`"{}<>\\[\]|]/g, ' ') // nothing that could close a quote or open markup
    .replace(/\s+/g, ' ')
    .trim();
  if (INSTRUCTION_LIKE.test(cleaned)) return WITHHELD_INSTRUCTION;
  if (CONTACT_LIKE.test(cleaned)) return WITHHELD_CONTACT;
  if (cleaned.length <= maxLength) return cleaned;
  return cleaned.slice(0, maxLength - 1).trimEnd() + '…';
}

/** True for a withheld placeholder, which renderers and the offline narrator skip. */
export function isWithheldText(text: string): boolean {
  return text === WITHHELD_INSTRUCTION || text === WITHHELD_CONTACT;
}
