// The language layer's one entry: a question or command typed in another language, or in English mixed with one, is
// read in the English word order the engine answers. Order matters: Tagalog first (tagalogPhrasing.ts: it needs a
// Tagalog lead word or two cues), then Swahili (its "na", "ya", "la" are cue words
// of other languages), then German/Dutch verb-second order, then the sentence frames of French and the other Romance
// languages, then the verb-final order of Hindi/Marathi and Indian English, and last English clipped to headings and tags.
// Whole English sentences come back unchanged.
// Speed: every reader below runs on every sentence, English too, so each one returns after one cheap check when its
// language is absent: its script's letters, or one of its marker words as a whole word (`saysMarker` against a
// `markerSet` built once at module load, saidWordSet.ts, which keys the sentence's words once for all readers). A
// gate must be a necessary condition of the reader's own reading, so it never skips a sentence the reader would read;
// a new reader adds its gate in its own file, not here (README, "Speed of the language layer", rounds 27-36).
// Round 36: a plain English sentence (plainEnglish.ts) skips the readers of other languages altogether; a new reader
// of another language goes where they are skipped, a reader of English (or of English words by the home) outside.
// Round 37: the readers tried one after the other, first reading winning, are rows of a table (`ReaderRow`: the reader
// and its gate; SCRIPT_READERS, WORD_READERS, FRAME_READERS, in languageReaders.ts since round 45), so a new reader
// of that kind is one row there.
// Round 39: a sentence plain English but for one slip of a plain English word ("what devices are in the bedrom") is as
// plain here (plainButForSlip.ts): no skipped reader reads a slip of an English word.
import { namedThenOne } from '../namedThenOne';
import { romancePluralKinds } from './romancePluralKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { withDanishNames } from './danishSpelling';
import { withInflectedNames } from './norwegianNames';
import { inLeftLast } from '../inLeftLast';
import { withoutThatAreOn } from '../thatAreOn';
import { withoutSpokenAsides } from '../spokenAsides';
import { withoutCommandReason } from '../commandReasons';
import { withoutRemarkSentences } from '../remarkSentences';
import { indonesianPhrasing } from './indonesianPhrasing';
import { verbFinalPhrasing } from './verbFinalCues';
import { clippedEnglish } from '../clippedEnglish';
import { pidginPhrasing } from './pidginPhrasing';
import { volumeAsTurning } from '../volumeWords';
import { questionWordFirst } from '../questionLast';
import { readSpokenForms } from './spokenDialects';
import { readSerbian } from './serbianNames';
import { withoutDislocation } from './frenchDislocation';
import { spokenFrench } from './spokenFrench';
import { hazardAsDetectors } from '../hazardDetectors';
import { withoutRomanceReason } from './romanceReasons';
import { namedThenAsked } from '../namedThenAsked';
import { howDoI } from '../howToWords';
import { roomWays } from '../roomWays';
import { cantoneseVerbs } from './cantoneseVerbs';
import { placeInPlace } from '../placeInPlace';
import { directionTo, numberClause, objectForNumber } from '../numberTarget';
import { saysSwitchWord, terseCommand } from '../terseCommands';
import { spokenNumbers } from '../spokenNumbers';
import { withoutReportedAsking, withoutVocative } from '../reportedAsking';
import { switchVerbs } from '../switchVerbs';
import { withoutStill } from '../stillAsked';
import { strandedOn } from '../strandedOn';
import { hookedUpTo } from '../hookedUpTo';
import { whereKept } from '../whereKept';
import { timedAutomation } from '../timedAutomation';
import { withoutBackAgain } from '../backAgain';
import { withoutLaughter } from '../laughter';
import { atOwnersAsOwned } from '../atOwners';
import { withoutInTheApp } from '../inTheApp';
import { ownerHisHer } from '../ownerHisHer';
import { politeEnglish } from '../politeEnglish';
import { newfoundlandSayings } from './newfoundlandSayings';
import { runOnClause } from '../runOnClause';
import { thereFromBefore } from '../thereFromBefore';
import { terseSetting } from '../terseSettings';
import { switchWordBeforePlace } from '../switchWordBeforePlace';
import { joinedNameWords } from '../joinedNameWords';
import { thatOneAsIt } from '../thatOne';
import { stateBeforePlace } from '../stateBeforePlace';
import { plainButForSlip } from './plainButForSlip';
import { georgianPhrasing } from './georgianPhrasing';
import { maySayMongolian, mongolianPhrasing } from './mongolianPhrasing';
import { withKreyolSpelledNames } from './kreyolSpelledNames';
import { yorkshireSpeech } from './yorkshireSpeech';
import { FRAME_READERS, SCRIPT_READERS, WORD_READERS, firstReading } from './languageReaders';

export function readInEnglish(typedAs: string, snapshot: HomeSnapshot, isWord?: (key: string) => boolean, serbianRead = false): string {
  // "is t'storage heater charged", "owt wrong wi' t'boiler": Yorkshire's elided article and words in English first,
  // so the sentence is plain English after it (yorkshireSpeech.ts).
  // "the fan in Jacmel", "les projecteurs": in a home named in Kreyòl, a name's word typed in French or English
  // spelling is the home's Kreyòl word ("Jakmèl", "Pwojektè"; kreyolSpelledNames.ts).
  const asTyped = yorkshireSpeech(withKreyolSpelledNames(typedAs, snapshot, isWord), snapshot);
  // `isWord`: the engine's spelling knows the word in some language it reads; without it no slip is plain (plainButForSlip.ts).
  const plain = (text: string): boolean => plainButForSlip(text, snapshot, isWord);
  // "tắt đèn phòng khách đi", "dieu hoa phong khach bat chua": Vietnamese is read into English first, so no other
  // language's reader takes its short words ("con", "la", "do") for its own (vietnamesePhrasing.ts).
  // "거실 불 켜져 있어?", "작은방 led ㄲㄱ": Korean (Hangul is its own script) is read first too (koreanPhrasing.ts).
  // "玄関の鍵はかかっていますか", "kotatsu keshite": Japanese (kana, or a romanized request) too (japanesePhrasing.ts).
  // "ปิดไฟห้องนั่งเล่นให้หน่อยค่ะ": Thai script (no spaces; names found longest first) too (thaiPhrasing.ts).
  // "چراغ آشپزخانه رو خاموش کن", "cheragh-e otagh-e sara roshane?": Persian, in its script or Finglish (persianPhrasing.ts).
  // "关掉 pump", "神台灯 在哪里": Chinese in characters, the home's names in characters kept (chinesePhrasing.ts).
  // "ஹால் லைட் ஆஃப் பண்ணு", "motor enga irukku": Tamil, in its script or Tanglish (tamilPhrasing.ts).
  // "Might I ask what time the Goodnight routine runs? I don't want to be locked out": the request of very polite
  // English, without its courtesy (politeEnglish.ts); "the one out to the cabin" is at the cabin (newfoundlandSayings.ts);
  // "quonset lights on im headin out there": the request, then its reason (runOnClause.ts).
  // "کچن کی لائٹ جلا دو": Urdu script (it shares Persian's letters, and has seven of its own) in Roman Urdu, which the
  // Urdu and Hindi readers below read (urduWords.ts).
  // "upali svetlo u dnevnoj sobi", "Колика је температура у дневној соби?": Serbian in either script, names and words,
  // before any other language takes its words ("koja" is Persian's where) (serbianNames.ts).
  // A plain English sentence goes past every reader of another language (plainEnglish.ts).
  const foreign = !plain(asTyped);
  // "რამდენი გრადუსია მისაღებში", "chartot shuqi misaghebshi": Georgian, in Mkhedruli or texted in Latin letters,
  // before Serbian takes a Cyrillic name of a mixed sentence for its own (georgianPhrasing.ts; its own gate is cheap).
  // "Эмээгийн өрөөний радиатор хэдэн хэм байна вэ", "hashaanii projektor asaa": Mongolian, in Cyrillic or phone Latin,
  // in a home written in Mongolian only, before Serbian takes its Cyrillic or "projektor" (mongolianPhrasing.ts).
  const mongolian = serbianRead || !foreign || !maySayMongolian(asTyped) ? undefined : mongolianPhrasing(asTyped, snapshot);
  const georgian = serbianRead || mongolian !== undefined ? undefined : georgianPhrasing(asTyped, snapshot);
  // Serbian is read in a plain sentence too: in a home named in Serbian its "do" (to) and "a" (and) are enough.
  const serbian = serbianRead || georgian !== undefined || mongolian !== undefined ? undefined : readSerbian(asTyped, snapshot);
  if (serbian !== undefined) return readInEnglish(serbian, snapshot, isWord, true);
  const scripted = mongolian ?? georgian ?? (foreign ? firstReading(SCRIPT_READERS, asTyped, snapshot, plain) : undefined);
  const polite = politeEnglish(runOnClause(newfoundlandSayings(scripted ?? asTyped)), snapshot);
  // "skidoo" is the home's "Ski-Doo" (joinedNameWords.ts); "turn that one up" is "turn it up" (thatOne.ts); "is the
  // kitchen light on in the apartment" asks of the apartment's kitchen light (stateBeforePlace.ts).
  const typed = stateBeforePlace(thatOneAsIt(joinedNameWords(polite, snapshot)), snapshot);
  // "con qué se comunica el comedor", "de la pieza de Valen al lavadero cómo voy": rooms and how they connect, found
  // by the home's names in the sentence as typed (roomWays.ts).
  const way = roomWays(typed, snapshot);
  if (way) return way;
  // "saan it", "entrance light hoi": the Cantonese switching verbs of Hong Kong English (cantoneseVerbs.ts).
  // "open the shutters back up": the "back" of again is no name's word (backAgain.ts).
  // "turn it back on lol": a laugh after a request is no word of it (laughter.ts).
  // "is the front door locked at savta's" is "is savta's front door locked" (atOwners.ts).
  // "how many rooms … in the app": where the asker looks, no question about apps (inTheApp.ts).
  const said = atOwnersAsOwned(withoutBackAgain(withoutLaughter(withoutInTheApp((plain(typed) ? undefined : cantoneseVerbs(typed, snapshot)) ?? typed)), snapshot), snapshot);
  // "mach lüüter, uf 25", "leiser bitte, auf 10": the direction read alone, the number joined to it (numberTarget.ts).
  const clause = numberClause(said);
  // "熱水爐 hoi jor mei" read as "熱水爐 on" asks whether it is on: only an on/off said as typed is a terse command.
  const terse = saysSwitchWord(asTyped);
  const directed = clause ? directionTo(readWhole(clause.head, snapshot, terse, plain), clause.number, clause.unit) : undefined;
  // "set to 22", "baixa pra 21": a number with no object is about the device in focus.
  return directed ?? objectForNumber(readWhole(said, snapshot, terse, plain));
}

function readWhole(typedWhole: string, snapshot: HomeSnapshot, terse: boolean, plain: (text: string) => boolean): string {
  // "allume les lumières, cher", "Mawmaw want to know if the fan is on": who is addressed or asks is no part of it.
  const said = switchVerbs(withoutReportedAsking(withoutVocative(typedWhole, snapshot))); // reportedAsking.ts; "cut the fan on" (switchVerbs.ts)
  // "lock it lah", "disarm it, im going down": the particles and asides around a request first (spokenAsides.ts).
  // "sovevaerelset", "kokken": a name of the home typed without æ/ø/å, as the home writes it (danishSpelling.ts);
  // "taklampa", "soverommet", "omnen": a Norwegian inflected or Nynorsk form of a name's word (norwegianNames.ts).
  // "pit the big light aff", "a luz tá acesa?", "isch s Liecht aa?", "prendé el aire x fa", "múch an solas", "saan it
  // lah": a dialect's spoken forms are read as the words they stand for first (spokenDialects.ts).
  // "la LED elle est allumée ?", "il est où le hub": French says the thing once after its dialect (frenchDislocation.ts).
  // "t'as éteint la clim ?", "quels volets on a", "il est combien le frigo": spoken French in written order (spokenFrench.ts).
  // "o porteiro controla o que?": a Portuguese question word said last is read first (questionLast.ts).
  // "prendé la luz q ya está el fuego": a Romance request's reason after "que" is left out (romanceReasons.ts).
  // "lampu teras udah dimatiin belum?": Indonesian is read first, before any dialect's spoken forms take its words
  // ("wis", "pake") for theirs (indonesianPhrasing.ts).
  // "ydy'r golau ymlaen yn y gegin?": Welsh is read in English words first (welshPhrasing.ts); "er kveikt á
  // ljósinu?" Icelandic before it, before the Nordic readers take its "er" (icelandicPhrasing.ts).
  // "salondaki avizeyi kapat", "tv acik mi": Turkish, with or without its letters, is read first (turkishPhrasing.ts).
  // "garage da door bund hai?", "ਜੋਤ jag rahi aa?": romanized Punjabi, before Swiss German takes its "aa" for "an"
  // (punjabiPhrasing.ts).
  // "the kitchen in the caravan" is the home's "Caravan Kitchen" (placeInPlace.ts).
  // "motor chala do", "kaun kaun se AC chal rahe hain": Roman Urdu's own verbs and shapes, before Turkish takes "ac" for
  // "aç" (turn on) and Punjabi its "kamre" (urduPhrasing.ts).
  // A plain English sentence goes past the readers of other languages here and below (plainEnglish.ts).
  const read = firstReading(WORD_READERS, said, snapshot, plain) ?? said;
  // "set the heating to twenty one", "half past seven": English numbers said in words, as digits (spokenNumbers.ts).
  const counted = spokenNumbers(read, snapshot);
  // "in jules his room" is in Jules's room (ownerHisHer.ts).
  const placed = placeInPlace(ownerHisHer(counted, snapshot), snapshot);
  const indonesian = (plain(placed) ? undefined : indonesianPhrasing(placed, snapshot)) ?? placed;
  // "sensores de agua": a Romance kind's plural head read in the singular of its lexicon phrase (romancePluralKinds.ts).
  // The spoken forms of English dialects (Scots, Irish, dictation …) are read in a plain English sentence too.
  const dialect = readSpokenForms(plain(indonesian) ? indonesian : romancePluralKinds(indonesian), snapshot);
  const spoken = plain(dialect) ? dialect : withoutRomanceReason(questionWordFirst(spokenFrench(withoutDislocation(dialect))), snapshot);
  // "and the heater, is it on": the thing named first is the one asked about (namedThenAsked.ts).
  // "las cortinas del barn, the east one is open?": the one picked among the things named first (namedThenOne.ts).
  const asked = namedThenAsked(namedThenOne(spoken), snapshot);
  // "kill the fan its doing my head in": a reason run on after a command with no comma (commandReasons.ts).
  // "Switch it on. Want a bath.": a short sentence after a request, saying why (remarkSentences.ts).
  // "is the kitchen light still on?": the "still" of a question says nothing of what is asked (stillAsked.ts).
  // "what hub is that on": an "on" left at the end is no state asked (strandedOn.ts); "what's the alarm hooked up to"
  // asks what it is connected to (hookedUpTo.ts).
  // "where do we keep the emergency kit": where the thing is (whereKept.ts).
  // "is that 2am ac automation still on": the one automation that runs at that time (timedAutomation.ts).
  const reasoned = withoutCommandReason(withoutSpokenAsides(withoutRemarkSentences(asked, snapshot), snapshot), snapshot);
  const named = plain(reasoned) ? reasoned : withDanishNames(withInflectedNames(reasoned, snapshot), snapshot);
  const unasided = timedAutomation(whereKept(hookedUpTo(strandedOn(withoutStill(named, snapshot)))), snapshot);
  // "off am", "where the NVR dey", "wetin be X": Nigerian Pidgin is English words in its own grammar (pidginPhrasing.ts).
  // "Big light on.", "The immersion. Off.": a thing and on or off, no verb, no question mark, is a command (terseCommands.ts).
  const typed = pidginPhrasing(unasided, snapshot) ?? (terse ? terseCommand(unasided, snapshot) : undefined) ?? unasided;
  // "a che ora si chiudono": a long opening of a Romance language is read as that language before Swahili's "a", "si",
  // and before Tagalog's "i on" ("i on el tenim" is Catalan: and where do we have it). "aus bitte", "Bitte
  // einschalten.": a German particle or infinitive alone acts on the thing in focus (germanBareCommands.ts); of
  // several German sentences the last one read is the request (germanSentences.ts). "rullegardina på soverommet,
  // e den nede": the thing named first is put in the pronoun's place (topicThenPronoun.ts).
  const framed = plain(typed) ? typed : readFrames(typed, snapshot, plain);
  // "ka e på i kjøkkenet" read "what is in in kjøkkenet": the first "in" is "on" (inLeftLast.ts).
  const ordered = verbFinalPhrasing(framed === typed ? framed : inLeftLast(framed), snapshot);
  // "gate alarm armed or not", "rubbish day when": English clipped to headings and tags (clippedEnglish.ts).
  // "lower the volume" turns a speaker down, never closes it (volumeWords.ts).
  // "cómo purgo los radiadores": a how word and a verb of any person ask how to do it (howToWords.ts).
  // "an automation for leaks" is one its leak sensors set off (hazardDetectors.ts).
  // "turn off all lights that are on": what is off stays off, so the command is over them all (thatAreOn.ts).
  // "is the keiki sleeping? whats the temp in there": the question, "there" being the place said before (thereFromBefore.ts).
  const english = withoutThatAreOn(hazardAsDetectors(howDoI(volumeAsTurning(ordered === framed ? clippedEnglish(framed, snapshot) : ordered), said)));
  // "tutu's lamp little brighter, 60", "sonos on the lanai volume 15": a setting said as a heading (terseSettings.ts).
  // "turn the lamp off in the living room": on/off said between the thing and its place (switchWordBeforePlace.ts).
  return thereFromBefore(english, snapshot) ?? terseSetting(english, snapshot) ?? switchWordBeforePlace(english) ?? english;
}

/** The sentence read in the frames of a Romance, Tagalog, Swahili or verb-second language, or as typed. */
function readFrames(typed: string, snapshot: HomeSnapshot, plain: (text: string) => boolean): string {
  return firstReading(FRAME_READERS, typed, snapshot, plain) ?? typed;
}
