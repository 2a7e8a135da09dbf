/** Words that make a phrase about the reader ("your pregnancy", "als Schwangere", "votre dette"). */
import type { Lexicon } from '../lexicon.js';

export const PERSONAL_ADDRESS: Lexicon = {
  en: ['your', "you're", 'you are', 'you have', "you've", 'as a', 'since you', 'because you', 'with your', 'for your'],
  de: ['ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'dein', 'deine', 'deiner', 'deinen', 'deinem', 'sie sind', 'du bist', 'sie haben', 'du hast', 'als schwangere'],
  fr: ['votre', 'vos', 'ton', 'ta', 'tes', 'vous etes', 'tu es', 'vous avez', 'tu as', 'en tant que'],
  es: ['tu', 'tus', 'su', 'sus', 'eres', 'estas', 'usted esta', 'tienes', 'tiene usted'],
};
