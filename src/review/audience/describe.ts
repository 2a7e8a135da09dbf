/** Conditions in words a committee member reads in seconds: the text of every finding that names a condition. */
import type { Attribute, Condition } from './conditions.js';

/** A condition in words a committee member reads in seconds. */
export function describeCondition(c: Condition): string {
  const parts = [`${c.source} condition "${c.text}"`, `(${ATTRIBUTE_WORDS[c.attribute]}`];
  if (c.comparison) parts.push(`, ${c.comparison} ${c.threshold}`);
  if (c.window) parts.push(`, ${c.window}`);
  if (c.change && c.attribute !== 'change') parts.push(', a change over time');
  if (c.low) parts.push(', below the average');
  return `${parts.join('')})`;
}

export const ATTRIBUTE_WORDS: Record<Attribute, string> = {
  everyone: 'everyone',
  declared: 'something the customer chose',
  segment: 'a Segbot segment',
  rfm: 'recency, frequency, spend or tenure',
  category: 'a purchase in an ordinary product category',
  age: 'an age',
  location: 'a place',
  change: 'a change over time',
  behaviour: 'a purchase, product, category or other behaviour',
  unknown: 'a condition the review does not recognise',
};
