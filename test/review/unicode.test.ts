/** Issue 14, finding 1: invisible and look-alike characters must not turn a `block` into `ok`. */
import { describe, expect, it } from 'vitest';
import { lookalikeWords, normalizeText, normalizeUnicode, reviewCampaign, versionHash, visibleText, type CampaignForReview } from '../../src/review/index.js';

const campaign = (audience: string): CampaignForReview => ({ id: 't', segment_stats: { size: 300 }, campaign: { channel: 'email', audience, message: 'Big changes ahead!', offer: '15% off baby care' } });

describe('invisible and look-alike characters (issue 14)', () => {
  const plain = 'Customers predicted to be pregnant';
  const disguised: Record<string, string> = {
    'zero-width space': 'Customers predicted to be preg\u200Bnant',
    'soft hyphen': 'Customers predicted to be preg\u00ADnant',
    'zero-width joiner': 'Customers predicted to be pre\u200Dgnant',
    'zero-width no-break space': 'Customers predicted to be preg\uFEFFnant',
    'no-break spaces between the words': 'Customers\u00A0predicted\u202Fto\u00A0be\u00A0pregnant',
    'word joiner and bidi override': 'Customers predicted to be \u202Epreg\u2060nant\u202C',
    'Cyrillic е': 'Customers predicted to be pr\u0435gnant',
    'Greek ο and Cyrillic а': 'Customers predicted to be pregn\u0430nt, l\u03BFyal',
    'full-width letters': 'Customers predicted to be ｐｒｅｇｎａｎｔ',
  };

  it('the plain text is blocked', () => expect(reviewCampaign(campaign(plain)).decision).toBe('block'));

  for (const [how, text] of Object.entries(disguised)) {
    it(`still blocks "pregnant" written with a ${how}`, () => {
      const d = reviewCampaign(campaign(text));
      expect(d.decision).toBe('block');
      expect(d.findings.map((f) => f.code)).toContain('SENSITIVE_INFERENCE_PREGNANCY');
    });
  }

  it('flags a word that mixes scripts for the committee, even when nothing else is found', () => {
    const d = reviewCampaign({ id: 't', segment_stats: { size: 300 }, campaign: { channel: 'email', audience: 'All customers', message: 'Our n\u0435w roast is here', offer: '10% off' } });
    expect(d.decision).toBe('review');
    expect(d.findings).toMatchObject([{ code: 'LOOKALIKE_LETTERS', rule: 'U1', category: 'obfuscation', evidence: 'message: "new (Latin+Cyrillic)"' }]);
  });

  it('leaves real Cyrillic and Greek words alone', () => {
    expect(normalizeUnicode('Москва и Αθήνα')).toBe('Москва и Αθήνα');
    expect(lookalikeWords('Москва и Αθήνα')).toEqual([]);
    expect(reviewCampaign(campaign('Клиенты в Москве')).findings.map((f) => f.code)).not.toContain('LOOKALIKE_LETTERS');
  });

  it('normalises before matching: NFKC, invisibles removed, odd spaces made plain', () => {
    expect(normalizeText('ｐｒｅｇ\u200Bｎａｎｔ')).toBe('pregnant');
    expect(normalizeUnicode('a\u00A0b\u202Fc')).toBe('a b c');
  });

  it('hashes what a reader sees: an invisible character does not make a new version', () => {
    expect(versionHash(campaign(disguised['zero-width space']))).toBe(versionHash(campaign(plain)));
    expect(versionHash(campaign(disguised['Cyrillic е']))).toBe(versionHash(campaign(plain)));
  });
});

describe('visibleText (issue 14, finding 3)', () => {
  it('shows escape and control characters instead of letting them act', () => {
    expect(visibleText('a\u001b[2Ab\u0007')).toBe('a␛[2Ab␇');
    expect(visibleText('line\nnext\r')).toBe('line␊next␍');
    expect(visibleText('line\nnext', { multiline: true })).toBe('line\nnext');
    expect(visibleText('x\u009by\u007f')).toBe('x\\x9by␡');
    expect(visibleText('preg\u200Bnant \u202Eevil')).toBe('preg⟨U+200B⟩nant ⟨U+202E⟩evil');
    expect(visibleText('Grüße, 10% off')).toBe('Grüße, 10% off');
  });
});
