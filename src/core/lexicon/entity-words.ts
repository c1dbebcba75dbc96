// Generic word lists that tell people, organisations and places apart in news text. No names of particular people.
import * as other from './lang-words.ts';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Honorifics before a name, with the gender they show (null: either). */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['Mr', 'male'], ['Mr.', 'male'], ['Mister', 'male'], ['Sir', 'male'], ['Lord', 'male'], ['Monsieur', 'male'],
  ['Herr', 'male'], ['Señor', 'male'], ['Mrs', 'female'], ['Mrs.', 'female'], ['Ms', 'female'],
  ['Ms.', 'female'], ['Miss', 'female'], ['Dame', 'female'], ['Lady', 'female'], ['Madame', 'female'], ['Mme', 'female'],
  ['Frau', 'female'], ['Dr', null], ['Dr.', null], ['Prof', null], ['Prof.', null], ['Professor', null],
  ['Mx', null], ['Mx.', null],
]);

// Words that make a capitalised phrase a title or office when they stand right before a name.
export const TITLE_WORDS = words(`
  President President-elect Vice-President Vice Premier Chancellor Minister Secretary Senator Sen. Sen Rep. Rep
  Representative Congressman Congresswoman Gov. Gov Governor Lt. Lt Mayor King Queen Prince Princess Duke Duchess
  Emperor Empress Pope Cardinal Archbishop Bishop Rabbi Imam Ayatollah Sheikh Sultan Emir Judge Justice Magistrate
  General Gen. Gen Admiral Adm. Colonel Col. Col Major Maj. Captain Capt. Capt Lieutenant Sergeant Sgt. Sgt Commander
  Cmdr. Corporal Cpl. Private Pvt. Marshal Brigadier Officer Detective Det. Inspector Insp. Constable Sheriff Deputy
  Superintendent Supt. Commissioner Chief Director Chairman Chairwoman Chair Chairperson CEO Founder Coach Manager
  Ambassador Envoy Attorney Prosecutor Solicitor Counsel Speaker Leader Spokesman Spokeswoman Spokesperson Councillor
  Councilman Councilwoman Alderman Ald. Treasurer Comptroller Auditor Premier Taoiseach Dean Provost Chancellor Executive
  Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Präsident Präsidentin Bundespräsident Ministerpräsident
  Ministerpräsidentin Ministerin Bürgermeister Bürgermeisterin Sprecher Sprecherin Vorsitzende Vorsitzender
  Président Présidente Ministre
  Father Fr. Rev. Reverend Pastor Brother Sister Saint Pres. Atty. Sec. Amb. Supt Insp Trooper Agent Officer
  Vice-president Attorney-General Secretary-General Director-General Prime Editor Professor Dr. Dr Doctor Nurse
  Astronaut Striker Midfielder Defender Goalkeeper Quarterback Skipper Forward Pitcher Rapper Singer Actor Actress
  Co-Founder Co-founder Cofounder Co-Owner Co-owner Owner
`);

// Lower-case role nouns that can stand right before a name ("Tottenham manager Jose Mourinho").
export const ROLE_NOUNS = words(`
  president minister secretary senator governor mayor chancellor premier leader chief head director chairman
  chairwoman chair executive ceo cfo coo founder co-founder cofounder owner co-owner manager coach captain skipper
  striker midfielder defender goalkeeper player star actor actress singer rapper musician artist writer author poet
  novelist journalist reporter editor columnist correspondent photographer host presenter anchor spokesman spokeswoman
  spokesperson adviser advisor aide analyst economist expert scientist researcher professor lecturer teacher student
  doctor surgeon nurse lawyer attorney prosecutor judge justice officer detective inspector commissioner sheriff
  ranger agent general admiral colonel commander sergeant lieutenant soldier veteran ambassador envoy diplomat
  lawmaker legislator congressman congresswoman representative candidate nominee activist campaigner organizer
  organiser official officials strategist consultant investor entrepreneur banker trader fellow partner associate
  member deputy vice-president vice-chairman treasurer clerk counsel solicitor barrister priest pastor bishop
  archbishop cardinal rabbi imam cleric chef designer architect engineer developer pilot driver farmer fisherman
  mother father son daughter wife husband brother sister widow grandmother grandfather boss rival opponent critic
  supporter resident owner victim suspect defendant witness survivor winner champion prime attorney-general
  secretary-general director-general president-elect vice-chancellor laureate historian philosopher biographer
  elect man woman boy girl teenager mum dad parent grandson granddaughter uncle aunt nephew niece cousin
  employee worker staffer planner
  ministre député députée sénateur sénatrice présidente porte-parole maire directeur directrice avocat avocate juge
  procureur procureure secrétaire cheffe journaliste écrivain écrivaine chercheur chercheuse professeur professeure
  médecin entraîneur joueur joueuse capitaine patron patronne fondateur fondatrice dirigeant dirigeante responsable
  conseiller conseillère ambassadeur ambassadrice opposant opposante militant militante élu élue écologiste
  ministerin kanzler kanzlerin präsident präsidentin sprecher sprecherin bürgermeister bürgermeisterin chefin
  vorsitzende vorsitzender trainer abgeordnete abgeordneter direktor direktorin geschäftsführer geschäftsführerin
  anwalt anwältin richter richterin staatsanwalt experte expertin forscher forscherin professorin gründer gründerin
  politiker politikerin
`);

// Last words that make a capitalised phrase an organisation ("Fishing Vessel Owners Association").
export const ORG_HEADS = words(`
  Inc Inc. Corp Corp. Corporation Co Co. Company Companies Ltd Ltd. LLC LLP PLC Plc plc AG GmbH SA NV Group Holdings
  Partners Associates Capital Bank Bancorp Fund Trust Insurance Securities Exchange Airlines Airways Motors Industries
  Enterprises Technologies Systems Solutions Labs Laboratories Pharmaceuticals Energy Petroleum Oil Gas Mining
  Foods Market Markets Store Stores Sports Finance Media News Times Post Journal Herald Tribune Gazette Telegraph Guardian Chronicle
  Magazine Press Network Networks Television Radio Broadcasting Studio Studios Pictures Records Publishing Books
  Party Union Alliance Coalition Front Movement Congress Parliament Senate Assembly Council Councils Cabinet Government
  Administration Ministry Department Dept. Agency Bureau Office Commission Committee Authority Board Service Services
  Division Court Tribunal Police Constabulary Army Navy Force Forces Guard Corps Command Brigade Regiment Militia
  University College School Academy Institute Institution Foundation Society Association Federation League Club
  Organization Organisation Center Centre Hospital Clinic Museum Library Church Mosque Cathedral Council
  Commission Consortium Conference Confederation Secretariat Directorate Inspectorate Team FC United Rovers
  Athletic Wanderers Hotspur Albion Rangers Celtic Giants Yankees Lakers Bulls Sox Cubs Dodgers Patriots Cowboys
  Group Caucus Brotherhood Taliban Hamas Hezbollah Jazeera Reuters Bloomberg SpA NV BV AB ASA Oyj Bhd Tbk KK GmbH
  Power Electric Communications Telecom Telecommunications Steel Chemicals Bancshares Resources Investments
  Construction Electronics Treasury Exchange Brewery Breweries Pharma Railways Railway Shipping Logistics
  Events Consultants Consulting Productions Ventures Collective Creative Designs Boutique Bakery Restaurants Brands
  Aerospace Machines Robotics Dynamics Semiconductor Semiconductors Software Therapeutics Biosciences Automotive
  Interactive Entertainment Analytics Hospitality Apparel
`);

// First words of organisations named "X of Y" ("Bank of England", "University of Texas").
export const ORG_OF_HEADS = words(`
  Bank University College School Institute Ministry Department Court Council Commission Committee Board Office
  Bureau Academy Association Federation Union League Church Museum House Chamber Society Organization Organisation
  Federal Supreme Party Government Agency Army Corps Friends Order Senate Parliament Assembly Coalition Alliance
  Conference Center Centre Foundation Fund Authority Division Secretariat Commissioner Directorate
`);

// Well-known organisations written as one capitalised word or an acronym.
export const KNOWN_ORGS = words(`
  NATO UN U.N. EU E.U. IMF WHO WTO OPEC ASEAN OECD FIFA UEFA IOC NBA NFL NHL MLB NASA FBI CIA NSA KGB FSB MI5 MI6 BBC CNN
  ABC CBS NBC NPR PBS AP AFP Reuters Bloomberg Xinhua Interfax Tass Google Apple Microsoft Amazon Facebook Twitter
  Meta Tesla Netflix YouTube Instagram TikTok Uber Samsung Sony Toyota Honda Nissan Boeing Airbus Volkswagen BMW
  Nestle Unilever Walmart Pfizer Moderna Congress Parliament Pentagon Kremlin Interpol Europol Hamas Hezbollah
  Taliban Fatah Likud Labour Tories Conservatives Democrats Republicans Greenpeace Amnesty Oxfam UNICEF UNESCO
  UNHCR ICC ECB Fed SEC FDA EPA IRS ICE DHS DOJ NHS OSCE IAEA Treasury
`);

/** Countries, regions and big cities: a phrase that is one of these is a place, not a person. */
export const PLACES = new Set(`
  Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
  Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|
  Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|
  Czechia|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|
  Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|
  Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|
  Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|
  Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|
  Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|Norway|Oman|Pakistan|
  Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|
  Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|
  Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|
  Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|
  England|Scotland|Wales|Northern Ireland|United States|United States of America|America|US|U.S.|USA|U.S.A.|
  Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Zaire|Yugoslavia|Czechoslovakia|Europe|Asia|Africa|Antarctica|
  North America|South America|Latin America|Central America|Middle East|Central Asia|Southeast Asia|East Asia|
  Caribbean|Balkans|Soviet Union|Scandinavia|Gaza|West Bank|Crimea|Donbas|Kashmir|Tibet|Xinjiang|Hong Kong|Macau|Siberia|
  Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
  Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
  Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
  Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|
  Washington|Wisconsin|Wyoming|Ontario|Quebec|Bavaria|Catalonia|Queensland|Victoria|Tasmania|
  London|Paris|Berlin|Madrid|Rome|Moscow|Beijing|Shanghai|Tokyo|Seoul|Delhi|New Delhi|Mumbai|Kyiv|Kiev|Warsaw|Vienna|
  Prague|Budapest|Brussels|Amsterdam|Geneva|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Dublin|Edinburgh|Lisbon|
  Athens|Istanbul|Ankara|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Cairo|Riyadh|Dubai|Doha|Kabul|Islamabad|
  Karachi|Dhaka|Bangkok|Hanoi|Jakarta|Manila|Sydney|Melbourne|Canberra|Auckland|Wellington|Toronto|Ottawa|Montreal|
  Vancouver|Chicago|Los Angeles|San Francisco|Boston|Seattle|Houston|Dallas|Miami|Atlanta|Philadelphia|Detroit|
  Denver|Phoenix|Baltimore|Brooklyn|Manhattan|Hollywood|Silicon Valley|Mexico City|Havana|Caracas|Bogota|Lima|
  Santiago|Buenos Aires|Rio de Janeiro|Sao Paulo|São Paulo|Brasilia|Nairobi|Lagos|Johannesburg|Cape Town|Pretoria|
  Harare|Addis Ababa|Khartoum|Tripoli|Tunis|Algiers|Rabat|Kinshasa|Accra|Dakar|Minsk|Tbilisi|Baku|Yerevan|Astana|
  Tashkent|Pyongyang|Taipei|Singapore|Kuala Lumpur|Manchester|Liverpool|Birmingham|Glasgow|Belfast|Cardiff|Milan|
  Naples|Barcelona|Munich|Frankfurt|Hamburg|Cologne|Lyon|Marseille|Rotterdam|Antwerp|Krakow|St Petersburg|
  St. Petersburg|Odesa|Odessa|Kharkiv|Mariupol|Tianjin|Guangzhou|Shenzhen|Wuhan|Hiroshima|Osaka|Washington D.C.|
  Westminster|Whitehall|Downing Street|Wall Street|Capitol Hill|White House|Gulf|Pacific|Atlantic|Mediterranean|
  Arctic|Baltic|Black Sea|Red Sea|South China Sea|Persian Gulf|Alps|Himalayas|Sahara|Amazon|
  Abu Dhabi|Sharjah|Muscat|Amman|Jeddah|Mecca|Lahore|Kolkata|Chennai|Bengaluru|Bangalore|Hyderabad|Phnom Penh|
  Kampala|Kigali|Abuja|Dar es Salaam|Casablanca|Marrakech|Turin|Venice|Seville|Bordeaux|Toulouse|Strasbourg|Basel|
  Salzburg|Gdansk|Riga|Tallinn|Vilnius|Bucharest|Belgrade|Zagreb|Sarajevo|Skopje|Tirana|Ljubljana|Bratislava|
  Chisinau|Thessaloniki|Nicosia|Reykjavik|Las Vegas|Nashville|Minneapolis|Pittsburgh|Cincinnati|Sacramento|
  Honolulu|Brisbane|Calgary|Edmonton|Winnipeg|Chongqing|Chengdu|Busan|Kyoto|Nagoya|Puerto Rico
`.replace(/\s*\|\s*/g, '|').trim().split('|'));

// Last words that make a capitalised phrase a place ("Fifth Avenue", "Kaipara Harbour").
export const PLACE_HEADS = words(`
  Street St. Avenue Ave Ave. Road Rd Boulevard Blvd Lane Drive Square Park Bridge Highway Freeway Airport Station
  River Lake Sea Ocean Bay Harbour Harbor Beach Coast Island Islands Mountain Mountains Mount Mt. Valley Desert
  Forest Canyon Peninsula Strait Canal County Province State Region District Territory City Town Village Heights
  Hills Springs Falls Passage Locks Dam Trail Plaza Stadium Arena Hall Palace Castle Tower Hotel Prison Port Point Cape Gardens Reserve
  Upazila Prefecture Oblast Governorate Municipality Borough Township Parish Canton Raion Krai Emirate Superdome Dome
`);

/** Nationality and group words: capitalised but never a person ("Russian", "Democrat"). */
export const DEMONYMS = new Set(`
  American Americans British Briton Britons English Scottish Welsh Irish French German Germans Italian Spanish
  Portuguese Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Polish Czech Slovak Slovakian Slovenian
  Hungarian Romanian Bulgarian Greek Turkish Russian Russians Ukrainian Ukrainians Belarusian Georgian Armenian
  Azerbaijani Kazakh Chinese Japanese Korean Vietnamese Thai Indian Indians Pakistani Afghan Iranian Iranians Iraqi
  Syrian Lebanese Israeli Israelis Palestinian Palestinians Jordanian Saudi Egyptian Libyan Tunisian Algerian
  Moroccan Sudanese Ethiopian Kenyan Nigerian Ghanaian South African Zimbabwean Australian Australians Canadian
  Canadians Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan Cuban Peruvian European Europeans
  Asian African Arab Arabs Western Eastern Northern Southern Soviet Muslim Muslims Christian Christians Jewish Jews
  Catholic Protestant Buddhist Hindu Sikh Sunni Shia Shiite Kurdish Kurds Maori Māori Democrat Democrats Democratic
  Republican Republicans Conservative Conservatives Labour Liberal Liberals Tory Tories Socialist Socialists
  Communist Communists Nazi Nazis Islamist Islamists Emirati Qatari Yemeni Somali Rwandan Ugandan Congolese
  Filipino Indonesian Malaysian Singaporean Taiwanese Tibetan Uighur Uyghur Mongolian Nepalese Bangladeshi
  Sri Lankan New Zealander Kiwi Latino Hispanic Zealand
`.trim().split(/\s+/));

export const MONTHS_AND_DAYS = words(`
  January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul
  Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri
  Sat Sun Today Yesterday Tomorrow Christmas Easter Ramadan Eid Halloween Thanksgiving Spring Summer Autumn Fall
  Winter AM PM A.M. P.M. GMT BST EST EDT PST PDT CET UTC
`);

// Capitalised words that start sentences or headings but are not names: function words, pronouns, common verbs.
export const NOT_NAME_WORDS = words(`
  A An The This That These Those There Here It Its It's I I'm I've I'd I'll We We're Our Us You Your He He's His Him
  She She's Her They They're Their Them Who Whom Whose What When Where Why How Which While Whether If Then Than
  And But Or Nor Yet So For Of In On At By To From With Without Within Into Onto Upon About Above Below After Before
  During Despite Since Until Unless Although Though Because As Like Unlike Over Under Between Among Against Across
  Along Around Behind Beyond Near Off Out Up Down Through Throughout Toward Towards Via Per Amid Amidst Following
  According Including Regarding Meanwhile However Moreover Furthermore Still Also Even Only Just Already Now Later
  Earlier Last Next First Second Third Then Once Twice Yes No Not Never Always Often Sometimes Perhaps Maybe
  My Many Much More Most Some Any All Both Each Every Either Neither Few Several Other Another Such Same Own One Two
  Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions Dozens Is Are Was Were Be Been Being Am Do
  Does Did Done Have Has Had Having Can Could May Might Must Shall Should Will Would Let Get Got Make Made Take
  Took Say Says Said Tell Told Ask Asked See Seen Watch Read Listen Click Sign Subscribe Follow Share Join Updated
  Posted Published Photo Photos Image Images Video Videos Picture Pictures Credit Source Sources Reporting Editing
  Additional Contributed Copyright Related Advertisement Comments Comment Email Print Save Share Tweet Exclusive
  Breaking Live Update Updates Opinion Analysis Editorial Review Report Reports Home News Sport Sports Business
  Politics World Health Science Tech Technology Culture Entertainment Lifestyle Travel Money Markets Weather
  Mr Mrs Ms Dr Sir Lord Lady Dame Miss Mr. Mrs. Ms. Dr. Dear Please Thank Thanks Hello Oh Well Okay OK
  Former Late Acting Interim Then Old Young Big Little Great Good Bad Best Worst Top High Low Early Late Real
  True False Full Free Open Public Private Official Officials Local National International Global General Federal
  State States Government Police Court Party Parliament People Man Woman Men Women Boy Girl Children Family
  Friends Sources Witnesses Residents Officers Troops Soldiers Experts Critics Supporters Fans Users Readers
  Le La Les L Un Une Des Du Il Elle Ils Der Die Das Ein Eine El Los Las
  Chapter Part Section Page Figure Table Note Notes Story Stories Episode Season Series Issue Volume Act
  Although Whatever Whoever Wherever Whenever However Nothing Everything Something Anything Everyone Someone
  Nobody Anyone Everybody Somebody None Why Yet Instead Indeed Overall Finally Ultimately Initially Previously
  Currently Recently Eventually Similarly Additionally Importantly Unfortunately Fortunately Apparently Clearly
  Certainly Obviously Actually Basically Simply Really Quite Very Too Again Back Away Ever Almost Nearly
`);

/** Name particles written in lower case inside a name ("Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLES = words(`von van der den de del della di da dos das du la le ter ten zu bin ibn al el ben abu bint`);

/** Speech verbs that often follow or precede a speaker's name. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds asked asks stated states wrote writes explained explains noted notes argued
  argues insisted insists claimed claims warned warns declared declares announced announces replied replies
  responded responds recalled recalls admitted admits confirmed confirms denied denies tweeted tweets posted
  commented comments remarked remarks acknowledged acknowledges urged urges continued continues
`);

// Spanish, Portuguese, French… titles, roles, places and sentence-opening function words (lang-words.ts).
for (const w of other.TITLE_WORDS) TITLE_WORDS.add(w);
for (const w of other.ROLE_NOUNS) ROLE_NOUNS.add(w);
for (const w of other.PLACES) PLACES.add(w);
for (const w of other.CAPITALISED_FUNCTION_WORDS) NOT_NAME_WORDS.add(w);
