import { PhraseSet, WordSet } from "../word-set";

// Role markers: who did what to whom. Hindi postpositions follow the name, English prepositions precede it.
export const AGENT = new WordSet("ne नें ने");
export const RECIPIENT = new WordSet("ko को");
export const SOURCE = new WordSet("se sey से");
export const POSSESSIVE = new WordSet("ka ke ki kaa kii 's का के की");
export const EN_FROM = new WordSet("from by");
export const EN_TO = new WordSet("to");
export const EN_FOR = new WordSet("for of");

/** Money came in: the customer owes less. */
export const PAY_WORDS = new WordSet(
  "jama jamaa jma deposit deposited received recieved receive recived got collected collect collection",
  "vasool wasool vasooli vasuli vasul payment paymnt paid pay chuka chukaya chukaye chukae chukai chukta",
  "chukti chukate bhara bhare bhari cleared clear settled settle repaid returned lautaye lautaya lautae",
  "lautai lautaaye",
  "जमा चुकाए चुकाया चुका पेमेंट भरे वसूल लौटाए",
);
export const RECEIVE_WORDS = new WordSet(
  "mile mila mili mil milgaye milgaya aaye aaya aayi aae aai aa aya aye ae ayi came",
  "मिले मिला मिली मिल आए आये आया आई",
);
export const GIVE_WORDS = new WordSet(
  "diye diya die dia diyo de dena dene dediye dediya dedo dijiye dijie dete deta diyaa gave give given",
  "sent send bheje bheja bheji bhej bhejna bheje transfer transferred transfered",
  "दिए दिये दिया दे देना दीजिए भेजे भेजा भेजी",
);
export const TAKE_WORDS = new WordSet(
  "liye liya lie lia le lena lo leli leliya liyaa took take taken bought buy purchased kharida kharide",
  "kharidi kharidari legaya legaye legayi uthaya uthaye",
  "लिए लिये लिया ले लेना खरीदा खरीदे",
);
export const TOOK_AWAY = new PhraseSet(
  "le gaya | le gayi | le gaye | le gya | le gye | le gai | le ke gaya | le kar gaya | le liya | le gaye the | ले गया | ले गई | ले गए",
);
export const RETURN_WORDS = new WordSet("wapas vapas vaapas vapis wapis वापस");
export const CREDIT_WORDS = new WordSet(
  "udhaar udhar udhari udhaari udaar udhaarr credit karz karza karj qarz kharcha lent lend",
  "chadha chadhao chadhana chadhado charha charhao",
  "चढ़ा चढ़ाओ उधार उधारी क़र्ज़ कर्ज",
);
/** "likh do": usually onto the customer's account, but also just "note it" after a payment. */
export const WRITE_WORDS = new WordSet(
  "likh likho likhna likhdo likhiye likhe likha likhwa likhwaya लिख लिखो लिखना",
);
export const ACCOUNT_WORDS = new WordSet(
  "khata khate khaate khaata khatha account tab naam naame खाता खाते नाम",
);
export const PUT_WORDS = new WordSet(
  "daal daalo dalo daaldo add put jod jodo jodna daalna डाल डालो जोड़ो जोड़",
);
export const BALANCE_WORDS = new WordSet(
  "baaki baki baqi bakaya bakaaya baqaya bakiya bakya baakee hisaab hisab hisaab-kitaab balance owe owes owed",
  "owing outstanding due dues pending lena lene leni udhaar udhar udhaari",
  "बाकी बाक़ी बकाया हिसाब बैलेंस उधार",
);
export const KHATA_WORDS = new WordSet("khata khaata khate khaate statement ledger account खाता");
export const QUESTION_WORDS = new WordSet(
  "kitna kitne kitni kitnaa kya kyaa how much what whats batao bataao bata bataiye bolo dikhao dikhaao dikha",
  "dikhaiye show tell check dekho dekh chahiye hai",
  "कितना कितने कितनी क्या बताओ बताइए दिखाओ दिखाइए",
);
export const HOW_MUCH = new WordSet("kitna kitne kitni kitnaa much कितना कितने कितनी");
export const WHO_WORDS = new WordSet("who kaun kon koun kiske kinke kiska kinka कौन किसके किनके");
export const ALL_WORDS = new WordSet(
  "sab sabka sabki sabke sabhi saare sare saara sara all everyone everybody list kaun kon koun who whom",
  "logon log customers total top sabse zyada jyada kinka kinke kiska kiske",
  "सब सबका सबकी सबके सभी सारे कौन लोगों लिस्ट किसका",
);
export const WHO_PHRASES = new PhraseSet(
  "kis kis | kaun kaun | kon kon | who owes | who all | किस किस | कौन कौन",
);
export const REMIND_WORDS = new WordSet(
  "yaad yad remind reminder reminders reminding remember tagada tagaada takaza takaaza notify notification",
  "alert followup याद रिमाइंडर तगादा",
);
export const MESSAGE_WORDS = new WordSet("message msg sms whatsapp मैसेज");
export const SEND_WORDS = new WordSet("bhejo bhej bhejna bhejdo send bhejiye भेजो भेजना भेज");
export const FUTURE_PROMISE = new WordSet(
  "dega degi denge dengi dunga dungi dedega dedegi chukayega chukayegi chukaega lautayega lautayegi",
  "will promised promise vaada vada देगा देगी देंगे",
);
export const UNDO_WORDS = new WordSet("undo revert reverse undu अनडू");
export const LAST_WORDS = new WordSet(
  "pichhla pichla pichhli pichli pichhle pichle last previous aakhri akhri aakhiri abhi wala entry entries",
  "पिछला पिछली पिछले आखिरी एंट्री",
);
export const REMOVE_WORDS = new WordSet(
  "cancel hatao hata hatado mitao mita mitado delete remove wapas vapas undo galat kaat kaato katao cut",
  "कैंसल हटाओ हटा मिटाओ डिलीट वापस गलत",
);
/** "all", "every": undo only ever takes back the one last action, never a bulk change. */
export const BULK_WORDS = new WordSet(
  "all sab sabhi saare sare saara sara every everything everyone सब सभी सारे सारा",
);
export const MISTAKE_WORDS = new WordSet("galti galati ghalti galat mistake गलती ग़लती गलत");
export const WAPAS_LO = new PhraseSet(
  "wapas lo | wapas le lo | vapas lo | vapas le lo | wapas karo | vapas karo | वापस लो | वापस ले लो",
);
export const YES_WORDS = new WordSet(
  "haan han haa ha haanji hanji haanjee yes yeah yep yup ok okay okey okk theek thik tik sahi bilkul confirm",
  "confirmed done correct right sure chalega accha acha achha perfect hmm hm ji jee",
  "हाँ हां हा ठीक सही बिल्कुल ओके",
);
export const NO_WORDS = new WordSet(
  "nahi nahin nai nahiin na naa no nope nah mat rehne rahne rehnedo cancel chhodo chodo chhod chod galat",
  "wrong stop ruko ruk band dont don't",
  "नहीं नही ना मत रहने छोड़ो रुको ग़लत गलत",
);
/** Words that may accompany a yes/no without changing it ("haan ji kar do", "nahi bhai rehne do"). */
export const REPLY_FILLERS = new WordSet(
  "ji jee bhai bhaiya sir madam hai he kar karo kardo do de go ahead please plz ho jaye jao it is that thats",
  "bas abhi chahiye not now leave forget theek the it's ab sab ekdam bilkul yaar boss haanji thanks thank you shukriya dhanyavad",
  "जी भाई है कर करो दो हो जाए बस अभी चाहिए",
);
export const NEW_WORDS = new WordSet(
  "naya nayi naye new add create jodo jod banao bana register kholo kholna khol open daalo",
  "नया नई नए जोड़ो खोलो बनाओ",
);
export const CUSTOMER_NOUNS = new WordSet(
  "customer customers costumer grahak graahak kastamar party client ग्राहक कस्टमर पार्टी",
);
export const OPEN_WORDS = new WordSet("kholo kholna khol open खोलो");
export const INVOICE_WORDS = new WordSet("bill bil invoice parchi parchee challan receipt बिल इनवॉइस पर्ची");
export const SALE_WORDS = new WordSet("becha beche bechi bech sold sell bikri बेचा बेचे");
export const ITEM_SEPARATORS = new WordSet("aur and tatha evam plus phir also और तथा");
export const CURRENCY_WORDS = new WordSet(
  "rs rupaye rupaiye rupay rupya rupiya rupiye rupye rupae rupee rupees rupeya rupaya inr bucks",
  "रुपये रुपए रूपये रुपया रु",
);
export const PAISE_WORDS = new WordSet("paise paisa paisey पैसे पैसा");
export const TIME_WORDS = new WordSet("baje bje oclock o'clock am pm baj बजे");

/** Shop-level questions: money that came in over a period, and what everyone owes together. */
export const COLLECTION_WORDS = new WordSet(
  "collection collections collect collected vasooli vasuli vasool wasooli aamdani amdani kamai kamaai income",
  "कलेक्शन वसूली आमदनी कमाई",
);
export const MONEY_WORDS = new WordSet("paisa paise paisey money cash payment payments rupaye rupees पैसा पैसे");
export const TOTAL_WORDS = new WordSet(
  "total kul overall poora pura milake milakar market bazaar bazar baazar altogether टोटल कुल बाज़ार बाजार मार्केट",
);
