/**
 * Ordinary product categories: what a segment built on "customers who bought garden products" or
 * "Kund:innen, die Gartenmöbel gekauft haben" names. Buying from these says nothing sensitive about
 * a person, so a segment on them (with copy that makes no claim about the reader) is one the review
 * understands. An allow-list in nine languages, matched as word stems so plurals and compounds
 * ("Gartenmöbel", "laufschuhe") count: a category missing here costs a committee look, never a
 * wrong approval. Nothing near a sensitive category is here (no clothing sizes, baby, health,
 * beauty, alcohol, games, jewellery or bedding: a sensitive hit anywhere in the condition wins).
 */
const STEMS = [
  // garden, plants, outdoor
  'garden', 'garten', 'jardin', 'giardin', 'tuin', 'jardim', 'ogrod', 'tradgard', 'plant', 'pflanz', 'piant', 'rosli', 'vaxt', 'seed', 'bulb', 'samen', 'graine', 'semill', 'sement', 'nasion', 'zaden', 'bloembol', 'lawn', 'mower', 'maeher', 'tondeuse', 'cortacesped', 'tosaerba', 'grasmaaier', 'cortador', 'kosiark', 'grasklippare', 'rasen', 'gazon', 'cesped', 'prato', 'grass', 'patio', 'terrass', 'bbq', 'barbecue', 'grill', 'outdoor', 'camping', 'hiking', 'wander', 'randonn', 'senderis', 'escursion',
  // furniture, home, kitchen
  'furnitur', 'moebel', 'meuble', 'mueble', 'mobili', 'meubel', 'movei', 'mebl', 'mobler', 'sofa', 'canape', 'divan', 'kitchen', 'kueche', 'kuech', 'cuisine', 'cocina', 'cucina', 'keuken', 'cozinha', 'kuchn', 'kok', 'cookware', 'kochgeschirr', 'pans', 'pfanne', 'toepfe', 'casserol', 'sarten', 'pentol', 'pannen', 'panela', 'garnk', 'kastrull', 'lamp', 'lighting', 'leuchte', 'luminaire', 'iluminac', 'illuminaz', 'verlichting', 'oswietl', 'belysning', 'candle', 'kerze', 'bougie', 'vela', 'candel', 'kaars', 'swiec', 'decor', 'deko', 'woonaccessoire', 'homeware', 'wohnaccessoire', 'storage', 'aufbewahrung', 'rangement', 'almacenaj',
  // coffee, tea, food basics
  'coffee', 'kaffee', 'cafe', 'caffe', 'koffie', 'kawa', 'kaffe', 'espresso', 'capsule', 'kapsel', 'capsul', 'bean', 'bohne', 'tea', 'tee', 'herbat', 'chocolat', 'schokolad', 'pasta', 'olive', 'oliv', 'cheese', 'kaese', 'fromage', 'queso', 'formagg', 'kaas', 'queijo', 'bread', 'brot', 'bakery', 'baeckerei', 'pane', 'brood',
  // books, music, media, stationery
  'book', 'buch', 'buech', 'livre', 'libro', 'libri', 'boek', 'livro', 'ksiazk', 'bocker', 'novel', 'roman', 'fiction', 'thriller', 'crime', 'krimi', 'polar', 'giall', 'poesi', 'poetry', 'cookbook', 'kochbuch', 'comic', 'manga', 'bande', 'dessinee', 'vinyl', 'vinyle', 'vinilo', 'vinile', 'schallplatt', 'record', 'music', 'musik', 'musique', 'musica', 'muziek', 'muzyk', 'stationer', 'schreibwar', 'papeteri', 'papeleri', 'cancelleri', 'kantoorartikel', 'papelari', 'notebook', 'notizbuch', 'carnet', 'cuaderno', 'quaderno', 'pen', 'stift', 'stylo', 'boligraf', 'penna', 'pennen', 'caneta', 'dlugopis', 'puzzle', 'puzzel', 'boardgame', 'brettspiel', 'bordspel',
  // shoes, outerwear, sport
  'shoe', 'schuh', 'chaussur', 'zapat', 'scarp', 'schoen', 'sapat', 'buty', 'butow', 'skor', 'sneaker', 'trainer', 'boot', 'stiefel', 'botte', 'bota', 'stival', 'laars', 'laarz', 'sandal', 'jacket', 'jacke', 'veste', 'chaquet', 'giacc', 'jas', 'jass', 'casaco', 'kurtk', 'jacka', 'coat', 'mantel', 'manteau', 'abrigo', 'cappott', 'rain', 'regen', 'pluie', 'lluvia', 'pioggia', 'running', 'lauf', 'course', 'correr', 'corsa', 'hardloop', 'corrida', 'biegan', 'lopning', 'sport', 'football', 'fussball', 'futbol', 'calcio', 'voetbal', 'futebol', 'pilk', 'tennis', 'tenis', 'golf', 'yoga', 'fitness', 'bike', 'bicycl', 'cycling', 'fahrrad', 'rad', 'velo', 'bicicl', 'fiets', 'rower', 'cykel', 'ski', 'swim', 'schwimm', 'natation', 'natacion', 'nuoto', 'zwem', 'natac', 'plywa', 'sock', 'socke', 'chaussette', 'calcetin', 'calz', 'sok', 'meia', 'skarpet', 'strump', 'umbrella', 'regenschirm', 'parapluie', 'paraguas', 'ombrell', 'paraplu', 'guarda-chuva', 'parasol', 'backpack', 'rucksack', 'sac a dos', 'mochila', 'zaino', 'rugzak', 'plecak', 'ryggsack', 'luggage', 'suitcase', 'koffer', 'valise', 'maleta', 'valigi', 'walizk', 'resvask',
  // tools, DIY, car, pets, electronics
  'tool', 'werkzeug', 'outil', 'herramient', 'attrezz', 'utensil', 'gereedschap', 'ferrament', 'narzedz', 'verktyg', 'drill', 'bohr', 'perceus', 'taladr', 'trapan', 'boor', 'paint', 'farbe', 'peintur', 'pintur', 'vernic', 'verf', 'tinta', 'farb', 'diy', 'heimwerk', 'bricol', 'bricolag', 'klus', 'majsterk', 'tyre', 'tire', 'reifen', 'pneu', 'neumatic', 'band', 'opon', 'dack', 'car', 'auto', 'voiture', 'coche', 'macchin', 'carro', 'samoch', 'bil', 'dog', 'hund', 'chien', 'perro', 'cane', 'hond', 'cao', 'pies', 'psa', 'cat', 'katze', 'chat', 'gato', 'gatt', 'kat', 'kot', 'pet', 'haustier', 'animaux', 'mascota', 'animali', 'huisdier', 'zwierz', 'husdjur', 'aquari', 'bird', 'vogel', 'oiseau', 'pajaro', 'uccell',
  'stand', 'materiel', 'material', 'materiale', 'materiaal', 'gear', 'ausruestung', 'equipement', 'equipo', 'attrezzatura', 'uitrusting', 'equipamento', 'sprzet', 'utrustning', 'articles', 'articoli', 'articulos', 'artikelen', 'artigos', 'artykuly', 'artiklar', 'padel', 'pala', 'palas', 'pesca', 'fishing', 'angel', 'peche', 'vissen', 'hengel', 'wedkar', 'fiske', 'tent', 'tents', 'zelt', 'tente', 'tenda', 'tenten', 'namiot', 'talt', 'schlafsack', 'slaapzak', 'spiwor', 'sovsack', 'culinar', 'culinair', 'food', 'futter', 'croquette', 'pienso', 'crocchett', 'brokjes', 'voer', 'racao', 'karma', 'mixer', 'kuechenmaschine', 'batidora', 'impastatric', 'keukenmachine', 'batedeira', 'mikser', 'koksmaskin', 'kuchar', 'kochbuch', 'recipe', 'rezept', 'recette', 'receta', 'ricett', 'recept', 'receita', 'przepis',
  'machine', 'maschine', 'appliance', 'haushaltsgeraet', 'kuechengeraet', 'electromenager', 'electrodomestic', 'elettrodomestic', 'huishoudapparat', 'eletrodomestic', 'agd', 'vitvaror',
  'sleeping bag', 'sac de couchage', 'saco de dormir', 'sacco a pelo',
  'laptop', 'computer', 'ordinateur', 'ordenador', 'notebook', 'tablet', 'tablette', 'printer', 'drucker', 'imprimant', 'impresora', 'stampant', 'drukarka', 'skrivare', 'ink', 'toner', 'camera', 'kamera', 'appareil photo', 'fotocamer', 'headphone', 'kopfhoerer', 'casque', 'auricular', 'cuffi', 'koptelefoon', 'speaker', 'lautsprecher', 'enceinte', 'altavoz', 'cassa', 'luidspreker', 'tv', 'television', 'fernseh', 'televis', 'smartphone', 'phone case', 'handyhuelle', 'coque', 'funda', 'cover', 'charger', 'ladegeraet', 'chargeur', 'cargador', 'caricabatter', 'oplader', 'carregador', 'ladowark', 'laddare', 'cable', 'kabel', 'cavo', 'electronic', 'elektronik', 'electroniq', 'electronic', 'elettronic', 'elektroni', 'eletronic', 'console',
  // seventh round: departments and brands as qualifiers, more everyday goods (cheese counter, puzzles, model railways, power tools, baking, blenders, home gym, plant pots)
  'rayon', 'abteilung', 'afdeling', 'reparto', 'seccion', 'secao', 'dzial', 'avdelning', 'department', 'dept', 'brand', 'brands', 'marke', 'marken', 'marque', 'marques', 'marca', 'marcas', 'merk', 'merken', 'marki', 'varumarke',
  'fromag', 'coupe', 'puzle', 'piezas', 'pieces', 'teile', 'pezzi', 'stukjes', 'pecas', 'elementow', 'bitar', 'polici', 'policiers', 'titre', 'titel', 'titulo', 'titolo', 'tytul', 'titlar',
  'modelleisenbahn', 'eisenbahn', 'modelbouw', 'modelismo', 'modellismo', 'modelarst', 'spur', 'h0', 'model railway', 'smartfon', 'telefon', 'telephone', 'telefono', 'telefoon', 'telemovel', 'telefone', 'mobile phone',
  'superautomatic', 'barista', 'cafetera', 'cafetiere', 'kaffeemaschine', 'koffiezetapparaat', 'ekspres', 'kaffebryggare', 'calzatur', 'bici', 'accessor', 'zubehoer', 'accesori', 'acessori', 'akcesori', 'tillbehor', 'ciclis', 'cyclis', 'wielren', 'kolarst',
  'terricci', 'potting', 'compost', 'blumenerde', 'terreau', 'sustrato', 'potgrond', 'substrat', 'doniczk', 'vasi', 'vaso', 'vasos', 'pots', 'maceta', 'fioriera', 'bloempot', 'kruka', 'krukor',
  'elektrisch', 'electric', 'electrique', 'electrico', 'elettric', 'eletric', 'elektryczn', 'elektrisk', 'accu', 'akku', 'boren', 'schuur', 'schleif', 'ponceuse', 'lijadora', 'levigatric', 'szlifier', 'slipmaskin',
  'bakvar', 'baking', 'backzutat', 'backen', 'backform', 'patisserie', 'reposteria', 'pasticceria', 'bakken', 'pastelaria', 'mjol', 'mjoel', 'mehl', 'farine', 'harina', 'farina', 'meel', 'farinha', 'jaest', 'yeast', 'hefe', 'levure', 'levadura', 'lievito', 'pepparkak', 'pepparkaksform',
  'blender', 'juicer', 'entsafter', 'mixeur', 'licuadora', 'frullator', 'sapcentrifuge', 'liquidificador', 'sokowirowk', 'juicepress', 'dumbbell', 'hantel', 'haltere', 'mancuern', 'manubri', 'halter', 'hantl', 'resistance', 'widerstand', 'weerstand', 'mat', 'mats', 'matte', 'tapis', 'esterilla', 'tappetino', 'mata', 'matta',
  'karm', 'kot', 'kotow', 'aquari', 'fishkeeping', 'ustensil', 'skid', 'utrustning', 'board game', 'strategy', 'strategie', 'estrategia', 'strategia', 'rodillo', 'roller', 'rouleau', 'rullo', 'roller', 'werkzeug', 'plattform', 'platform', 'e-bike', 'ebike', 'walking', 'ziemi', 'ziemie', 'lens', 'lenses', 'linsen', 'lentilles', 'lentillas', 'lenti', 'lenzen', 'lentes', 'soczewk', 'linser', 'knitwear', 'strick', 'tricot', 'wardrobe',
  'litter', 'katzenstreu', 'streu', 'litiere', 'lettiera', 'kattenbak', 'kattenbakvulling', 'zwirek', 'kattsand', 'mountain', 'montana', 'montagne', 'montagna', 'berg', 'bergsport', 'montanha', 'gorsk', 'fjall', 'trekking', 'trail', 'katt', 'foder', 'kattmat', 'hundmat', 'kryminal', 'donna', 'uomo', 'damen', 'herren', 'femme', 'homme', 'mujer', 'hombre', 'dames', 'heren', 'mulher', 'homem', 'damsk', 'mesk', 'dam', 'herr', 'women', 'womens', 'men', 'mens', 'ladies', 'gents',
  'interieur', 'interior', 'interno', 'interni', 'stickor', 'sticka', 'stricknadel', 'aiguilles', 'agujas', 'ferri', 'breinaald', 'agulhas', 'druty',
  // crafts, gifts, stationery-adjacent
  'yarn', 'wool', 'wolle', 'laine', 'lana', 'garen', 'wol', 'wloczk', 'garn', 'knitting', 'strick', 'tricot', 'punto', 'maglia', 'breien', 'trico', 'craft', 'bastel', 'loisirs creatifs', 'manualidad', 'hobby', 'fabric', 'stoff', 'tissu', 'tela', 'tessut', 'stof', 'tecido', 'tkanin', 'tyg', 'sewing', 'naeh', 'couture', 'costura', 'cucito', 'naai', 'szyc', 'sy', 'art supplies', 'kuenstlerbedarf', 'beaux-arts', 'bellas artes', 'belle arti', 'tekenartikel', 'gift card', 'geschenkkarte', 'gutschein', 'carte cadeau', 'tarjeta regalo', 'carta regalo', 'cadeaukaart', 'cartao presente', 'karta podarunkowa', 'presentkort',
];

const LONG = STEMS.filter((s) => s.length >= 4 && !s.includes(' '));
const SHORT = new Set([...STEMS.filter((s) => s.length < 4), ...STEMS.filter((s) => s.includes(' ')).map((s) => s.replace(/ /g, '-'))]);
const PHRASES = STEMS.filter((s) => s.includes(' '));

/** Whether a (normalised) word names an ordinary product category: a stem of four letters or more at its start or end ("gartenmoebel", "laufschuhe"), or a short word exactly. */
export function ordinaryWord(word: string): boolean {
  if (SHORT.has(word)) return true;
  if (word.length < 4) return false;
  return LONG.some((s) => word.startsWith(s) || (s.length >= 5 && word.endsWith(s)) || (s.length >= 5 && word.endsWith(`${s}s`)) || (s.length >= 5 && word.endsWith(`${s}e`)) || (s.length >= 5 && word.endsWith(`${s}en`)));
}

/** The condition with ordinary multi-word categories ("appareil photo", "art supplies") joined into one word. */
export function joinOrdinaryPhrases(text: string): string {
  let out = text;
  for (const p of PHRASES) out = out.split(p).join(p.replace(/ /g, '-'));
  return out;
}

/** The condition without ordinary multi-word categories ("sleeping bag", "art supplies"), whose single words may look like something else ("sleeping"). */
export function withoutOrdinaryPhrases(text: string): string {
  let out = text;
  for (const p of PHRASES) out = out.split(p).join(' ');
  return out.replace(/\s+/g, ' ').trim();
}
