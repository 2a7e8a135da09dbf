/**
 * What turns a sensitive condition into a `block`: copy that speaks as if it knows, heavy use of
 * an addictive product, pressure, or a worse price. These words alone are ordinary retail
 * ("last chance", "bonus"); only next to an inferred sensitive condition do they decide.
 */
import type { Lexicon } from '../lexicon.js';

/** Copy that speaks as if it knows the reader's situation. */
export const KNOWING: Lexicon = {
  en: ['we know', 'we understand', 'we noticed', "we've noticed", 'we can tell', 'going through', 'tough time*', 'difficult time*', 'hard time*', 'times like these', 'a fresh start', 'new chapter', 'you deserve', 'no judgement', 'no judgment', 'between us', 'discreet*', 'your situation', 'your little one', 'your bump', 'your body', 'your new life', 'your journey', 'feeling', 'for you now', 'the changes you', 'on your own', 'just for you', 'spread the cost', 'make ends meet', 'money is tight', 'money tight', 'tight month', 'every penny', 'no credit check*', 'months ahead', 'big changes', 'someone new', 'little one', 'on the way', 'nesting', 'be who you are', 'the real you', 'your true self', 'big day', 'cooking for one', 'table for one', 'just you', 'starting over', 'moving on', 'hear every word', 'turn up the volume', 'hot nights', 'night sweats', 'new shape', 'feel good again', 'still thinking about it', 'not ready yet', 'we get it', 'you are not alone', "you're not alone"],
  de: ['wir wissen', 'wir verstehen', 'uns ist aufgefallen', 'schwere zeit*', 'schwierige zeit*', 'neuanfang', 'neuer lebensabschnitt', 'sie verdienen', 'du verdienst', 'diskret*', 'ihre situation', 'deine situation', 'ihr koerper', 'dein koerper', 'kosten verteilen', 'knapp bei kasse', 'kleine wunder', 'bald zu dritt', 'die naechsten monate', 'sei du selbst', 'der grosse tag', 'kochen fuer eine person', 'neu anfangen', 'du bist nicht allein', 'sie sind nicht allein'],
  fr: ['nous savons', 'nous comprenons', 'nous avons remarque', 'periode difficile', 'moments difficiles', 'nouveau depart', 'nouveau chapitre', 'vous meritez', 'tu merites', 'discret*', 'votre situation', 'ta situation', 'votre corps', 'etaler vos paiements', 'fins de mois', 'les mois a venir', 'petit bout', 'sois toi-meme', 'le grand jour', 'cuisiner pour une personne', 'repartir a zero', 'vous n\'etes pas seul*', 'tu n\'es pas seul*'],
  es: ['sabemos', 'entendemos', 'hemos notado', 'momento* dificil*', 'tiempos dificiles', 'nuevo comienzo', 'empezar de nuevo', 'te mereces', 'se merece', 'discre*', 'tu situacion', 'su situacion', 'tu cuerpo', 'fin de mes', 'llegar a fin de mes', 'los proximos meses', 'tu pequeno', 'se tu mism*', 'el gran dia', 'cocinar para uno', 'empezar de cero', 'no estas sol*', 'no esta sol*'],
};

/** Pressure: countdowns, false scarcity, bonuses that expire. */
export const PRESSURE_ANY: Lexicon = {
  en: ['countdown', 'timer', 'hurry', 'last chance', 'ends tonight', 'ends today', 'today only', 'tonight only', 'expires', 'expiring', 'only a few left', 'almost gone', 'selling fast', 'before midnight', 'limited time', 're:(?<![\\p{L}])(?:only |just )?\\d+ (?:hours?|hrs?|minutes?|mins?) (?:left|to go|remaining|only)', 're:(?<![\\p{L}])(?:in|within) (?:the next )?\\d+ (?:hours?|minutes?)', 'bonus', 'extra spins', 'free bet*', 'free spins', 'deposit match*', 'don\'t miss', 'do not miss'],
  de: ['countdown', 'beeil*', 'letzte chance', 'nur heute', 'endet heute', 'heute nacht', 'laeuft ab', 'fast ausverkauft', 're:(?<![\\p{L}])nur noch \\d+ (?:stunden|minuten)', 'bonus', 'gratiswette*', 'freispiele'],
  fr: ['compte a rebours', 'depechez', 'derniere chance', 'aujourd\'hui seulement', 'se termine ce soir', 'expire', 'presque epuise', 're:(?<![\\p{L}])plus que \\d+ (?:heures|minutes)', 'bonus', 'pari gratuit', 'tours gratuits'],
  es: ['cuenta atras', 'date prisa', 'ultima oportunidad', 'solo hoy', 'termina esta noche', 'caduca', 'expira', 'casi agotado', 're:(?<![\\p{L}])(?:solo )?quedan \\d+ (?:horas|minutos)', 'bono', 'apuesta gratis', 'giros gratis'],
  it: ['ultima occasione', 'solo oggi', 'scade', 'bonus', 'conto alla rovescia'], nl: ['laatste kans', 'alleen vandaag', 'verloopt', 'bonus', 'aftellen'], pt: ['ultima oportunidade', 'so hoje', 'expira', 'bonus', 'contagem regressiva'], pl: ['ostatnia szansa', 'tylko dzis', 'wygasa', 'bonus', 'odliczanie'],
};

/** Heavy use of an addictive product, beyond the older table: shares, rates, the most active. */
export const HEAVY_USE_EXTRA: Lexicon = {
  en: ['re:(?<![\\p{L}])top \\d+ ?%', 'most active', 'most engaged', 'high roller*', 'whale*', 'vip player*', 'high-frequency', 'high frequency', 'frequent', 'regular*', 'weekly', 'every week', 'every weekend', 'per week', 'per day', 'a week', 'a day', 'hours a day', 'hours per day', 'biggest spenders', 'highest spend*', 'loyal drinkers', 'multiple', 'repeat', 'again and again', 'late-night', 'late night', 'night-time'],
  de: ['re:(?<![\\p{L}])top \\d+ ?%', 'aktivste*', 'regelmaessig*', 'woechentlich*', 'jede woche', 'pro woche', 'pro tag', 'stammspieler*', 'nachts'],
  fr: ['re:(?<![\\p{L}])top \\d+ ?%', 'les plus actifs', 'regulier*', 'hebdomadaire*', 'chaque semaine', 'par semaine', 'par jour', 'la nuit'],
  es: ['re:(?<![\\p{L}])top \\d+ ?%', 'mas activos', 'habitual*', 'semanal*', 'cada semana', 'por semana', 'al dia', 'por la noche'],
};

/** Prices raised (or discounts withheld) for a group, or for those who will not compare. */
export const PRICE_UP: Lexicon = {
  en: ['raise*', 'raising', 'increase* the price', 'price increase*', 'higher price*', 'charge more', 'surcharge*', 'premium pricing', 'full price', 'no discount', 'without discount', 'shop around', 'compare prices', 'price-insensitive', 'less price-sensitive', 'price sensitive', 'price-sensitive', "won't notice", 'will not notice', 're:\\+ ?\\d+ ?%', 're:(?<![\\p{L}])(?:up|more) by \\d+ ?%'],
  de: ['preiserhoehung*', 'preise erhoehen', 'erhoeht*', 'aufschlag', 'aufpreis', 'vollpreis', 'ohne rabatt', 'vergleich*', 'preisunempfindlich*'],
  fr: ['hausse', 'augment* le* prix', 'majoration', 'majore*', 'prix plein', 'sans remise', 'compar*', 'peu sensibles au prix'],
  es: ['subida de precio*', 'subir el precio', 'aumento de precio*', 'recargo', 'precio completo', 'sin descuento', 'compar*', 'poco sensibles al precio'],
};

/** A small group picked by hand or by name: even a club's members are then recognisable. */
export const NAMED_GROUP: Lexicon = {
  en: ['by name', 'named', 'hand-picked', 'handpicked', 'hand picked', 'personally selected', 'personally invited', 'regulars', 'our list of', 'a list of', 're:(?<![\\p{L}])(?:the )?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:regulars|customers|members|people|neighbours|residents|families)(?![\\p{L}])', 'residents of', 'who live on', 'same street', 'same building'],
  de: ['namentlich', 'handverlesen*', 'persoenlich ausgewaehlt*', 'persoenlich eingeladen*', 'stammgaeste', 'bewohner der', 'im selben haus'],
  fr: ['nommement', 'par leur nom', 'trie* sur le volet', 'selectionne* a la main', 'personnellement invite*', 'habitues', 'habitants de la rue', 'meme immeuble'],
  es: ['por su nombre', 'con nombre', 'seleccionad* a mano', 'escogid* a dedo', 'invitad* personalmente', 'habituales', 'vecinos de la calle', 'mismo edificio'],
};
