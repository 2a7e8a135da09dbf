/**
 * The offline campaign playbook: for each segment type, the standard marketing play (see
 * docs/narrative.md). Every number in these texts comes from the payload or the campaign rules.
 */
import { formatShare } from '../format.js';
import type { CampaignRules, PayloadSegment } from '../payload.js';
import type { SegmentType } from './signals.js';

export interface CampaignContext {
  segment: PayloadSegment;
  rules: CampaignRules;
  /** The channel the segment leans to, e.g. "Email" or "Web (on-site personalisation)". */
  channel: string;
  /** Quoted distinctive product, a spend range ("wines"), or a generic phrase. */
  favourite: string;
  secondFavourite: string;
  /** What `favourite` is: a single product, a range of products (category), or nothing known. */
  favouriteKind: 'product' | 'range' | 'none';
  /** The segment's own figures for the audience line, e.g. "1,706 customers; typically 3 orders, ...". */
  figures: string;
}

export interface CampaignDraft {
  goal: string;
  channel: string;
  audience: string;
  offer: string;
  message: string;
  kpi: string;
  successMetric: string;
  testWeeks: number;
}

export interface PlaybookEntry {
  /** Persona name stem, e.g. "Lapsed big spender". */
  title: string;
  play: string;
  values: string[];
  campaigns(c: CampaignContext): CampaignDraft[];
}

const who = (c: CampaignContext) => `customers of segment ${c.segment.key} (${c.segment.name}) as assigned by the latest segmentation run (${c.figures})`;
/** New arrivals "in" a range only where the data has ranges; a single product is not a category. */
const newArrivals = (c: CampaignContext) =>
  c.favouriteKind === 'range' ? `new arrivals in ${c.favourite}` : c.favouriteKind === 'product' ? `new arrivals chosen for buyers of ${c.favourite}` : 'new arrivals';
const enjoy = (c: CampaignContext) => (c.favouriteKind === 'none' ? 'shopping with us' : c.favourite);
const discount = (c: CampaignContext, i: number) => formatShare(c.rules.discountShares[Math.min(i, c.rules.discountShares.length - 1)]).replace('.0%', '%');
const weeks = (c: CampaignContext, i: number) => c.rules.testWeeks[Math.min(i, c.rules.testWeeks.length - 1)];

export const PLAYBOOK: Record<SegmentType, PlaybookEntry> = {
  champions: {
    title: 'Champion',
    play: 'VIP early access: reward and keep, never discount',
    values: ['Being first to see new ranges', 'Recognition for their loyalty', 'Reliable stock and fast delivery'],
    campaigns: (c) => [
      { goal: 'Keep champions buying and deepen loyalty without eroding margin', channel: c.channel, audience: `All ${who(c)}.`, offer: `Early access to ${newArrivals(c)} before the general launch`, message: `You are among our most valued customers, so you get a first look at ${newArrivals(c)} before anyone else. Your early-access window is open now.`, kpi: 'Revenue per customer during the early-access window', successMetric: 'Incremental revenue per customer, treatment versus holdout', testWeeks: weeks(c, 0) },
      { goal: 'Turn champions into advocates', channel: 'Email', audience: `All ${who(c)}.`, offer: 'A referral reward for each new customer they bring', message: `Know someone who would enjoy ${enjoy(c)}? Share your link and you both get a thank-you reward.`, kpi: 'New customers acquired through referral links', successMetric: 'Referred first orders per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
  'lapsed-high-value': {
    title: 'Lapsed big spender',
    play: 'Win-back: a personal reason to return, with a time-limited offer',
    values: ['Products they already liked', 'Feeling remembered rather than spammed', 'A good reason to come back now'],
    campaigns: (c) => [
      { goal: 'Win back high-value customers who have stopped buying', channel: 'Email', audience: `All ${who(c)}; re-drawn at send time so that anyone who has already returned is left out.`, offer: `${discount(c, 1)} off their next order, valid for a limited time`, message: `We have missed you. Have a look at ${newArrivals(c)}: ${discount(c, 1)} off your next order is waiting for you.`, kpi: 'Share of the audience placing an order', successMetric: 'Reactivation rate, treatment versus holdout', testWeeks: weeks(c, 2) },
      { goal: 'Learn why they left', channel: 'Email', audience: `All ${who(c)}.`, offer: 'A short survey with a small thank-you voucher', message: 'Tell us what we could do better. It takes a minute, and there is a thank-you voucher for your time.', kpi: 'Survey completion and the reasons given', successMetric: 'Orders per customer after the survey, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
  'new-customers': {
    title: 'Promising newcomer',
    play: 'Onboarding: turn a first purchase into a second',
    values: ['A smooth first experience', 'Guidance on what to buy next', 'Reassurance they chose well'],
    campaigns: (c) => [
      { goal: 'Get a second order from recent first-time buyers', channel: 'Email', audience: `All ${who(c)}.`, offer: `${discount(c, 0)} off a second order`, message: `Thanks for your first order. Here is ${discount(c, 0)} off your next one, with ${newArrivals(c)} to choose from.`, kpi: 'Second-order rate', successMetric: 'Second-order rate, treatment versus holdout', testWeeks: weeks(c, 0) },
      { goal: 'Build the habit of buying from us', channel: c.channel, audience: `All ${who(c)}.`, offer: 'A welcome series: best sellers, how-to content, delivery promise', message: c.favouriteKind === 'none' ? 'Welcome! Here is what our regulars buy most.' : `Welcome! Here is more of what customers like you buy, starting with ${c.favourite}.`, kpi: 'Orders per customer in the first weeks', successMetric: 'Orders per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
  'loyal-regulars': {
    title: 'Loyal regular',
    play: 'Loyalty and cross-sell: widen the basket of people who already come back',
    values: ['Dependable favourites', 'Convenience when reordering', 'Small rewards for coming back'],
    campaigns: (c) => [
      { goal: 'Grow basket size with a related range', channel: c.channel, audience: `All ${who(c)}.`, offer: `A bundle of ${c.favourite} with ${c.secondFavourite}`, message: `Since you keep coming back, we put together ${c.favourite} and ${c.secondFavourite} in one bundle at a better price.`, kpi: 'Average order value', successMetric: 'Revenue per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
      { goal: 'Make reordering effortless', channel: 'Email', audience: `All ${who(c)}.`, offer: 'One-click reorder of past purchases, with a reminder timed to their usual buying rhythm', message: 'Reorder any of your past purchases in one click, whenever suits you.', kpi: 'Repeat-order rate', successMetric: 'Orders per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
  responsive: {
    title: 'Campaign enthusiast',
    play: 'Test-and-learn: the first audience for new offers',
    values: ['Offers that feel exclusive', 'Novelty', 'Clear, concrete benefits'],
    campaigns: (c) => [
      { goal: 'Pilot the next campaign on the most responsive customers', channel: c.channel, audience: `All ${who(c)}.`, offer: `Preview of the next seasonal offer on ${c.favourite}`, message: `You are first to hear about our next offer: ${c.favourite}, available to you before it goes public.`, kpi: 'Campaign acceptance rate', successMetric: 'Acceptance rate, treatment versus holdout', testWeeks: weeks(c, 0) },
    ],
  },
  'deal-seekers': {
    title: 'Bargain hunter',
    play: 'Bundles and threshold offers: protect margin while feeding the love of a deal',
    values: ['Good value for money', 'Visible savings', 'Offers that do not expire too fast'],
    campaigns: (c) => [
      { goal: 'Raise order value without deeper discounts', channel: c.channel, audience: `All ${who(c)}.`, offer: `${discount(c, 0)} off when they add ${c.secondFavourite} to ${c.favourite}`, message: `Save ${discount(c, 0)} when you pair ${c.favourite} with ${c.secondFavourite}.`, kpi: 'Average order value', successMetric: 'Revenue per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
  'dormant-low-value': {
    title: 'Dormant occasional buyer',
    play: 'Low-cost reactivation, then let go: no expensive offers',
    values: ['Low prices', 'No pressure', 'Relevance over frequency'],
    campaigns: (c) => [
      { goal: 'Reactivate cheaply, and stop mailing those who do not respond', channel: 'Email', audience: `All ${who(c)}; non-responders move to a low-frequency list afterwards.`, offer: `${discount(c, 0)} off one order, one reminder only`, message: `It has been a while. Here is ${discount(c, 0)} off if you would like to see our ${newArrivals(c)}.`, kpi: 'Reactivation rate and cost per reactivated customer', successMetric: 'Reactivation rate, treatment versus holdout', testWeeks: weeks(c, 0) },
    ],
  },
  'at-risk': {
    title: 'Slipping regular',
    play: 'Reactivation before they lapse: remind, reassure, reward',
    values: ['Being remembered', 'Relevant suggestions', 'Easy ways back'],
    campaigns: (c) => [
      { goal: 'Bring back customers whose purchases are slowing down', channel: 'Email', audience: `All ${who(c)}.`, offer: `Personal picks from ${newArrivals(c)}, with ${discount(c, 0)} off`, message: `We picked a few of our ${newArrivals(c)} we think you will like, with ${discount(c, 0)} off this week.`, kpi: 'Share of the audience ordering again', successMetric: 'Reactivation rate, treatment versus holdout', testWeeks: weeks(c, 1) },
      { goal: 'Find out what would keep them', channel: c.channel, audience: `All ${who(c)}.`, offer: 'A preference centre: choose topics and frequency', message: 'Tell us what you want to hear about, and how often. We will send only that.', kpi: 'Preference updates and unsubscribe rate', successMetric: 'Orders per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
  'low-spend-occasional': {
    title: 'Light occasional buyer',
    play: 'Frequency nudge: a reason for one more small order',
    values: ['Low commitment', 'Price clarity', 'Useful everyday items'],
    campaigns: (c) => [
      { goal: 'Add one more order a year from light buyers', channel: 'Email', audience: `All ${who(c)}.`, offer: 'Free delivery on their next order, however small', message: 'Free delivery on your next order, however small it is.', kpi: 'Orders per customer', successMetric: 'Orders per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
  'steady-mid-value': {
    title: 'Steady mainstream buyer',
    play: 'Cross-sell: introduce a second range',
    values: ['Reliable quality', 'Familiar favourites', 'Occasional discovery'],
    campaigns: (c) => [
      { goal: 'Introduce a second product range', channel: c.channel, audience: `All ${who(c)}.`, offer: `Recommendations from ${c.secondFavourite} next to ${c.favourite}`, message: `If you like ${c.favourite}, have a look at ${c.secondFavourite}: picked for customers like you.`, kpi: 'Share of customers buying from a new range', successMetric: 'Revenue per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
      { goal: 'Lift order value', channel: 'Email', audience: `All ${who(c)}.`, offer: `${discount(c, 0)} off orders above their usual basket`, message: `Treat yourself: ${discount(c, 0)} off when you add a little more to your basket this week.`, kpi: 'Average order value', successMetric: 'Revenue per customer, treatment versus holdout', testWeeks: weeks(c, 1) },
    ],
  },
};
