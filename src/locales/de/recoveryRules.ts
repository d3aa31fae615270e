/** The German messages of the recovery rules, by rule id, then message id. */
import type { Locale } from "../../locale/types.js";
import { IN_WOCHEN } from "./phrases.js";

const WOCHE_HAT = "{weekCount, plural, one {Woche {weeks, weeks} hat} other {Die Wochen {weeks, weeks} haben}}";
// A streak or a pair named by its dates, or by its weekdays when it repeats week after week.
const FIRST = "am {single, select, true {{firstDate, date}} other {{firstDate, weekday}}}";
const SECOND = "am {single, select, true {{secondDate, date}} other {{secondDate, weekday}}}";
const STREAK = `{single, select, true {{count} Lauftage am Stück {spanWeeks, plural, =1 {in Woche {firstWeek}} other {von Woche {firstWeek} bis Woche {lastWeek}}}, von {fromDate, date} bis {toDate, date}} other {${WOCHE_HAT} {count} Lauftage am Stück ({fromDate, weekday} bis {toDate, weekday})}}; für {level, term, level} sind höchstens {max, plural, one {# Lauftag} other {# Lauftage}} am Stück sinnvoll.`;
const ADVISED = `${IN_WOCHEN} {runFree, plural, =0 {gibt es keinen lauffreien Tag} one {gibt es nur einen lauffreien Tag} other {gibt es nur # lauffreie Tage}}; Trainer empfehlen {group, select, masters {für Masters-Läufer} youth {für Jugendliche unter 15} other {für {group, term, level}}} mindestens {min, plural, one {einen lauffreien Tag} other {# lauffreie Tage}} pro Woche.`;
const REST = `${IN_WOCHEN} {runFree, plural, =0 {gibt es keinen lauffreien Tag} one {gibt es nur einen lauffreien Tag} other {gibt es nur # lauffreie Tage}}; für {level, term, level} {min, plural, one {ist mindestens ein lauffreier Tag} other {sind mindestens # lauffreie Tage}} pro Woche nötig.`;

export const recoveryRules: NonNullable<Locale["rules"]> = {
  "active-recovery-easy": {
    tooHard: {
      message:
        "Der Regenerationslauf „{sessionId}“ ist mit RPE {rpe} geplant; ein Regenerationslauf bleibt bei RPE {max} oder darunter.",
      hint: "Senke ihn auf RPE {max} (ein Tempo, bei dem du dich noch unterhalten kannst), oder plane ihn als lockeren Dauerlauf ein.",
    },
  },
  "active-recovery-weekly": {
    tooFew: {
      message: `${IN_WOCHEN} gibt es {countsDiffer, select, true {weniger als {min, plural, one {eine aktive Erholungseinheit} other {# aktive Erholungseinheiten}}} other {{count, plural, =0 {keine aktive Erholungseinheit} one {nur eine aktive Erholungseinheit} other {nur # aktive Erholungseinheiten}}}}; {min, plural, one {plane mindestens eine pro Woche ein} other {plane mindestens # pro Woche ein}}.`,
      hint: "Plane in jeder Woche an einem lauffreien Tag einen lockeren Spaziergang, eine Runde Schwimmen oder eine lockere Radrunde ein (RPE 3 oder weniger).",
    },
  },
  "hard-sessions-per-week": {
    tooMany: {
      message: `${IN_WOCHEN} {count, plural, =0 {steht keine harte Einheit} one {steht eine harte Einheit} other {stehen # harte Einheiten}} auf dem Plan; für {level, term, level} liegt die Grenze{where, select, transition { in einer Übergangsphase} easyBase { in den ersten {easyBaseWeeks} Wochen der Grundlagenphase} base { in der Grundlagenphase} other {}} bei {max}.`,
      hint: "Mach {excess, plural, one {eine davon zu einer lockeren Einheit} other {# davon zu lockeren Einheiten}} (RPE 4 oder weniger), oder verteile sie auf die nächsten Wochen.",
    },
  },
  "intensity-distribution": {
    tooLittleEasy: {
      message: `{weekCount, plural, one {Woche {weeks, weeks} ist} other {Die Wochen {weeks, weeks} sind}} nur zu {easyRange, select, true {{easy, number, percent} bis {easyHigh, number, percent}} other {{easy, number, percent}}} locker (gemessen an den aeroben Minuten, Einlaufen, Trabpausen und Auslaufen eingerechnet); peile mindestens {min, number, percent} an.`,
      hint: "Lauf in Woche {worstWeek} etwa {minutes} Minuten mehr locker (RPE 4 oder weniger), oder kürze die harten Einheiten.",
    },
  },
  "max-consecutive-run-days": {
    tooMany: {
      message: STREAK,
      hint: "Mach zum Beispiel den {freeDate, weekday} lauffrei: Auf diesen Lauf kannst du am leichtesten verzichten.",
    },
    tooManyKeyDays: {
      message: STREAK,
      hint: "An jedem dieser Tage steht ein langer Lauf, ein Wettkampf oder eine harte Einheit: verschiebe eine davon, um die Serie zu unterbrechen.",
    },
  },
  "mobility-daily": {
    tooFew: {
      message: `${IN_WOCHEN} steht an {countRange, select, true {{count}-{countMax}} other {{count}}} von 7 Tagen Mobilitätstraining auf dem Plan; peile {min, plural, one {# Tag} other {# Tage}} an.`,
      hint: "Plane jeden Tag 10 Minuten Dehnen oder Faszienrollen ein, zum Beispiel nach jedem Lauf und an Ruhetagen.",
    },
  },
  "no-back-to-back-hard": {
    backToBack: {
      message: `${WOCHE_HAT} harte Einheiten an zwei Tagen hintereinander: ${FIRST} und ${SECOND}.`,
      hint: "Lass zwischen harten Tagen einen lockeren Tag: Lauf „{title, list, or}“ am {changeDate, weekday} locker, oder verschiebe die Einheit.",
    },
    withLongRun: {
      message: `${WOCHE_HAT} zwei Schlüsseleinheiten direkt hintereinander: „{firstTitle, list, or}“ ${FIRST}, dann „{secondTitle, list, or}“ ${SECOND}.`,
      hint: "Lass zwischen einer harten Einheit und dem langen Lauf einen lockeren Tag: Verschiebe „{title, list, or}“ vom {changeDate, weekday} weg, oder lauf die Einheit locker.",
    },
    races: {
      message: `${WOCHE_HAT} Wettkämpfe an zwei Tagen hintereinander: ${FIRST} und ${SECOND}.`,
      hint: "Lauf den Wettkampf, auf den es dir ankommt, voll und den anderen als lockeren Dauerlauf, oder verschiebe ihn.",
    },
  },
  "rest-day-weekly": {
    tooFew: {
      message: REST,
      hint: "Lauf am {days, list, weekday} nicht: Ruh dich aus oder mach Alternativtraining.",
    },
    tooFewKeyDays: {
      message: REST,
      hint: "Jeder Lauftag enthält einen langen Lauf, einen Wettkampf oder eine harte Einheit: streich einen Lauf, oder verschiebe ihn in eine andere Woche.",
    },
    tooFewAdvised: {
      message: ADVISED,
      hint: "Lauf am {days, list, weekday} nicht: Ruh dich aus oder mach Alternativtraining.",
    },
    tooFewKeyDaysAdvised: {
      message: ADVISED,
      hint: "Jeder Lauftag enthält einen langen Lauf, einen Wettkampf oder eine harte Einheit: streich einen Lauf, oder verschiebe ihn in eine andere Woche.",
    },
  },
  "sleep-hours": {
    tooShort: {
      message:
        "Das Schlafziel von {hours} h ({source, select, habit {Gewohnheit „{habitId}“} other {deine übliche Schlafdauer, da der Plan kein Ziel setzt}}) liegt unter {min} h.",
      hint: "Schlaf jede Nacht mindestens {min} Stunden.",
    },
    missing: {
      message: "Der Plan hat kein Schlafziel.",
      hint: "Leg eine Schlafgewohnheit von mindestens {min} Stunden pro Nacht an: jeden Abend zur gleichen Zeit ins Bett und in der letzten halben Stunde keine Bildschirme.",
    },
  },
};
