/**
 * Different prices or exclusion by protected attributes or by their proxies. Choosing an
 * audience by postcode to announce a new store is fine; charging a postcode more is not.
 */
import type { Lexicon } from '../lexicon.js';

export const PROTECTED_ATTRIBUTES: Lexicon = {
  en: ['women', 'men', 'female*', 'male', 'males', 'gender', 'sex', 'ladies', 'nationality', 'foreigners', 'immigrant*', 'ethnic*', 'religion', 'religious', 'muslim*', 'jewish', 'christians', 'disabled people', 'disabled customers', 'disability', 'wheelchair users', 'gay', 'lesbian*', 'pregnant', 'age group', 'older customers', 'young people'],
  de: ['frauen', 'maenner', 'weiblich*', 'maennlich*', 'geschlecht', 'nationalitaet', 'auslaender*', 'ethnisch*', 'herkunft', 'religion', 'muslim*', 'behindert*', 'rollstuhlfahrer*', 'schwanger*', 'altersgruppe'],
  fr: ['femmes', 'hommes', 'feminin*', 'masculin*', 'sexe', 'genre', 'nationalite', 'etrangers', 'ethni*', 'origine', 'religion', 'musulman*', 'handicap*', 'enceinte*', "tranche d'age"],
  es: ['mujeres', 'hombres', 'femenin*', 'masculin*', 'sexo', 'genero', 'nacionalidad', 'extranjeros', 'etni*', 'origen', 'religion', 'musulman*', 'discapacitad*', 'embarazad*', 'franja de edad'],
  it: ['donne', 'uomini', 'femminil*', 'maschil*', 'sesso', 'genere', 'nazionalita', 'stranieri', 'etni*', 'religione', 'musulman*', 'disabil*', 'incinte', 'fascia di eta'],
  nl: ['vrouwen', 'mannen', 'vrouwelijk*', 'mannelijk*', 'geslacht', 'nationaliteit', 'buitenlanders', 'etnisch*', 'afkomst', 'religie', 'moslim*', 'gehandicapt*', 'zwanger*', 'leeftijdsgroep'],
  pt: ['mulheres', 'homens', 'feminin*', 'masculin*', 'sexo', 'genero', 'nacionalidade', 'estrangeiros', 'etni*', 'origem', 'religiao', 'muculman*', 'deficien*', 'gravidas', 'faixa etaria'],
  pl: ['kobiety', 'kobiet', 'mezczyzni', 'mezczyzn', 'plec', 'plci', 'narodowosc', 'obcokrajowcy', 'cudzoziemcy', 'etniczn*', 'pochodzenie', 'religia', 'muzulman*', 'niepelnosprawn*', 'w ciazy', 'grupa wiekowa'],
  sv: ['kvinnor', 'män', 'kvinnlig*', 'manlig*', 'kön', 'nationalitet', 'utlänningar', 'etnisk*', 'ursprung', 'religion', 'muslim*', 'funktionsnedsättning*', 'funktionshindrade', 'gravida', 'åldersgrupp'],
};

/** Stand-ins that track protected attributes closely enough to discriminate by. */
export const PROXIES: Lexicon = {
  en: ['postcode*', 'post code*', 'postal code*', 'zip code*', 'zip', 'neighbourhood*', 'neighborhood*', 'district*', 'estate*', 'surname*', 'last name*', 'first name*', 'family name*', 'name origin', 'language preference', 'native language'],
  de: ['postleitzahl*', 'plz', 'stadtteil*', 'wohnviertel', 'nachname*', 'vorname*', 'familienname*', 'muttersprache'],
  fr: ['code* postal*', 'quartier*', 'nom de famille', 'noms de famille', 'prenom*', 'langue maternelle'],
  es: ['codigo* postal*', 'barrio*', 'apellido*', 'nombre de pila', 'lengua materna'],
};

/** Adverse treatment: worse prices, less discount, or being left out. */
export const ADVERSE_TREATMENT: Lexicon = {
  en: ['higher price*', 'raise the price', 'raise prices', 'charge more', 'charged more', 'surcharge*', 'mark-up', 'markup', 'pay more', 'more expensive', 'price premium', 'exclude', 'excluded', 'excluding', 'exclusion', 'not eligible', 'ineligible', "don't show", 'do not show', 'never show', 'hide the offer', 'hide this offer', 'deny', 'refuse', 'blacklist*', 'no discount', 'smaller discount', 'lower discount', 'withhold', 'costs double', 'cost double', 'pay double', 'double the price', 'costs more', 'cost more', 'extra charge*', 'extra fee*', 'higher fee*', 're:(?<![\\p{L}])(?:price|prices|preis|preise|prix|precio|precios|prezzo|prezzi|prijs|prijzen|preco|precos|cena|ceny|pris|priser|tarif|tariff|tarifa|tariffa|listino)[\\p{L} ]{0,12}\\+ ?\\d+(?:[.,]\\d+)? ?%', 're:\\+ ?\\d+(?:[.,]\\d+)? ?% (?:on the price|auf den preis|sur le prix|sobre el precio|sul prezzo|op de prijs|no preco|do ceny|pa priset)', 're:(?<![\\p{L}])higher [\\p{L} ]{0,20}(?:price|fee|cost|charge)s?(?![\\p{L}])'],
  de: ['hoehere* preis*', 'preise erhoehen', 'mehr verlangen', 'aufpreis', 'zuschlag', 'teurer', 'ausschliessen', 'ausgeschlossen', 'nicht berechtigt', 'nicht anzeigen', 'nicht anbieten', 'verweigern', 'kein rabatt', 'keinen rabatt', 'geringerer rabatt', 'sperrliste', 'doppelter preis', 'kostet mehr', 'kosten mehr', 'extragebuehr*', 're:(?<![\\p{L}])hoehere[nr]? [\\p{L} ]{0,20}(?:preis|gebuehr|kosten)'],
  fr: ['prix plus eleve*', 'augmenter les prix', 'faire payer plus', 'majoration', 'supplement', 'plus cher', 'exclure', 'exclus', 'exclues', 'non eligible*', 'ne pas afficher', 'ne pas proposer', 'refuser', 'pas de remise', 'remise reduite', 'liste noire', 'coute plus', 'coutent plus', 'prix double', 'frais supplementaires', 're:(?<![\\p{L}])(?:prix|frais|tarif)s?[\\p{L}\' ]{0,25} plus eleve'],
  it: ['prezzo piu alto', 'prezzi piu alti', 'piu caro', 'piu cari', 'sovrapprezzo', 'maggiorazione', 'esclus*', 'non idone*', 'senza sconto', 'costa di piu'],
  nl: ['hogere prijs', 'hogere prijzen', 'duurder', 'toeslag', 'uitgesloten', 'uitsluiten', 'niet in aanmerking', 'zonder korting', 'kost meer'],
  pt: ['preco mais alto', 'precos mais altos', 'mais caro', 'sobretaxa', 'excluid*', 'excluir', 'nao elegive*', 'sem desconto', 'custa mais'],
  pl: ['wyzsza cena', 'wyzsze ceny', 'drozej', 'drozsz*', 'doplat*', 'wykluczen*', 'wykluczyc', 'bez rabatu', 'kosztuje wiecej'],
  sv: ['högre pris', 'högre priser', 'dyrare', 'pristillägg', 'utesluten', 'uteslutna', 'utesluta', 'utan rabatt', 'kostar mer'],
  es: ['precio* mas alto*', 'subir los precios', 'cobrar mas', 'recargo', 'mas caro', 'excluir', 'excluidos', 'excluidas', 'no elegible*', 'no mostrar', 'no ofrecer', 'denegar', 'rechazar', 'sin descuento', 'descuento menor', 'lista negra', 'cuesta mas', 'cuestan mas', 'precio doble', 'cargo extra', 're:(?<![\\p{L}])(?:precio|tarifa|coste|costo)s?[\\p{L} ]{0,25} mas alt[oa]s?'],
};

/** Choosing people by their name is choosing them by origin more often than not. */
export const NAME_PROXIES: Lexicon = {
  en: ['surname*', 'last name*', 'family name*', 'first name*'],
  de: ['nachname*', 'familienname*', 'vorname*'],
  fr: ['nom de famille', 'noms de famille', 'prenom*'],
  es: ['apellido*', 'nombre de pila'],
};
