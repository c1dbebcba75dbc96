// Generic word lists of the languages besides English that news pages come in (Spanish, Portuguese, French, German,
// Italian, Dutch, Czech, Polish). The English passes consult them where they consult their own English lists, so a
// sentence-initial "Entre" or "Ao" is not taken for a name, "Unión Europea" not for a person, and "», dijo" or
// "segundo o técnico" introduce a speaker. No names of particular people; words that are also common given names or
// surnames (Al, Ali, Mas, Ono, Tan, Su, Ma, Uma, Ella, Hay, Hoy, Solo, Como, São…) are deliberately left out.

const list = (s: string): string[] => s.trim().split(/\s+/);

/** Function words (articles, pronouns, prepositions, conjunctions, common adverbs), lower case, of every language above. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(list(`
  lo le les se sus nuestro nuestra nuestros este esta estos estas ese esa esos esas aquel aquella esto eso ello
  ellas ellos él nosotros usted ustedes que qué quien quién quienes cual cuál cuando cuándo donde dónde cómo porque
  pero aunque sino mientras entonces luego después antes durante desde hasta hacia entre sobre bajo contra según 
  con para por en ya aún todavía también tampoco además incluso muy más menos tanto todo toda todos todas cada otro
  otra otros otras mismo misma algunos algunas alguno ninguno ninguna nadie algo fue es sí no así aquí allí ahí ayer
  ahora siempre nunca tras ante cuyo cuya
  o os um  uns umas ao aos à às pelo pela pelos pelas num numa em com sem sob após até conforme ele eles elas eu
  nós você vocês seu seus suas meu minha nosso nossos isto esse essa isso aquele aquela aquilo quem qual quais
  quando onde porém contudo entretanto embora enquanto então depois também ainda já apenas só muito mais tão outros
  outras mesmo mesma ninguém há foi é  não assim aqui hoje ontem agora sempre nunca além inclusive segundo
  au aux ce ces cette cet dans pour par sur avec sans sous chez mais ou et donc car  quand lorsque alors ainsi
  puis selon depuis pendant avant après contre vers nous vous elles leur leurs ses mes notre nos votre vos qui quoi
  dont où comme aussi encore déjà toujours jamais plus moins très tout tous toute toutes même cependant pourtant
  enfin ensuite certes parmi malgré lors désormais hier ici cela ceci ça celui celle ceux
  dem den des im auf mit nach seit wenn als auch aber und oder doch noch schon nur er wir ihr ich dieser diese
  dieses jetzt dann damit dass daß obwohl während trotz laut zudem außerdem vom zum zur beim ins unter über
  zwischen gegen ohne durch für aus sein seine ihre ihren ihrem unser unsere kein keine nicht sehr immer heute
  gestern dort wie was wer wo warum denn sondern jedoch allerdings bereits wieder dabei deshalb daher dazu
  gli  uno dei degli delle nella alla  agli alle dal dalla dai dagli dalle sul sulla sui per tra  cui
   perché però anche ancora già molto più meno tutto tutti ogni altro altri questo questa questi quello quella
  loro noi voi io è sono non così oggi ieri   inoltre secondo mentre dopo prima senza sotto sopra verso
  het een dat op  niet zijn voor  ook aan maar werd door naar bij nog wordt hij ze zij deze heeft wel geen
  uit worden er wat wie waar hoe toen  dus want omdat terwijl volgens tijdens sinds tot tussen
  ale  aby až když že zda jak jako kde kdy kdo proč protože pokud zatímco však tedy také taky tak  již už
  ještě potom nyní teď dnes včera zítra tady ten tento tato toto tyto jeho její jejich náš naše váš ona oni vy já
   od pro při pod nad před za mezi bez kvůli podle během proti díky ke ve ze je jsou byl byla bylo byli bude
  budou není být mají má vždy nikdy navíc přesto totiž
  nie się jest oraz przez podczas jej ich tym tego które który która żeby gdy kiedy gdzie dlaczego ponieważ jednak
  także również jeszcze tylko bardzo więc czy dla przy według wśród mimo był była było będzie są też teraz dziś
  dzisiaj wczoraj jutro zawsze nigdy
`));

/** True for a function word of any language above, in any case: `isFunctionWord('Entre') === true`. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** The same words with a capital, as they stand at a sentence start: `'Entre'`, `'Ao'`, `'Zatímco'`. */
export const CAPITALISED_FUNCTION_WORDS: readonly string[] = [...FUNCTION_WORDS].map((w) => w.charAt(0).toUpperCase() + w.slice(1));

/** Verbs of saying as Spanish, Portuguese, French, German and Italian copy inflects them around a quote. */
export const SPEECH_VERB_FORMS: readonly string[] = list(`
  dice dicen afirma declara explica sostiene sostienen indica expresa opinó consideró considera recordó recuerda
  remarcó enfatizó reiteró concluyó planteó denunció criticó anunció confirmó confesó relató narró aclaró detalló
  puntualizó lamentó reconoce admite advierte insiste responde contestó preguntó escribe tuiteó dijeron afirmaron
  señalaron explicaron aseguraron indicaron declararon agregaron añadieron comentaron sentenció graficó
  falou fala afirma declara explica conta acrescenta ressalta garante salientou sublinhou enfatizou reforçou
  pontuou lembrou concluiu opinou considerou criticou questionou perguntou comemorou lamentou relatou revelou
  confirmou anunciou argumentou desabafou brincou frisou detalhou esclareceu justificou emendou afirmaram
  declararam explicaram contaram avalia destaca
  estime déplore déploré regrette regretté lâché noté observé avoué conclut rapporte rapporté témoigne témoigné
  plaidé ironise ironisé insiste soutient soutenu affirment déclarent expliquent
  fordert kritisiert ergänzt bestätigte bestätigt berichtet schildert schilderte beklagte beklagt lobte mahnte
  betonten erklärten erzählt erzählte sprach spricht nennt nannte fragt fragte bilanziert bilanzierte
  assène assénait conclu
  detto dichiarato spiegato aggiunto affermato sottolineato dice ribadito commentato
`);

/** Prepositions that give whose view a sentence states: "For Levin, …", "Pour la ministre, …", "Para o técnico, …". */
export const VIEW_WORDS: ReadonlySet<string> = new Set(['for', 'pour', 'para', 'für']);

/** First-person subject pronouns (English, German, French, Spanish, Portuguese): the speaker of a quote speaking of themself. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'ich', 'wir', 'je', 'nous', 'yo', 'nosotros', 'nosotras', 'eu', 'nós']);

/** Object and reflexive pronouns of Spanish, Portuguese and French that stand between a subject and its verb. */
export const CLITICS: ReadonlySet<string> = new Set(['se', 'nos', 'me', 'te', 'les', 'lhe', 'lhes', 'nous', 'vous']);

/** Words that introduce a source like "according to": `según el informe`, `segundo o técnico`, `selon le ministère`. */
export const ACCORDING_WORDS: ReadonlySet<string> = new Set(['según', 'segundo', 'selon', 'laut', 'secondo', 'conforme', 'podle', 'według']);

// Before these, "segundo" / "secondo" is an ordinal ("o segundo gol"), not "according to".
const ORDINAL_BEFORE = new Set(['o', 'a', 'os', 'as', 'el', 'la', 'il', 'lo', 'no', 'na', 'do', 'da', 'um', 'uma', 'un',
  'una', 'ao', 'pelo', 'pela', 'al', 'del', 'le', 'du', 'au', 'nel', 'della', 'dal']);

/** Whether `word` (after `previous`) opens an "according to" source: `isAccordingWord('según', 'dijo') === true`. */
export function isAccordingWord(word: string, previous: string | undefined): boolean {
  return ACCORDING_WORDS.has(word.toLowerCase()) && !ORDINAL_BEFORE.has(previous?.toLowerCase() ?? '');
}

/** Definite articles that open an epithet for someone already named ("o comandante", "le ministre", "el técnico"). */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'o', 'os', 'le', 'les', 'il',
  'lo', 'der', 'die', 'das', 'l’', "l'"]);

/** Determiners (definite and indefinite) that open a noun phrase: an unnamed source's description starts with one. */
export const DETERMINERS: readonly string[] = [...DEFINITE_ARTICLES, ...list('un una unos unas um uma uns umas une des ein eine einer einem uno gli')];

// Articles and demonstratives that stand before nouns and never before a personal name in news copy. Words that also
// join names ("da Silva", "de la Raudière", "von der Leyen", "dos Santos", "du Bellay", "del Potro") are left out.
export const NOUN_DETERMINERS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen',
  'keinem', 'keiner', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jeder', 'jede', 'jedes', 'jedem', 'jeden',
  'im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins',
  'le', 'la', 'les', 'un', 'une', 'au', 'aux', 'ce', 'cet', 'cette', 'ces',
  'el', 'los', 'las', 'una', 'unos', 'unas', 'al', 'este', 'esta', 'estos', 'estas',
  'os', 'as', 'um', 'uma', 'uns', 'umas', 'ao', 'aos', 'pelo', 'pela', 'pelos', 'pelas', 'esse', 'essa',
  // Possessives: "In ihrer Bewerbungsrede", "son Gouvernement", "su Partido", "seu Governo".
  'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'ihres', 'sein', 'seine', 'seiner', 'seinen', 'seinem', 'seines', 'unser',
  'unsere', 'unserer', 'unseren', 'unserem', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'su', 'sus',
  'nuestro', 'nuestra', 'seu', 'sua', 'seus', 'suas', 'nosso', 'nossa',
];

/** Prepositions, conjunctions and time words that end a speaker phrase after a verb ("dijo Tite en una entrevista"). */
export const PHRASE_STOPS: readonly string[] = list(`
  en em no na nos nas ao aos dans durante pendant tras después depois após antes avant après cuando quando quand
  mientras enquanto que qui quien quem porque pois pero mas mais y e et und para por com con sobre desde ante hoy
  ayer hoje ontem hier heute gestern también também aussi auch este esta neste nesta ce cette lors
  mit im am beim bei nach gegenüber
`);

// Roles both lists below hold: offices and professions that stand before a name and that a role phrase names.
const SHARED_ROLES = list(`
  presidente presidenta ministro ministra diputado diputada senador senadora gobernador gobernadora alcalde alcaldesa
  juez jueza portavoz vocero vocera directora secretario secretaria jefe jefa canciller entrenador técnico treinador
  abogado abogada advogado advogada periodista jornalista politólogo jurista líder dirigente fundador fundadora
  empresario empresário empresária economista analista investigador investigadora pesquisador pesquisadora comandante
  capitán capitão prefeito prefeita governador governadora deputado deputada vereador vereadora juiz juíza procurador
  procuradora sindicalista
`);

/** Titles and role words before a name in Spanish, Portuguese, French and Italian ("el técnico", "a ministra"). */
export const ROLE_WORDS: readonly string[] = [...SHARED_ROLES, ...list(`
  coronel porta-voz delegado delegada príncipe princesa señor señora sr sra dra doña senhor senhora dona ministre
  député députée sénateur sénatrice présidente porte-parole maire directeur directrice procureur secrétaire premier
  entraîneur sélectionneur ministerin kanzler kanzlerin präsident präsidentin sprecher sprecherin bürgermeister
  bürgermeisterin
`)];

/** Capitalised titles that stand right before a name in these languages. */
export const TITLE_WORDS: readonly string[] = list(`
  Presidente Presidenta Ministro Ministra Diputado Diputada Senador Senadora Gobernador Gobernadora Alcalde Alcaldesa
  Juez Jueza Canciller Señor Señora Sr. Sra. Dra. Doña   Príncipe Princesa  Prefeito Prefeita Governador
  Governadora Deputado Deputada Vereador Vereadora Juiz Juíza Senhor Senhora Dona Técnico Comandante Coronel Capitán
  Capitão Député Députée Sénateur Sénatrice Maire Général Juge
`);

/** Lower-case role nouns that stand before a name ("el politólogo Samuel Huntington", "o técnico Tite"). */
export const ROLE_NOUNS: readonly string[] = [...SHARED_ROLES, ...list(`
  fiscal director jugador jugadora jogador jogadora delantero atacante portero goleiro zagueiro volante centrocampista
  escritor escritora profesor profesora professor professora médico médica politóloga empresaria activista ativista
  militante historiador historiadora cantante cantor cantora actor actriz ator atriz artista allenatore giocatore
  sindaco portavoce
`)];

/** Place names in Spanish, Portuguese, French and German where they differ from the English (countries, regions, capitals). */
export const PLACES: readonly string[] = `
  Estados Unidos|Reino Unido|Nueva Zelanda|Países Bajos|Alemania|Francia|Inglaterra|Escocia|Irlanda|Italia|España|
  Suiza|Suecia|Noruega|Dinamarca|Finlandia|Polonia|Rusia|Ucrania|Turquía|Grecia|Bélgica|Hungría|Rumania|Japón|
  Corea del Sur|Corea del Norte|Irak|Irán|Siria|Líbano|Egipto|Marruecos|Argelia|Túnez|Libia|Sudáfrica|Brasil|México|
  Perú|Panamá|Haití|Canadá|Arabia Saudita|Emiratos Árabes Unidos|Catar|Afganistán|Pakistán|Tailandia|Filipinas|
  Medio Oriente|Oriente Medio|Oriente Próximo|América Latina|Latinoamérica|Sudamérica|Europa|África|Oceanía|
  Unión Soviética|Nueva York|Londres|Pekín|Moscú|Berlín|Roma|Ciudad de México|Palestina|Cisjordania|Franja de Gaza|
  Kurdistán|Chechenia|Patagonia|Tierra del Fuego|Neuquén|Río Negro|Chubut|Córdoba|Tucumán|Salta|
  Entre Ríos|Araucanía|Valparaíso|Cataluña|Andalucía|Galicia|País Vasco|Sevilla|Bilbao|
  Nova Zelândia|Países Baixos|Holanda|Alemanha|França|Escócia|Itália|Espanha|Suíça|Suécia|Finlândia|Polônia|
  Polónia|Rússia|Ucrânia|Turquia|Grécia|Hungria|Romênia|Japão|Coreia do Sul|Coreia do Norte|Iraque|Irã|Irão|Síria|
  Egito|Marrocos|Argélia|Tunísia|Líbia|África do Sul|Arábia Saudita|Afeganistão|Paquistão|Tailândia|Oriente Médio|
  América do Sul|Ásia|União Soviética|Nova York|Nova Iorque|Pequim|Moscou|Berlim|Belo Horizonte|Porto Alegre|
  Brasília|Minas Gerais|Santa Catarina| Grande do Sul|Paraná|Bahia|Pernambuco|Ceará|Amazonas|Goiás|
  Espírito Santo|Mato Grosso|Mato Grosso do Sul|Recife|Fortaleza|Curitiba|Manaus|Belém|
  États-Unis|Royaume-Uni|Nouvelle-Zélande|Pays-Bas|Allemagne|Angleterre|Écosse|Irlande|Italie|Espagne|Suisse|
  Suède|Norvège|Danemark|Pologne|Russie|Turquie|Grèce|Belgique|Hongrie|Roumanie|Japon|Corée du Sud|Corée du Nord|
  Chine|Syrie|Liban|Égypte|Maroc|Algérie|Tunisie|Libye|Afrique du Sud|Brésil|Mexique|Pérou|Arabie saoudite|
  Moyen-Orient|Proche-Orient|Amérique latine|Afrique|Asie|Pékin|Bruxelles|Genève|Île-de-France|Bretagne|Normandie|
  Corse|Népal|Katmandou|Irak|Iran|Israël|Cisjordanie|Tchétchénie|
  Vereinigte Staaten|Großbritannien|Vereinigtes Königreich|Neuseeland|Niederlande|Deutschland|Frankreich|
  Schottland|Italien|Spanien|Schweiz|Schweden|Norwegen|Dänemark|Polen|Russland|Türkei|Griechenland|Belgien|Ungarn|
  Rumänien|Südkorea|Nordkorea|Syrien|Libanon|Ägypten|Marokko|Südafrika|Brasilien|Mexiko|Österreich|Tschechien|
  Afrika|Asien|Nahost|Naher Osten|Moskau|Peking|Rom|Wien|Köln|München|Zürich|Genf|Brüssel|Bayern|Sachsen|Hessen|
  Niedersachsen|Nordrhein-Westfalen|Baden-Württemberg
`.replace(/\s*\|\s*/g, '|').trim().split('|');

/** First words of place names in these languages (the head comes first): "Río Negro", "Nueva Zelanda", "São Paulo". */
export const PLACE_FIRST_WORDS: readonly string[] = list(`
  Río Nueva Nuevo Ciudad Provincia Región Isla Islas Mar Lago Monte  Cerro Puerto Bahía   
  Golfo Península Estrecho Océano Cordillera  Nova Novo São Cidade Ilha Ilhas  Porto  Baía Oceano
  Île Îles Mont Lac Mer Nouvelle Ville Golfe Vallée Océan Oriente Medio
`);

/** First words of organisations in these languages: "Unión Europea", "Ministerio de Salud", "Partido Socialista". */
export const ORG_FIRST_WORDS: readonly string[] = list(`
  Unión Partido Ministerio Gobierno Universidad Consejo Tribunal Corte Comisión Secretaría Fundación Asociación
  Federación Confederación Liga Instituto Congreso Senado Cámara Asamblea Policía Ejército Fuerzas Frente
  Movimiento Coordinadora Sindicato Organización Naciones Comité Agencia Autoridad Sociedad Empresa Compañía
  Colegio Escuela Museo Estado Estados Junta Oficina Dirección Departamento Servicio Defensoría Fiscalía
  Procuraduría Cancillería Municipalidad Ayuntamiento Parlamento Audiencia Juzgado  Confederação
  União Ministério Governo Universidade Conselho Supremo Comissão Secretaria Fundação Associação Federação Clube
  Congresso Câmara Assembleia Polícia Exército Forças Movimento Organização Nações Comitê Agência Sociedade
  Companhia Museu Prefeitura Procuradoria Serviço Justiça
  Parti Ministère Gouvernement Université Conseil Cour Fondation Fédération Confédération Ligue Institut
  Assemblée Sénat Armée Mouvement Syndicat Organisation Agence Autorité Société Groupe Banque Caisse Mairie
  Préfecture Haut Haute Rassemblement Collectif
  Partito Ministero Governo Università Consiglio Camera Polizia Esercito Movimento
`);

/** First words of events, competitions, laws and plans: a phrase opening with one is neither person nor organisation. */
export const EVENT_FIRST_WORDS: readonly string[] = list(`
  Copa Campeonato Mundial Juegos Jogos Coupe Championnat Festival Premio Prêmio Prix Operación Operação Opération
  Tratado Traité Acuerdo Acordo Cumbre Cúpula Sommet Día Semana Semaine Temporada Torneo Torneio Tournoi Gran
  Proyecto Projeto Projet Programa Revolución Revolução Révolution Guerre Eurocopa  
`);

/** Head nouns of organisations that speak, in these languages ("selon le ministère…", "según la policía"). */
export const ORG_HEAD_NOUNS: readonly string[] = list(`
  ministère ministerio ministério gouvernement gobierno governo policía polícia gendarmerie préfecture parquet
  fiscalía procuradoria mairie ayuntamiento prefeitura comité comisión comissão tribunal cour corte conseil consejo
  conselho parti partido syndicat sindicato entreprise empresa société groupe grupo clube agence agencia agência
  université universidad universidade ambassade embajada embaixada armée ejército exército institut instituto
  fondation fundación fundação asociación associação fédération federación federação ligue liga banque banco
  hôpital diario jornal periódico quotidien chaîne cadena emissora élysée matignon cancillería itamaraty
  regierung ministerium polizei partei gericht unternehmen konzern verband behörde
`);

const SENTENCE_END = /[.!?…:;"“”«»„\n]/;

/**
 * Whether a capitalised word is a common word that is capitalised only because it opens sentences: it is also
 * written in lower case, or every time it appears it starts a sentence (or a paragraph). Linear in the text;
 * called for the few words a pass is about to take for a speaker.
 * Example: in "Consultada sobre esto, una fuente dijo: …", `isSentenceInitialWord(text, 'Consultada') === true`.
 */
export function isSentenceInitialWord(text: string, word: string): boolean {
  if (word.length < 2 || word.includes(' ')) return false;
  const lower = word.toLowerCase();
  if (lower !== word && wholeWordAt(text, lower, () => true)) return true;
  let seen = false;
  const midSentence = wholeWordAt(text, word, (i) => {
    seen = true;
    let k = i - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '(' || text[k] === '—' || text[k] === '-')) k--;
    return k >= 0 && !SENTENCE_END.test(text[k]!);
  });
  return seen && !midSentence;
}

// Whether `word` occurs as a whole word at some offset where `test` holds.
function wholeWordAt(text: string, word: string, test: (start: number) => boolean): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (isLetter(text[i - 1]) || isLetter(text[i + word.length])) continue;
    if (test(i)) return true;
  }
  return false;
}

const isLetter = (c: string | undefined): boolean => !!c && c.toLowerCase() !== c.toUpperCase();

/** Whether a language tag is English, or unknown (the English rules then apply): `isEnglish('en-GB') === true`. */
export function isEnglish(lang: string | null): boolean {
  return !lang || /^en(?:$|[-_])/i.test(lang.trim());
}
