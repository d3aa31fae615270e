/** The German messages of the practice rules (strength, cross-training, mental, nutrition), by rule id, then message id. */
import type { Locale } from "../../locale/types.js";
import { AT_WHEN, IN_WOCHEN } from "./phrases.js";

const SHARE =
  "{shareRange, select, true {{share, number, percent} bis {shareHigh, number, percent}} other {{share, number, percent}}}";

export const practiceRules: NonNullable<Locale["rules"]> = {
  "strength-exercise-mix": {
    missing: {
      message:
        "Im Krafttraining {weekCount, plural, one {von Woche} other {der Wochen}} {weeks, weeks} fehlen {missing, list, pattern}.",
      hint: "Nimm {missing, list, patternExample} dazu.",
    },
  },
  "strength-frequency": {
    tooFew: {
      message: `${IN_WOCHEN} {count, plural, =0 {gibt es keine Krafteinheit} one {gibt es nur eine Krafteinheit} other {gibt es nur # Krafteinheiten}}; für {level, term, level} {min, plural, one {gehört mindestens eine Krafteinheit} other {gehören mindestens # Krafteinheiten}} pro Woche in den Plan.`,
      hint: "Plane an einem Tag ohne harten Lauf eine 30-minütige Einheit mit Kniebeugen, Ausfallschritten, Unterarmstütz und Wadenheben ein.",
    },
  },
  "strength-spacing": {
    dayBefore: {
      message: `Das Beinkrafttraining ${AT_WHEN} liegt am Tag vor „{run}“ {weekCount, plural, =1 {am {nextDate, date}} other {am {nextDate, weekday}}}.`,
      hint: "Leg die Krafteinheit auf die Zeit nach „{run}“, oder auf einen Tag, auf den kein harter oder langer Lauf folgt.",
    },
    sameDay: {
      message: `Das Beinkrafttraining ${AT_WHEN} um {time} Uhr liegt vor „{run}“ um {runTime} Uhr.`,
      hint: "Mach das Krafttraining nach dem Lauf, oder verlege es auf einen anderen Tag als den {first, weekday}.",
    },
    beforeARace: {
      message:
        "Das Beinkrafttraining „{sessionId}“ am {date, date} liegt {days, plural, one {# Tag} other {# Tage}} vor dem A-Wettkampf am {raceDate, date}; kein schweres Krafttraining und kein Beintraining in {window, plural, one {dem Tag} other {den # Tagen}} vor einem A-Wettkampf.",
      hint: "Verschiebe es auf {latest, date} oder früher, oder mach daraus Oberkörper- und Rumpftraining.",
    },
  },
  "strength-progression": {
    unchanged: {
      message:
        "Dein Krafttraining bleibt von Woche {from} bis Woche {to} gleich ({count} Grundlagenwochen in Folge): seit mehr als {max, plural, one {# Woche} other {# Wochen}} keine Änderung bei Sätzen, Wiederholungen oder Gewicht.",
      hint: "Erhöhe das Gewicht, wenn dir die Zielwiederholungen leichtfallen, oder geh zu schwereren Sätzen mit 3-6 Wiederholungen über.",
    },
    noHeavy: {
      message:
        "Der Plan läuft über {planWeeks} Wochen, aber dein Krafttraining wird nie schwer (kein Satz mit {heavyReps} Wiederholungen oder weniger).",
      hint: "Plane nach 3-6 Wochen Gewöhnung 2-4 Sätze mit 3-6 Wiederholungen Kniebeugen, Kreuzheben oder Step-ups mit Zusatzgewicht ein.",
    },
  },
  "cross-training-share": {
    tooLittle: {
      message: `${IN_WOCHEN} macht Alternativtraining nur ${SHARE} der aeroben Minuten aus, weniger als {min, number, percent}.`,
      hint: "Ersetze einen Teil eines lockeren Dauerlaufs durch Schwimmen oder Radfahren.",
    },
    tooMuch: {
      message: `${IN_WOCHEN} macht Alternativtraining ${SHARE} der aeroben Minuten aus, mehr als {max, number, percent}.`,
      hint: "Behalte einen Teil davon, aber das Laufen sollte den größeren Teil deines Ausdauertrainings ausmachen.",
    },
  },
  "cross-training-weekly": {
    tooFew: {
      message: `${IN_WOCHEN} {count, plural, =0 {gibt es keine Alternativeinheit} one {gibt es nur eine Alternativeinheit} other {gibt es nur # Alternativeinheiten}}; {min, plural, one {plane mindestens eine pro Woche ein} other {plane mindestens # pro Woche ein}}.`,
      hint: "Plane in jeder dieser Wochen eine Einheit Schwimmen oder Radfahren ein, zum Beispiel an einem lauffreien Tag.",
    },
  },
  "mental-skills-weekly": {
    tooFew: {
      message: `${IN_WOCHEN} {count, plural, =0 {gibt es keine Mentaleinheit} one {gibt es nur eine Mentaleinheit} other {gibt es nur # Mentaleinheiten}}; {min, plural, one {plane mindestens eine pro Woche ein} other {plane mindestens # pro Woche ein}}.`,
      hint: "Nimm dir 10-15 Minuten für Visualisierung (stell dir vor, wie du mit einem starken Schlussspurt ins Ziel kommst) oder Achtsamkeitsübungen.",
    },
  },
  "support-network": {
    missing: {
      message:
        "Kein Unterstützungsnetz: Du hast keine Ansprechperson angegeben, und der Plan enthält keinen Austausch mit deinem Umfeld.",
      hint: "Nenne einen Trainer, einen Verein oder einen Freund, mit dem du über dein Training reden kannst, oder plane einen wöchentlichen Austausch mit deinem Umfeld ein.",
    },
  },
  "balanced-diet": {
    missing: {
      message: "Die Ernährungsgewohnheiten des Plans decken {missing, list, nutrition} nicht ab.",
      hint: "Lege für jeden dieser Punkte eine tägliche Ernährungsgewohnheit an: {missing, list, nutritionExample}.{youth, select, true { Wer noch wächst, muss genug für sein Training essen: mehr, nicht weniger.} other {}}",
    },
  },
  "carb-target": {
    outOfRange: {
      message:
        "Die Gewohnheit „{habitId}“ sieht {value} g/kg Kohlenhydrate pro Tag vor; bei {hours} h Training pro Tag empfehlen die Leitlinien {min}-{max} g/kg.",
      hint: "Setze gPerKg auf einen Wert zwischen {min} und {max}.",
    },
  },
  "mindful-eating": {
    missing: {
      message: "Keine Gewohnheit für bewusste Portionen oder langsames Essen.",
      hint: "Lege eine tägliche Gewohnheit an: langsam essen und merken, wann du satt bist. Nimm dir eine normale Portion und hör auf, bevor du pappsatt bist.",
    },
  },
  "pre-run-hydration": {
    missing: {
      message: "Keine Trinkgewohnheit deckt die langen Läufe und harten Einheiten des Plans ab.",
      hint: "Trink vor langen Läufen, harten Einheiten und Läufen bei Hitze mindestens 4 Stunden vorher etwa 6 ml pro kg Körpergewicht, danach nach Durst; kurze lockere Läufe brauchen nichts Besonderes. Nach einem Wettkampf füllst du deine Flüssigkeit über die folgenden Stunden wieder auf.",
    },
    uncovered: {
      message:
        "{count, plural, one {# Schlüssellauf ist} other {# Schlüsselläufe sind}} von keiner Trinkgewohnheit abgedeckt, der erste am {date, date}.",
      hint: "Lass die Trinkgewohnheit vor jedem Lauf gelten, oder zumindest vor jedem langen Lauf und jeder harten Einheit.",
    },
    volume: {
      message: "Die Gewohnheit „{habitId}“ sieht {value} ml/kg vor; empfohlen sind {min}-{max} ml/kg.",
      hint: "Setze mlPerKg auf einen Wert zwischen {min} und {max}.",
    },
    timing: {
      message: "Mit der Gewohnheit „{habitId}“ trinkst du {value} h vor dem Lauf; trink mindestens {min} h vorher.",
      hint: "Setze hoursBefore auf {min} oder mehr, damit dein Körper ausscheiden kann, was er nicht braucht.",
    },
  },
  "protein-target": {
    outOfRange: {
      message: "Die Gewohnheit „{habitId}“ sieht {value} g/kg Eiweiß pro Tag vor; Sportler brauchen {min}-{max} g/kg.",
      hint: "Setze gPerKg auf einen Wert zwischen {min} und {max}.",
    },
  },
};
