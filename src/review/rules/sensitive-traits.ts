/**
 * Special categories of personal data (GDPR art. 9 and their marketing cousins). `terms` name the
 * trait itself and count anywhere (audience, persona, or the copy addressed to the reader);
 * `proxies` are purchases or signals that reveal the trait and count only in how the audience
 * was chosen (audience, persona) — "our pharmacy is open late" said to everyone is fine.
 */
import type { Lexicon } from '../lexicon.js';

export interface SensitiveTrait {
  /** Suffix of the reason code: SENSITIVE_INFERENCE_<code>. */
  code: string;
  label: string;
  terms: Lexicon;
  proxies: Lexicon;
}

export const SENSITIVE_TRAITS: readonly SensitiveTrait[] = [
  {
    code: 'HEALTH',
    label: 'health or medical condition',
    terms: {
      en: ['diabet*', 'cancer', 'chemo*', 'oncology', 'hiv', 'depression', 'depressed', 'anxiety disorder*', 'mental health', 'mental illness', 'bipolar', 'schizophren*', 'adhd', 'dementia', 'alzheimer*', 'parkinson*', 'epilep*', 'asthma', 'arthritis', 'incontinence', 'erectile', 'viagra', 'herpes', 'chronic illness', 'chronic pain', 'medical condition*', 'diagnos*', 'medication', 'medications', 'antidepressant*', 'insulin', 'blood sugar', 'eating disorder*', 'anorexi*', 'bulimi*', 'obesity', 'obese', 'illness', 'disabled people', 'disabled customers', 'people with disabilities', 'disability', 'disabilities', 'disease*', 'coeliac*', 'celiac*', 'addiction*', 'alcoholi*', 'sober', 'sobriety', 'rehab'],
      de: ['diabet*', 'krebs', 'chemotherapie', 'depression*', 'depressiv*', 'angststoerung*', 'psychische erkrankung*', 'demenz', 'alzheimer', 'epilepsie', 'asthma', 'inkontinenz', 'erektionsstoerung*', 'potenzmittel', 'chronisch krank*', 'krankheit*', 'erkrankung*', 'behinderung*', 'behindert*', 'diagnose*', 'medikament*', 'insulin', 'blutzucker*', 'essstoerung*', 'fettleibig*', 'zöliakie', 'suchterkrank*', 'suchtkrank*', 'alkoholsucht', 'alkoholiker*', 'entzug'],
      fr: ['diabet*', 'cancer', 'chimio*', 'vih', 'sida', 'depression', 'depressif*', 'anxiete', 'sante mentale', 'maladie*', 'malade*', 'demence', 'alzheimer', 'epilep*', 'asthme', 'incontinence', 'dysfonction erectile', 'handicap*', 'diagnostic*', 'ordonnance*', 'medicament*', 'insuline', 'glycemie', 'obesite', 'trouble* alimentaire*', 'coeliaque*', 'addiction*', 'alcoolique*', 'sevrage'],
      es: ['diabet*', 'cancer', 'quimio*', 'vih', 'sida', 'depresion', 'depresiv*', 'ansiedad', 'salud mental', 'enfermedad*', 'enferm*', 'demencia', 'alzheimer', 'epilep*', 'asma', 'incontinencia', 'disfuncion erectil', 'discapacidad*', 'diagnostic*', 'receta medica', 'medicamento*', 'insulina', 'glucosa', 'obesidad', 'trastorno* alimentario*', 'celiac*', 'adiccion*', 'alcoholic*', 'desintoxicacion'],
    },
    proxies: {
      en: ['pharmacy', 'chemist purchases', 'prescription*', 'over-the-counter', 'otc medicine*', 'painkiller*', 'pain relief', 'sleeping pills', 'glucose strips', 'glucose test*', 'blood pressure monitor*', 'adult diapers', 'incontinence pads', 'condoms', 'hearing aid*', 'nicotine patches', 'nicotine gum', 'nicotine replacement', 'stop-smoking', 'quit smoking', 'antacid*', 'hospital', 'hospitals', 'hospitalised', 'hospitalized', 'clinic', 'clinics', 'hospice*'],
      de: ['apotheke*', 'rezeptpflichtig*', 'verschreibungspflichtig*', 'schmerzmittel', 'schlaftabletten', 'blutzuckerteststreifen', 'blutdruckmessgeraet*', 'inkontinenzeinlagen', 'kondome', 'hoergeraet*', 'nikotinkaugummi*', 'nikotinpflaster', 'krankenhaus*', 'klinik*', 'antidepressiva'],
      fr: ['pharmacie', 'parapharmacie', 'sur ordonnance', 'antidouleur*', 'somnifere*', 'bandelettes de glycemie', 'tensiometre*', 'protections pour incontinence', 'preservatifs', 'appareil* auditif*', 'substituts nicotiniques', 'patchs nicotiniques', 'hopital', 'hopitaux', 'clinique*', 'antidepresseur*'],
      es: ['farmacia', 'parafarmacia', 'con receta', 'analgesico*', 'somnifero*', 'tiras de glucosa', 'tensiometro*', 'panales para adultos', 'preservativos', 'audifono*', 'chicles de nicotina', 'parches de nicotina', 'hospitales', 'clinica*', 'antidepresivo*'],
    },
  },
  {
    code: 'PREGNANCY',
    label: 'pregnancy or fertility',
    terms: {
      en: ['pregnan*', 'expecting mother*', 'expectant', 'mum-to-be', 'mom-to-be', 'mums-to-be', 'moms-to-be', 'prenatal', 'antenatal', 'fertility', 'infertil*', 'ivf', 'trying to conceive', 'ovulation', 'miscarriage', 'expecting a baby', 'expecting a child', 'parents-to-be', 'parent-to-be', 'baby is due', 'maternity*', 'stretch-mark*', 'stretch mark*', 'nursing bra*', 'baby on the way', 'expectant parents', 'pregnancy-related'],
      de: ['schwanger*', 'werdende mutter', 'werdende muetter', 'geburtstermin', 'pränatal*', 'fruchtbarkeit*', 'kinderwunsch', 'unfruchtbar*', 'kuenstliche befruchtung', 'eisprung', 'fehlgeburt', 'umstandsmode'],
      fr: ['enceinte*', 'grossesse*', 'future maman', 'futures mamans', 'prenatal*', 'fertilite', 'infertilite', 'fiv', 'ovulation', 'fausse couche', 'accouchement', 'maternite'],
      es: ['embaraz*', 'futura mama', 'futuras mamas', 'prenatal*', 'fertilidad', 'infertilidad', 'fecundacion in vitro', 'ovulacion', 'aborto espontaneo', 'fecha de parto', 'premama'],
    },
    proxies: { en: ['maternity wear', 'maternity clothes'], de: [], fr: ['vetements de grossesse'], es: ['ropa premama'] },
  },
  {
    code: 'SEXUALITY',
    label: 'sexual orientation or gender identity',
    terms: {
      en: ['gay', 'gays', 'lesbian*', 'bisexual*', 'homosexual*', 'lgbt*', 'queer', 'transgender', 'trans women', 'trans men', 'non-binary', 'nonbinary', 'sexual orientation', 'gender identity', 'same-sex'],
      de: ['schwul*', 'lesbisch*', 'bisexuell*', 'homosexuell*', 'transgender', 'transsexuell*', 'sexuelle orientierung', 'geschlechtsidentitaet', 'nicht-binär*'],
      fr: ['lesbienne*', 'bisexuel*', 'homosexuel*', 'transgenre*', 'orientation sexuelle', 'identite de genre', 'non-binaire*'],
      es: ['lesbiana*', 'homosexual*', 'transgenero*', 'orientacion sexual', 'identidad de genero', 'no binari*'],
    },
    proxies: { en: ['gay dating', 'pride merchandise', 'gay bars'], de: ['csd-artikel'], fr: ['marche des fiertes'], es: ['orgullo gay'] },
  },
  {
    code: 'RELIGION',
    label: 'religion or belief',
    terms: {
      en: ['muslim*', 'christians', 'jewish', 'jews', 'hindus', 'sikh*', 'buddhist*', 'catholic*', 'protestant*', 'religio*', 'churchgoer*', 'church-goer*', 'atheist*', 'observant'],
      de: ['muslim*', 'christen', 'christlich*', 'juedisch*', 'juden', 'hinduist*', 'buddhist*', 'katholik*', 'katholisch*', 'evangelisch*', 'religio*', 'kirchgaenger*', 'glaeubig*'],
      fr: ['musulman*', 'chretien*', 'juif', 'juifs', 'juive*', 'hindou*', 'bouddhiste*', 'catholique*', 'protestant*', 'religi*', 'pratiquant*', 'croyant*'],
      es: ['musulman*', 'cristian*', 'judio*', 'judia*', 'hindu*', 'budista*', 'catolic*', 'protestante*', 'religi*', 'practicante*', 'creyente*'],
    },
    proxies: {
      en: ['halal', 'kosher', 'ramadan', 'eid', 'passover', 'hanukkah', 'diwali', 'prayer mat*', 'prayer beads', 'rosar*', 'mosque', 'synagogue', 'quran*', 'koran*', "qur'an*", 'bibles', 'torah', 'hijab*', 'kippah', 'yarmulke*'],
      de: ['koscher', 'koran*', 'gebetskette*', 'gebetsteppich*', 'rosenkra*', 'moschee', 'synagoge'],
      fr: ['casher', 'cacher', 'coran*', 'tapis de priere', 'chapelet*', 'mosquee'],
      es: ['coran*', 'alfombra de oracion', 'rosario*', 'mezquita', 'sinagoga'],
    },
  },
  {
    code: 'ETHNICITY',
    label: 'ethnicity, race or national origin',
    terms: {
      en: ['ethnic*', 'their race', 'by race', 'race or ethnicity', 'racial', 'black customers', 'white customers', 'hispanic*', 'latino*', 'latina*', 'asian customers', 'arab', 'arabs', 'roma people', 'roma community', 'gypsy', 'gypsies', 'immigrant*', 'migrant*', 'foreign-sounding', 'foreign sounding', 'nationality', 'country of origin', 'skin colour', 'skin color', 'minorities', 'minority'],
      de: ['ethnisch*', 'ethnie', 'migrationshintergrund', 'auslaender*', 'zuwanderer', 'einwanderer', 'hautfarbe', 'rasse', 'nationalitaet', 'staatsangehoerigkeit', 'tuerkischstaemmig*', 'sinti', 'minderheit*', 'auslaendischer herkunft', 'nichtdeutscher herkunft'],
      fr: ['ethni*', 'origine etrangere', 'immigre*', 'immigrant*', 'etrangers', 'couleur de peau', 'nationalite', 'maghrebin*', 'roms', 'minorite*'],
      es: ['etni*', 'origen extranjero', 'inmigrante*', 'extranjeros', 'color de piel', 'raza', 'nacionalidad', 'gitano*', 'minoria*'],
    },
    proxies: {
      en: ['re:[\\p{L}]+[ -]sounding (?:sur)?names?', 'names that sound', 'name origin', 'ethnic food*', 'ethnic aisle'],
      de: ['re:[\\p{L}]+ klingende[nr]? (?:nach)?namen', 'namensherkunft'],
      fr: ['re:noms? (?:de famille )?a consonance', 'origine du nom'],
      es: ['re:apellidos? de origen', 'origen del nombre'],
    },
  },
  {
    code: 'POLITICS',
    label: 'political opinions',
    terms: {
      en: ['political*', 'politics', 'voter*', 'left-wing', 'right-wing', 'party members', 'republican*', 'democrats', 'activist*', 'protesters', 'petition signers'],
      de: ['politisch*', 'waehler*', 'parteimitglied*', 'linksgerichtet*', 'rechtsgerichtet*', 'aktivist*', 'demonstrant*'],
      fr: ['opinion* politique*', 'politiquement', 'electeur*', 'electrice*', 'parti politique', 'militant*', 'de gauche', 'de droite', 'manifestant*', 'sympathisant*'],
      es: ['ideologia politica', 'afinidad politica', 'votante*', 'electores', 'partido politico', 'militante*', 'de izquierdas', 'de derechas', 'manifestante*', 'simpatizante*'],
    },
    proxies: { en: [], de: [], fr: [], es: [] },
  },
  {
    code: 'TRADE_UNION',
    label: 'trade-union membership',
    terms: {
      en: ['trade union*', 'union member*', 'labor union*', 'labour union*', 'unionised', 'unionized', 'union dues'],
      de: ['gewerkschaft*'],
      fr: ['syndicat*', 'syndique*', 'syndical*'],
      es: ['sindicato*', 'sindical*', 'sindicad*'],
    },
    proxies: { en: [], de: [], fr: [], es: [] },
  },
  {
    code: 'CRIMINAL_RECORD',
    label: 'criminal record',
    terms: {
      en: ['criminal record*', 'convicted', 'convicts', 'ex-offender*', 'former prisoner*', 'prisoners', 'inmate*', 'arrested', 'on parole', 'on probation', 'felon*'],
      de: ['vorbestraft*', 'straffaellig*', 'haeftling*', 'gefaengnis*', 'vorstrafe*'],
      fr: ['casier judiciaire', 'condamne*', 'detenu*', 'ex-detenu*', 'prison'],
      es: ['antecedentes penales', 'condenado*', 'presos', 'recluso*', 'carcel', 'prision'],
    },
    proxies: { en: ['bail bond*'], de: [], fr: [], es: [] },
  },
  {
    code: 'FINANCIAL_DISTRESS',
    label: 'financial distress',
    terms: {
      en: ['debt', 'debts', 'in debt', 'payday loan*', 'overdrawn', 'overdraft*', 'bankrupt*', 'insolven*', 'arrears', 'missed payment*', 'late payment*', 're:(?<![\\p{L}])missed(?: [\\p{L}\\p{N}]+){0,4} (?:re)?payments?(?![\\p{L}])', 'struggling financially', 'financial difficult*', 'financial hardship', "can't afford", 'cannot afford', 'bad credit', 'poor credit', 'low credit score*', 'food bank*', 'on benefits', 'benefit claimant*', 'unemployed', 'jobless', 'maxed out', 'deprived', 'low-income', 'low income', 'poorest', 'poverty', 'food voucher*', 'food stamps', 'running short', 'short of money', 'paycheck to paycheck', 'payday to payday'],
      de: ['schulden*', 'verschuldet*', 'ueberschuldet*', 'insolven*', 'zahlungsrueckstand*', 'zahlungsschwierigkeit*', 'finanzielle not', 'geldsorgen', 'arbeitslos*', 'buergergeld', 'hartz iv', 'pleite', 'dispokredit*', 'kontoueberziehung*', 'schufa', 'einkommensschwach*', 'armut', 'sozial schwach*', 'lebensmittelgutschein*'],
      fr: ['dette*', 'endette*', 'surendette*', 'faillite', 'insolvab*', 'impaye*', 'difficultes financieres', 'fins de mois difficiles', 'chomage', 'chomeur*', 'a decouvert', 'banque alimentaire', 'defavorise*', 'revenus modestes', 'pauvrete', 'bons alimentaires'],
      es: ['deuda*', 'endeudad*', 'sobreendeudad*', 'bancarrota', 'insolven*', 'impago*', 'dificultades financieras', 'apuros economicos', 'desemplead*', 'en paro', 'banco de alimentos', 'prestamo* rapido*', 'credito rapido', 'desfavorecid*', 'bajos ingresos', 'pobreza', 'vales de comida', 'barrios humildes', 'familias humildes'],
    },
    proxies: { en: ['buy now pay later repeatedly', 'pawn shop*'], de: ['pfandhaus*'], fr: ['mont-de-piete'], es: ['casa de empeno*'] },
  },
  {
    code: 'RELATIONSHIP',
    label: 'relationship breakdown',
    terms: {
      en: ['divorc*', 'separated', 'separation', 'break-up', 'breakup', 'broken up', 'single again', 'newly single', 'recently single', 'custody', 'heartbreak*', 'ex-partner*', 'ex-husband*', 'ex-wife', 'ex-wives'],
      de: ['scheidung*', 'geschieden*', 'getrennt*', 'trennung*', 'liebeskummer', 'wieder single', 'sorgerecht*'],
      fr: ['divorc*', 'separe', 'separes', 'separee*', 'separation*', 'rupture*', 'celibataire* depuis peu', 'nouvellement celibataire*', "chagrin d'amour", 'garde des enfants'],
      es: ['divorci*', 'separad*', 'separacion*', 'ruptura*', 'desamor', 'custodia'],
    },
    proxies: { en: ['wedding ring resizing', 'single-portion meals after'], de: [], fr: [], es: [] },
  },
];
