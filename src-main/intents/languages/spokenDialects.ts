// The dialects whose spoken forms are read as words of a language the engine reads, in order, each from its own
// lexicon checked by `spokenFormsSchema` (spokenForms.ts). One list so that a dialect is one JSON file and one line:
// - Scots: "pit the big light aff", "whit's the heating set tae" (lexicon/scots.json).
// - Brazilian Portuguese as typed in a chat: tá = está, pra = para, cadê = onde está, "o ar" = the air conditioner.
// - Swiss German: isch = ist, aa = an, zue = zu, "-liecht" compounds (only with a form Standard German never writes).
// - Gulf English: yalla, khalas, inshallah are tone.
// - Rioplatense Spanish as typed in WhatsApp: q = qué, x = por, tmb = también, tenés = tienes, "los aires" = the ACs.
// - Colombian (paisa) Spanish in usted: ome, parce, mijo, pues are tone; "hágame el favor y …", "me hace el favor y …"
//   are politeness; usted commands with a "me"/"le" of interest ("apágueme el radio", "ábrale la chapa") are the plain
//   command (lexicon/colombian.json).
// - Cuban (Caribbean) Spanish as typed, its final s and d dropped with an apostrophe: ta' = está, prendío = prendido,
//   prendía = prendida, "ta' cerrá" = está cerrada, lu' = luz, pa' = para; mi'ja is tone (lexicon/cuban.json). "ta'",
//   "lu'", "pa'" are markers only with their apostrophe (`elidedMarkers`): "ta" is Norwegian, "pa" Welsh.
// - Peruvian (Lima) Spanish as said and texted (lexicon/peruvian.json): a last "pe", "causa", "primo" is tone ("prende
//   la terma pe"), oe and xfa are tone, dl = del, d = de, q = qué, tb = también, ahorita = ahora, "estamos jalando" =
//   consumiendo; "sta" = está only beside a marker or in "sta prendida" (Italian writes "sta" alone). "pe" is a marker
//   but only a last one goes: Romanian's "pe" inside a sentence stays.
// - Irish English: c'mere, "would you ever", "at all" are tone, a yoke is a device.
// - Irish (Gaeilge): "múch an solas" = turn off the light, "an bhfuil an doras dúnta" = is the door closed; Irish
//   orders these words as English does, so each is read as its English word.
// - Hong Kong English with romanised Cantonese: hoi = turn on, saan = turn off, bin dou = where, lah/wor/meh are tone.
// - French as texted in France: cb = combien, koi = quoi, c = c'est, g = j'ai, ds = dans, "le congélo", and stp, wesh,
//   bro are tone (lexicon/frenchTexting.json); the sentence frames then read it as French.
// - Plattdeutsch (Low German, North Germany): wat = was, dat = das, de = die, Köök = Küche, "wo warm" = wie warm; read
//   into Standard German, which verbSecondCues.ts then reads (only with a Low German marker: Dutch shares wat/dat/de).
// - Speech-to-text dictation: spoken punctuation ("full stop", "question mark", "comma") is the mark it names, and
//   a name heard as two words ("why fi", "tease made") is the one word (lexicon/dictation.json).
// - Bristolian (West Country English): whass = what's, gert = really, leccy = electric, "turn un on" = turn it on,
//   "which of em", and the "to" of "where's it to"; innit and a last "like" are tone (lexicon/bristolian.json).
// - Jamaican Patwa: di = the, inna = in, "tun aff" = turn off, "weh di X deh" = where is the X, "a wah mek" = why,
//   "how fi" = how to, "light dem" = lights, "a night" = at night; a last "deh"/"nuh" is tone; "di" and "mi" alone are
//   no markers (Italian and Spanish write them), nor "pon" (Spanish); "di" and "an" open a sentence in no nearby
//   language (lexicon/jamaicanPatwa.json). Read after Irish, which opens with "an", and before Bristolian takes "wah".
// - Ukrainian in Cyrillic (lexicon/ukrainianSpoken.json) and in Latin letters as a teenager types it
//   (lexicon/ukrainianLatin.json): "вимкни світло" / "vymkny svitlo" = turn off the light, "чи є в нас" = do we have,
//   "v mene v kimnati" = in my room; a word the home's (Cyrillic) names use stays a name. Its place words are in
//   lexicon/ukrainian.json (languagePlaces.ts).
// - Kazakh in Cyrillic (lexicon/kazakhSpoken.json): "Бойлер қосулы ма?" = Бойлер on?, "ночникті өшірші" = turn off
//   ночник, "Ас үйде қандай құрылғылар бар?" = in Ас үй what devices are there; a request said last goes first, the
//   question particles (ма, ме, па, пе, ба, бе) and forms of address ("қарағым", "айналайын") go. Its markers are words
//   with letters only Kazakh writes, or its particles; names in their cases are read first (kazakhNameForms.ts). Read
//   before Ukrainian, whose "де" (where) is Kazakh's "too".
// - Russian in Cyrillic (lexicon/russianSpoken.json), as a Kazakh family speaks it beside Kazakh: "сколько градусов в
//   теплице" = what is the temperature in greenhouse, "зарядку останови" = stop charger, "входная дверь на замке?" = is
//   front door locked; its place words ("теплица", "скважина", "баня") meet the English of a Kazakh home's names
//   (kazakhNames.ts). Its markers are forms Ukrainian and Serbian never write; read after Ukrainian. Russian typed in
//   Latin letters without marks (lexicon/russianLatin.json): "svet v koridore vkluchi" = turn on light in hallway,
//   "ochistitel vkluchen?" = is purifier on?; its markers are forms Ukrainian Latin and Serbian never type ("vkluchi",
//   "skolko", "seichas").
// - Belgian French and Flemish (lexicon/belgian.json): septante = 70, nonante = 90 (and their compounds, "septante-deux"),
//   "il drache" (it is pouring) said before a question is its reason and goes, drache = downpour; Flemish kunde = kun je,
//   zijde = ben je, hebde = heb je, efkes = even; amai, allee, awel, zenne are tone. Read into French or Dutch, which
//   the sentence frames and verbSecondCues.ts then read; every marker is a form neither standard language writes.
// - New Orleans English (Yat): "where y'at", "dawlin'", "aight" and "yeah you right" are tone, "theyself" is themselves
//   (lexicon/newOrleans.json; markers dawlin, y'at, aight, theyself, podna, which no other language writes).
// - Newfoundland English (lexicon/newfoundland.json): "out to the cabin" = at the cabin, "what's the heat at" = the
//   temperature, "what oil do it take" = does it, "when was she filled" = was it, "lock 'er up", "me room" = my room,
//   "I'm after leaving the light on" = I left it on; "me son" and a last "b'y" are tone.
// - Hawaiian Pidgin (Hawai'i Creole English, lexicon/hawaiianPidgin.json): da = the, wea = where, fo = for, "X stay on"
//   = X is on, "wea stay X" = where is X, "wat get in X" = what is in X, "o wat" = or not, "get choke X" = how much X,
//   "can turn off" = turn off, um/em = it/them, r-less forms (powa, zappa, cooka); howzit and brah are tone. Its markers
//   are forms English never writes, or two words together ("stay on", "in da"), since "da", "wat", "wen" are words of
//   Italian, Dutch and German.
// - Haitian Creole (Kreyòl), with or without its marks (lexicon/haitianCreole.json, `foldMarks`), read word by word
//   as English, since both put the verb before its thing: "etenn limyè kwizin nan" = turn off light kitchen, "limyè salon
//   an limen?" = light living room on?, "kote routè wifi a ye" = where is router wifi; the article after a noun (an, la,
//   a, nan, yo) goes, and a possessor after its noun is read in English order ("chanm grann" = grandma's room, "pòt
//   devan" = front door). Its markers are words no other language the engine reads writes (not "ki": Bengali, Hindi).
// - English as texted (lexicon/englishTexting.json): u = you, ur = your, r = are, n = and, lite = light; nvm ("never mind,
//   turn it off": the new request stands alone) is tone. A name with such a word keeps it.
// - Czech and Slovak, with or without their marks (lexicon/czechSpoken.json, `foldMarks`): "zapni světlo v kuchyni" =
//   turn on the light in kuchyni, "na kolik je nastavenej bojler" = what is the setpoint of the water heater, "co je v
//   obýváku" = what is in obýváku; the inflected place word is then read as the home's room (languagePlaces.ts).
// - Romanian, with or without its marks (lexicon/romanianSpoken.json, `foldMarks`): "stinge lumina in sufragerie" =
//   turn off lumina in sufragerie, "cate grade sunt in pivnita" = what is the temperature in pivnita, "unde e" = where
//   is; the article or case form of a name's word is read as the name first (romanianNames.ts: "frigiderul", "centralei").
// - Hungarian sentences (lexicon/hungarianSpoken.json): "kapcsold le a villanyt" = turn off the villanyt, "hány fok van a
//   pincében" = what is the temperature in pincében, "be van zárva" = is locked; its kind and room words (with their
//   suffixed forms) are in lexicon/kinds.json and places.json since the Pécs home.
// - Canadian Prairie and farm English (lexicon/prairieEnglish.json): a genny is the generator, a last "eh" is tone
//   ("shop heat on eh"), dropped g's are read ("headin", "makin", "pullin"), and the Ukrainian-Canadian "bozhe" (oh
//   God) is tone. No markers: none of these forms is a word of another language the engine reads.
// - Serbian (and Croatian), in Latin or Cyrillic letters, with or without marks (lexicon/serbianSpoken.json,
//   `foldMarks`): "upali svetlo u kupatilu" = turn on light in Kupatilo, "kolika je temperatura u" = what is the
//   temperature in, "da li je" = is, "gde je" = where is; Cyrillic is read in Latin letters and the case forms of the
//   home's names are written as the home writes them first (serbianScript.ts, serbianNames.ts). Read first of all
//   languages by readInEnglish.ts (Persian's "koja" is where, Czech shares "kolko" and "je"); in a home named in
//   Serbian a Serbian preposition or word with no English word is enough.
// - Afrikaans (lexicon/afrikaansSpoken.json): "waar is die boorgat" = where is the borehole, "sit dit aan asseblief" =
//   switch it on please, "wanneer het dit laas geloop" = when did it last run; its markers are forms Dutch and German
//   never write ("asseblief", "boorgat", "sê", "vir"), so a Dutch "wat is" is left to the Dutch readers.
// - Sesotho (lexicon/sesothoSpoken.json): "tima lebone la bathroom" = turn off light in bathroom, "lebone la spens le a
//   tuka?" = light in spens on?, "le time" = turn it off, "e bee ho speed 3" = set it to speed 3; "na" opening a
//   question is tone. Its markers are words no other language the engine reads writes, or pairs ("le time", "e bee").
// - South African English (lexicon/southAfricanEnglish.json): eish, yoh, haibo, a last "neh" are tone ("switch off the
//   geyser neh"); no markers, none is a word of another language the engine reads.
// Each dialect reads only a sentence with one of its markers (or an opener), so the order matters little; the forms of
// one never produce another's markers.
import belgian from '../lexicon/belgian.json';
import brazilian from '../lexicon/brazilian.json';
import bristolian from '../lexicon/bristolian.json';
import dictation from '../lexicon/dictation.json';
import frenchTexting from '../lexicon/frenchTexting.json';
import cantonese from '../lexicon/hongKongEnglish.json';
import gulf from '../lexicon/gulfEnglish.json';
import gaeilge from '../lexicon/gaeilge.json';
import irish from '../lexicon/irish.json';
import jamaicanPatwa from '../lexicon/jamaicanPatwa.json';
import englishTexting from '../lexicon/englishTexting.json';
import haitianCreole from '../lexicon/haitianCreole.json';
import hawaiianPidgin from '../lexicon/hawaiianPidgin.json';
import newOrleans from '../lexicon/newOrleans.json';
import newfoundland from '../lexicon/newfoundland.json';
import prairie from '../lexicon/prairieEnglish.json';
import rioplatense from '../lexicon/rioplatense.json';
import colombian from '../lexicon/colombian.json';
import cuban from '../lexicon/cuban.json';
import peruvian from '../lexicon/peruvian.json';
import plattdeutsch from '../lexicon/plattdeutsch.json';
import scots from '../lexicon/scots.json';
import swiss from '../lexicon/swissGerman.json';
import ukrainian from '../lexicon/ukrainianSpoken.json';
import ukrainianLatin from '../lexicon/ukrainianLatin.json';
import russian from '../lexicon/russianSpoken.json';
import russianLatin from '../lexicon/russianLatin.json';
import kazakh from '../lexicon/kazakhSpoken.json';
import czech from '../lexicon/czechSpoken.json';
import romanian from '../lexicon/romanianSpoken.json';
import hungarian from '../lexicon/hungarianSpoken.json';
import afrikaans from '../lexicon/afrikaansSpoken.json';
import sesotho from '../lexicon/sesothoSpoken.json';
import southAfrican from '../lexicon/southAfricanEnglish.json';
import type { HomeSnapshot } from '../HomeIndex';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';
import { withCzechNameForms } from './czechNames';
import { withRomanianNameForms } from './romanianNames';
import { withRussianNameForms } from './russianNames';
import { withKazakhNameForms } from './kazakhNameForms';

export const SPOKEN_DIALECTS = { kazakh, ukrainian, ukrainianLatin, russian, russianLatin, czech, romanian, hungarian, scots, brazilian, rioplatense, swiss, gulf, colombian, cuban, peruvian, irish, gaeilge, jamaicanPatwa, cantonese, frenchTexting, plattdeutsch, belgian, dictation, bristolian, newOrleans, newfoundland, hawaiianPidgin, haitianCreole, prairie, englishTexting, afrikaans, sesotho, southAfrican } as const;

const readers = Object.values(SPOKEN_DIALECTS).map((lexicon) => spokenFormsReader(spokenFormsSchema.parse(lexicon)));

/** The sentence with every dialect's spoken forms read as the words they stand for; unchanged when it has none. */
export function readSpokenForms(said: string, snapshot: HomeSnapshot): string {
  // "v obýváku" is Obývák's: Czech case forms of the home's names are read as the names first (czechNames.ts).
  // "в подсобке" is Подсобка's: Russian case forms of the home's Cyrillic names too (russianNames.ts); "Ас үйде" is in
  // Ас үй: Kazakh case endings of a Kazakh home's names (kazakhNameForms.ts).
  const named = withKazakhNameForms(withRussianNameForms(withRomanianNameForms(withCzechNameForms(said, snapshot), snapshot), snapshot), snapshot);
  return readers.reduce((text, read) => read(text, snapshot), named);
}
