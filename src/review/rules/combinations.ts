/**
 * What turns a sensitive condition into a `block`: copy that speaks as if it knows, heavy use of
 * an addictive product, pressure, or a worse price. These words alone are ordinary retail
 * ("last chance", "bonus"); only next to an inferred sensitive condition do they decide.
 */
import type { Lexicon } from '../lexicon.js';

/** Copy that speaks as if it knows the reader's situation. */
export const KNOWING: Lexicon = {
  en: ['we know', 'we understand', 'we noticed', "we've noticed", 'we can tell', 'going through', 'tough time*', 'difficult time*', 'hard time*', 'times like these', 'a fresh start', 'new chapter', 'you deserve', 'no judgement', 'no judgment', 'between us', 'discreet*', 'your situation', 'your little one', 'your bump', 'your body', 'your new life', 'your journey', 'feeling', 'for you now', 'the changes you', 'on your own', 'just for you', 'spread the cost', 'make ends meet', 'money is tight', 'money tight', 'tight month', 'every penny', 'no credit check*', 'months ahead', 'big changes', 'someone new', 'little one', 'on the way', 'nesting', 'be who you are', 'the real you', 'your true self', 'big day', 'cooking for one', 'table for one', 'just you', 'starting over', 'moving on', 'hear every word', 'turn up the volume', 'hot nights', 'night sweats', 'new shape', 'feel good again', 'still thinking about it', 'not ready yet', 'we get it', 'you are not alone', "you're not alone", 'the new you', 'new you', 'congratulations', 'congrats', 'who you are', 'proud of you', 'look at you', "we're here if you need us", 'here if you need', 'life can change', 'nobody has to know', 'plain packaging', 'stay confident', 'pop the question'],
  de: ['wir wissen', 'wir verstehen', 'uns ist aufgefallen', 'schwere zeit*', 'schwierige zeit*', 'neuanfang', 'neuer lebensabschnitt', 'sie verdienen', 'du verdienst', 'diskret*', 'ihre situation', 'deine situation', 'ihr koerper', 'dein koerper', 'kosten verteilen', 'knapp bei kasse', 'kleine wunder', 'bald zu dritt', 'die naechsten monate', 'sei du selbst', 'der grosse tag', 'kochen fuer eine person', 'neu anfangen', 'du bist nicht allein', 'sie sind nicht allein', 'herzlichen glueckwunsch', 'glueckwunsch', 'es tut uns leid', 'in dieser lebensphase', 'wir begleiten sie', 'wir begleiten dich'],
  fr: ['nous savons', 'nous comprenons', 'nous avons remarque', 'periode difficile', 'moments difficiles', 'nouveau depart', 'nouveau chapitre', 'vous meritez', 'tu merites', 'discret*', 'votre situation', 'ta situation', 'votre corps', 'etaler vos paiements', 'fins de mois', 'les mois a venir', 'petit bout', 'sois toi-meme', 'le grand jour', 'cuisiner pour une personne', 'repartir a zero', 'vous n\'etes pas seul*', 'tu n\'es pas seul*', 'felicitations', 'nous sommes desoles', 'pense pour vous accompagner', 'vous accompagner', 'qui vous etes vraiment'],
  es: ['sabemos', 'entendemos', 'hemos notado', 'momento* dificil*', 'tiempos dificiles', 'nuevo comienzo', 'empezar de nuevo', 'te mereces', 'se merece', 'discre*', 'tu situacion', 'su situacion', 'tu cuerpo', 'fin de mes', 'llegar a fin de mes', 'los proximos meses', 'tu pequeno', 'se tu mism*', 'el gran dia', 'cocinar para uno', 'empezar de cero', 'no estas sol*', 'no esta sol*', 'enhorabuena', 'felicidades', 'para cuidarte'],
  it: ['sappiamo', 'capiamo', 'abbiamo notato', 'periodo difficile', 'periodo buio', 'momento difficile', 'nuovo inizio', 'ricominciare', 'te lo meriti', 'discre*', 'la tua situazione', 'il tuo corpo', 'non sei sol*', 'fine mese', 'questa fase della vita', 'congratulazioni', 'ritrovare il sorriso', 'prenditi cura di te'],
  nl: ['we weten', 'we begrijpen', 'het ons opgevallen', 'moeilijke tijd*', 'zware tijd*', 'nieuwe start', 'opnieuw beginnen', 'je verdient', 'u verdient', 'discre*', 'jouw situatie', 'uw situatie', 'je lichaam', 'je staat er niet alleen voor', 'u staat er niet alleen voor', 'deze levensfase', 'gefeliciteerd', 'gemist wat er gezegd werd'],
  pt: ['sabemos', 'entendemos', 'reparamos', 'momento* dificil*', 'fase dificil', 'novo comeco', 'recomecar', 'mereces', 'merece', 'discre*', 'a tua situacao', 'a sua situacao', 'o teu corpo', 'nao estas sozinh*', 'estamos contigo', 'esta fase da vida', 'parabens'],
  sv: ['vi vet', 'vi förstår', 'vi har märkt', 'tuff tid', 'svår tid', 'en nystart', 'du förtjänar', 'diskret*', 'din situation', 'din kropp', 'du är inte ensam', 'grattis', 'gratulerar', 'den här fasen i livet'],
  pl: ['wiemy', 'rozumiemy', 'zauwazylismy', 'trudny czas', 'trudne chwile', 'ciezki miesiac', 'nowy poczatek', 'zaczac od nowa', 'zaslugujesz', 'dyskret*', 'twoja sytuacja', 'twoje cialo', 'nie jestes sam*', 'ten etap zycia', 'gratulacje', 'koniec miesiaca'],
};

/**
 * Copy that speaks of a state the reader never told the shop about, whatever the audience: shame
 * and secrecy, hardship, loss, a transition. To an audience chosen by behaviour (even one no rule
 * could place) these are the inference said out loud; to everyone they are not sent as such.
 */
export const KNOWING_STATE: Lexicon = {
  en: ['discreet*', 'plain packaging', 'unmarked packaging', 'nobody has to know', 'nobody needs to know', 'no one has to know', 'no one needs to know', 'nobody will know', 'no judgement', 'no judgment', 'between us', 'going through', 'tough time*', 'difficult time*', 'hard time*', 'times like these', 'you are not alone', "you're not alone", 'your situation', 'make ends meet', 'money is tight', 'money tight', 'tight month', 'before payday', 'till payday', 'until payday', 'life can change', "we're here if you need us", 'we are here if you need us', 'here for you', 'so sorry', 'true self', 'be who you are', 'who you really are', 'your body is changing', 'your body changes', 'stay confident', 'pop the question', 'big arrival', 'your bump', 'missing parts of'],
  de: ['diskret*', 'neutrale verpackung', 'niemand muss es wissen', 'schwere zeit*', 'schwierige zeit*', 'du bist nicht allein', 'sie sind nicht allein', 'ihre situation', 'deine situation', 'knapp bei kasse', 'vor dem zahltag', 'es tut uns leid', 'wir sind fuer sie da', 'wir sind fuer dich da', 'sei du selbst', 'wer du wirklich bist', 'ihr koerper veraendert sich', 'dein koerper veraendert sich', 'in dieser lebensphase'],
  fr: ['discret*', 'discrete*', 'emballage neutre', 'personne n\'a besoin de savoir', 'periode difficile', 'moments difficiles', 'vous n\'etes pas seul*', 'tu n\'es pas seul*', 'votre situation', 'fins de mois', 'fin de mois difficile', 'avant la paie', 'nous sommes desoles', 'nous sommes la pour vous', 'qui vous etes vraiment', 'votre corps change', 'ton corps change', 'a ce stade de la vie'],
  es: ['discre*', 'envase neutro', 'nadie tiene que saberlo', 'momento* dificil*', 'tiempos dificiles', 'no estas sol*', 'no esta sol*', 'tu situacion', 'su situacion', 'llegar a fin de mes', 'antes del dia de cobro', 'sentimos mucho', 'lo ocurrido', 'estamos aqui para ti', 'quien eres de verdad', 'tu cuerpo cambia', 'en esta etapa de la vida'],
  it: ['discre*', 'confezione anonima', 'nessuno deve saperlo', 'periodo difficile', 'periodo buio', 'non sei sol*', 'la tua situazione', 'fine mese', 'ci dispiace', 'siamo qui per te', 'chi sei davvero', 'il tuo corpo cambia', 'questa fase della vita'],
  nl: ['discre*', 'neutrale verpakking', 'niemand hoeft het te weten', 'moeilijke tijd*', 'je staat er niet alleen voor', 'u staat er niet alleen voor', 'jouw situatie', 'uw situatie', 'het spijt ons', 'we zijn er voor je', 'wie je echt bent', 'je lichaam verandert', 'deze levensfase'],
  pt: ['discre*', 'embalagem neutra', 'ninguem precisa de saber', 'momento* dificil*', 'nao estas sozinh*', 'estamos contigo', 'a tua situacao', 'a sua situacao', 'lamentamos', 'quem realmente es', 'o teu corpo esta a mudar', 'esta fase da vida', 'recomecar'],
  sv: ['diskret*', 'neutral förpackning', 'ingen behöver veta', 'tuff tid', 'svår tid', 'du är inte ensam', 'din situation', 'innan lönen', 'vi beklagar', 'vi finns här för dig', 'den du verkligen är', 'din kropp förändras'],
  pl: ['dyskret*', 'neutralne opakowanie', 'nikt nie musi wiedziec', 'trudny czas', 'ciezki miesiac', 'nie jestes sam*', 'twoja sytuacja', 'przykro nam', 'jestesmy z toba', 'kim naprawde jestes', 'twoje cialo sie zmienia', 'ten etap zycia'],
};

/** Pressure: countdowns, false scarcity, bonuses that expire. */
export const PRESSURE_ANY: Lexicon = {
  en: ['countdown', 'timer', 'hurry', 'last chance', 'ends tonight', 'ends today', 'today only', 'tonight only', 'expires', 'expiring', 'only a few left', 'almost gone', 'selling fast', 'before midnight', 'limited time', 're:(?<![\\p{L}])(?:only |just )?\\d+ (?:hours?|hrs?|minutes?|mins?) (?:left|to go|remaining|only)', 're:(?<![\\p{L}])(?:in|within) (?:the next )?\\d+ (?:hours?|minutes?)', 'bonus', 'extra spins', 'free bet*', 'free spins', 'deposit match*', 'don\'t miss', 'do not miss'],
  de: ['countdown', 'beeil*', 'letzte chance', 'nur heute', 'endet heute', 'heute nacht', 'laeuft ab', 'fast ausverkauft', 're:(?<![\\p{L}])nur noch \\d+ (?:stunden|minuten)', 'bonus', 'gratiswette*', 'freispiele'],
  fr: ['compte a rebours', 'depechez', 'derniere chance', 'aujourd\'hui seulement', 'se termine ce soir', 'expire', 'presque epuise', 're:(?<![\\p{L}])plus que \\d+ (?:heures|minutes)', 'bonus', 'pari gratuit', 'tours gratuits'],
  es: ['cuenta atras', 'date prisa', 'ultima oportunidad', 'solo hoy', 'termina esta noche', 'caduca', 'expira', 'casi agotado', 're:(?<![\\p{L}])(?:solo )?quedan \\d+ (?:horas|minutos)', 'bono', 'apuesta gratis', 'giros gratis'],
  it: ['ultima occasione', 'solo oggi', 'scade', 'bonus', 'conto alla rovescia'], nl: ['laatste kans', 'alleen vandaag', 'verloopt', 'bonus', 'aftellen'], pt: ['ultima oportunidade', 'so hoje', 'expira', 'bonus', 'contagem regressiva'], pl: ['ostatnia szansa', 'tylko dzis', 'wygasa', 'bonus', 'odliczanie'], sv: ['sista chansen', 'bara idag', 'går ut', 'löper ut', 'bonus', 'nedräkning', 'freespins', 'gratissnurr'],
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
  en: ['raise*', 'raising', 'increase* the price', 'price increase*', 'higher price*', 'charge more', 'surcharge*', 'premium pricing', 'full price', 'no discount', 'without discount', 'shop around', 'compare prices', 'price-insensitive', 'less price-sensitive', 'price sensitive', 'price-sensitive', "won't notice", 'will not notice', 're:\\+ ?\\d+ ?%', 're:\\+ ?[£€$] ?\\d', 're:\\+ ?\\d+(?:[.,]\\d+)? ?(?:[£€$]|eur|gbp|usd|zl)(?![\\p{L}])', 're:(?<![\\p{L}])(?:up|more) by \\d+ ?%'],
  de: ['preiserhoehung*', 'preise erhoehen', 'erhoeht*', 'aufschlag', 'aufpreis', 'vollpreis', 'ohne rabatt', 'vergleich*', 'preisunempfindlich*'],
  fr: ['hausse', 'augment* le* prix', 'majoration', 'majore*', 'prix plein', 'sans remise', 'compar*', 'peu sensibles au prix'],
  es: ['subida de precio*', 'subir el precio', 'aumento de precio*', 'recargo', 'precio completo', 'sin descuento', 'compar*', 'poco sensibles al precio'],
  it: ['aumento di prezzo', 'rincar*', 'sovrapprezzo', 'maggiorazione', 'prezzo pieno', 'senza sconto'], nl: ['prijsverhoging*', 'toeslag', 'duurder', 'volle prijs', 'zonder korting'], pt: ['aumento de preco*', 'sobretaxa', 'preco cheio', 'sem desconto', 'mais caro'], pl: ['podwyzk*', 'doplat*', 'drozej', 'pelna cena', 'bez rabatu'], sv: ['prishöjning*', 'höjs', 'höjt pris', 'höjda priser', 'tillägg', 'pristillägg', 'dyrare', 'fullpris', 'utan rabatt', 'jämför* priser'],
};

/** A small group picked by hand or by name: even a club's members are then recognisable. */
export const NAMED_GROUP: Lexicon = {
  en: ['by name', 'named', 'hand-picked', 'handpicked', 'hand picked', 'personally selected', 'personally invited', 'regulars', 'our list of', 'a list of', 're:(?<![\\p{L}])(?:the )?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:regulars|customers|members|people|neighbours|residents|families)(?![\\p{L}])', 'residents of', 'who live on', 'same street', 'same building'],
  de: ['namentlich', 'handverlesen*', 'persoenlich ausgewaehlt*', 'persoenlich eingeladen*', 'stammgaeste', 'bewohner der', 'im selben haus'],
  fr: ['nommement', 'par leur nom', 'trie* sur le volet', 'selectionne* a la main', 'personnellement invite*', 'habitues', 'habitants de la rue', 'meme immeuble'],
  es: ['por su nombre', 'con nombre', 'seleccionad* a mano', 'escogid* a dedo', 'invitad* personalmente', 'habituales', 'vecinos de la calle', 'mismo edificio'],
};
