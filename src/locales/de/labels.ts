/** The German labels of output around the messages (the CLI's text output), by label id. */
import type { Locale } from "../../locale/types.js";

export const labels: NonNullable<Locale["labels"]> = {
  "report.verdict":
    "Plan {planId}{inSource, select, true { in {source}} other {}}: {verdict} für {level, term, level} ({counts})",
  "report.ok": "OK",
  "report.notOk": "NICHT OK",
  "report.week": "Woche {week}",
  "report.weeks": "{count, plural, one {Woche} other {Wochen}} {weeks, weeks}",
  "report.fix": "So behebst du es: {hint}",
  "report.fundamentals": "Grundpfeiler:",
  "report.fundamentalOk": "ok",
  "report.fundamentalNotOk": "nicht ok",
  "report.fundamental": "{name, term, fundamental}",
  "severity.error": "Fehler",
  "severity.warning": "Warnung",
  "severity.info": "Info",
  counts:
    "{error, plural, one {# Fehler} other {# Fehler}}, {warning, plural, one {# Warnung} other {# Warnungen}}, {info} Info",
  "validate.maxWarnings": "{count, plural, one {# Warnung} other {# Warnungen}}, mehr als --max-warnings {max}.",
  "adjust.validation":
    "Prüfung: {error, plural, one {# Fehler} other {# Fehler}}, {warning, plural, one {# Warnung} other {# Warnungen}}.",
  "changes.added": "neu",
  "changes.removed": "entfernt",
  "changes.moved": "verschoben",
  "changes.changed": "geändert",
  "changes.none": "Keine Einheit hat sich geändert.",
  "changes.counts": "{added} neu, {removed} entfernt, {moved} verschoben, {changed} geändert, {unchanged} unverändert.",
  "input.invalid":
    "{what, select, athlete {Die Athletendaten in {file} sind ungültig:} activities {Die Aktivitäten in {file} sind ungültig:} other {Der Plan in {file} ist ungültig:}}",
  "demo.header":
    "Plan für die Saisonpause von {who} (Stufe: {level, term, level}): {weeks} Wochen, {start} bis {end}, {zone}",
  "overview.week": "Wo.",
  "overview.phase": "Phase",
  "overview.legend":
    "E lockerer Dauerlauf, R Regenerationslauf, L langer Lauf, H Bergläufe, T Tempodauerlauf, I Intervalle, {fartlek, select, true {F Fahrtspiel, } other {}}S Kraft, X Alternativtraining; Zahlen sind Minuten{numbers, select, range { (30-45 ein Bereich)} estimated { (~80 aus einem Tempo geschätzt)} both { (30-45 ein Bereich, ~80 aus einem Tempo geschätzt)} other {}}{optional, select, true {; ? eine optionale Einheit} other {}}.",
  "overview.more":
    "Jeden Tag gibt es außerdem Mobilitätstraining; Mentaltraining und Gewohnheiten stehen im Kalenderexport.",
};
