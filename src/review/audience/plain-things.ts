/**
 * Things whose names carry a sensitive word but say nothing about the person (eleventh to fifteenth
 * rounds): a pet's "senior" food, barware and drink-named vinegars, produce and a cheese named "baby",
 * diet drinks, the customer's own birthday month. conditions.ts drops the sensitive hit such a name
 * alone makes, and reads the name as a plain product.
 */

/** A pet or its food: "senior" there is the animal's age. */
export const PET = /(?<![\p{L}])(?:dogs?|cats?|pets?|puppy|kitten|hund\p{L}*|katze\p{L}*|haustier\p{L}*|chiens?|chats?|croquettes|perros?|gatos?|mascotas?|pienso|cane|cani|gatt[oi]|croccantini|hond\p{L}*|kat|katten|kattenvoer|caes|cao|racao|psa|psow|kot\p{L}*|katt\p{L}*|koira\p{L}*|kissa\p{L}*|kocka|kocky|pes|psi|\p{L}*foder|\p{L}*futter|\p{L}*voer|dyrefoder|dyremat)(?![\p{L}])/u;
/** Barware and kit for drinks: the drink names the accessory, not what was drunk. */
export const BARWARE = /(?<![\p{L}])(?:aceto di vino|wine vinegar|weinessig|vinaigre de vin|vinagre de vino|wijnazijn|cocktail|wine|beer|gin|whisk(?:e)?y|champagne|prosecco|wein|bier|vin|vino|vini|cerveza|wijn|oel|vinho|piwo|piwa|viini|olut)[ -]?(?:glass(?:es|ware)?|glaeser|glas|glazen|verres?|copas?|calici|bicchieri|kieliszki|lasit|shakers?|racks?|regale?|rekken|coolers?|kuehler|openers?|oeffner|tire-bouchons?|decanters?|karaffen?|fridges?|kuehlschraenke?|cabinets?|making kits?|brewing kits?|sets? de verres|accessories|accessoires|zubehoer|accesorios|accessori|stoppers?)(?![\p{L}])|(?<![\p{L}])(?:aceto di vino|wine vinegar|weinessig|vinaigre de vin|vinagre de vino|wijnazijn)(?![\p{L}])|(?<![\p{L}])(?:jarras?|copas?|vasos?|bicchieri|calici|verres?|glaeser|glazen|kieliszki|copos|canecas?) (?:de |da |di |a |à |voor )?(?:cerveza|vino|vin|birra|bier|wijn|wina|piwa|cerveja|vinho)(?![\p{L}])/gu;
/** Vegetables and a cheese named "baby" ("baby spinach", "babyleaf", "cenoura bebé", "Babybel"): produce, not babies. */
export const BABY_PRODUCE = /(?<![\p{L}])(?:baby[ -]?(?:spinach|leaf|leaves|carrots?|potatoes|corn|gem|plum tomatoes|tomatoes|kale|courgettes?|beetroot|beets|spinat|salat|salad|salade|bel|blattsalat|leaf salat)|babyleaf\p{L}*|babyspinat|babybel|cenouras? bebe|(?:cenouras?|milho|brambory|zanahorias?|maiz|patatas|carote|mais|potatoes|aardappelen|kartofler|poteter|ziemniaki) '?baby|zanahorias? baby|carote baby|pommes de terre grenaille|diet (?:coke|pepsi|cola|lemonade|soda)|coke zero|coca-cola (?:light|zero)|pepsi max)(?![\p{L}])/gu;
/** The customer's own birthday or birth month ("birth_month = 5"): a loyalty perk, not a birth. */
export const BIRTHDAY = /(?<![\p{L}])(?:birth[_ ]?(?:month|day|date)|birthday[_ ]?month|date of birth|dob|geburts(?:datum|tag|monat)|date de naissance|fecha de nacimiento|data di nascita|geboortedatum|data de nascimento|data urodzenia|foedelsedag|foedelsedatum|foedselsdag|fodselsdag)(?![\p{L}])/gu;
/** The condition with a pet's "senior" and barware read as plain things ("senior dog food", "cocktail shakers"), for the ordinary-product reading. */
export const plainThings = (text: string): string => (PET.test(text) ? text.replace(/senior\p{L}*|aeldre|older/gu, 'pet') : text).replace(BARWARE, 'barware').replace(BABY_PRODUCE, 'produce');
