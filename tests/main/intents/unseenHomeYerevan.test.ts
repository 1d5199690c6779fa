// An Armenian family's Soviet-era flat in Yerevan and their summer house (dacha) in Dilijan
// (tests/fixtures/homes/yerevan.*): the grandmother's room, the enclosed balcony with its dryer, the samovar, the
// water tank against the city's water cuts, the bathhouse and tonir at the dacha. Names in Armenian script, Russian,
// English and Armenian in Latin letters. Its 307 questions come from formal Eastern Armenian ("Խնդրում եմ, ասեք"),
// Russian with Armenian words, Armenian–English mixing ("Tatik-ի heater-ը"), Armenian texted in Latin letters with
// digits for letters ("kana4 dir", "ps5@ el anjatvi"), Western Armenian transliteration and Russian, written by
// someone who had not read the engine. Blind before round 42: 42.7 % (131/307; right-or-honest 93.2 %, 4 wrong none,
// 0 wrong proposals); after round 42: 66.8 % (205/307; right-or-honest 94.8 %, no wrong none, no wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('yerevan', 0.65);
