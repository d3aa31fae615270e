/** The German messages of input issues (parse errors) and of the errors around them, by message id. */
import type { Locale } from "../../locale/types.js";

/** The exception named by its action: "this pause", "this trip". */
const ACTION =
  "{action, select, pause {diese Pause} travel {diese Reise} skip {diese Streichung} move {diese Verschiebung} shift {diese Verschiebung} other {diese Ausnahme}}";

export const issues: NonNullable<Locale["issues"]> = {
  "error.summary": "{summary} ({count, plural, one {# Problem} other {# Probleme}}):",
  "error.more": "... und {count} weitere",
  truncated: "{count, plural, one {# weiteres Problem nicht aufgeführt} other {# weitere Probleme nicht aufgeführt}}",

  "summary.invalidPlan": "Ungültiger Plan",
  "summary.invalidAthlete": "Ungültige Athletendaten",
  "summary.invalidActivities": "Ungültige Aktivitäten",
  "summary.invalidLimits": "Ungültige Grenzwerte",
  "summary.invalidOptions": "Ungültige Optionen",
  "summary.invalidCustomRules": "Ungültige eigene Regeln",
  "summary.invalidRulesConfig": "Ungültige Regelkonfiguration",
  "summary.invalidRule": "Ungültige Regel {id}",
  "summary.planTooLarge": "Plan zu groß",
  "summary.planTooLong": "Plan zu lang",
  "summary.exceptions": "Ausnahmen im Plan, die zu keiner Einheit passen",
  "summary.workoutTooLong": "Training zu lang",
  "summary.notAWorkout": "Kein Training",
  "summary.invalidGenerateOptions": "Ungültige Optionen für generatePlan",
  "summary.noPlanForAthlete":
    "Für diese Athletendaten kann generatePlan keinen Plan erstellen, der sein Versprechen hält",
  "summary.invalidLiveOptions": "Ungültige Optionen für {of}",
  "summary.invalidHistoryOptions": "Ungültige Optionen für den Trainingsverlauf",

  invalid_type:
    "{received, select, undefined {ist erforderlich} other {muss {expected, select, int {eine ganze Zahl} number {eine Zahl} string {ein Text} boolean {true oder false} object {ein Objekt} array {eine Liste} other {{expected}}} sein, {received, select, null {nicht null} array {keine Liste} object {kein Objekt} value {nicht {value}} string {kein Text} number {keine Zahl} boolean {kein Wahrheitswert} other {nicht {received}}}}}",
  too_small:
    "{origin, select, string {muss mindestens {minimum, plural, one {# Zeichen} other {# Zeichen}} lang sein} array {muss mindestens {minimum, plural, one {# Eintrag} other {# Einträge}} haben} other {muss {inclusive, select, false {größer als} other {mindestens}} {minimum} sein}}",
  too_big:
    "{origin, select, string {darf höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} lang sein} array {darf höchstens {maximum, plural, one {# Eintrag} other {# Einträge}} haben} other {muss {inclusive, select, false {kleiner als} other {höchstens}} {maximum} sein}}",
  invalid_value:
    "{required, select, true {ist erforderlich ({values, list, or}{more, plural, =0 {} other {, ...}})} other {{count, plural, one {muss {values} sein} other {muss {values, list, or}{more, plural, =0 {} other {, ...}} sein}}}}",
  invalid_union: "passt zu keiner erlaubten Form",
  unrecognized_keys: "ist kein bekanntes Feld",
  invalid_format: "ist ungültig",
  invalid: "ist ungültig",

  "id.empty": "darf nicht leer sein",
  "id.pattern":
    "darf nur Buchstaben, Ziffern und . _ : - enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen",
  "id.duplicate":
    "die ID „{id}“ kommt zweimal vor; IDs von Einheiten und Gewohnheiten müssen in einem Plan eindeutig sein",
  "date.notReal": "muss ein gültiges Datum zwischen 1900 und 2200 im Format JJJJ-MM-TT sein",
  "date.format": "muss ein gültiges Datum im Format JJJJ-MM-TT sein",
  "time.format": "muss eine Uhrzeit im Format HH:mm sein (24-Stunden-Format), z. B. 07:00",
  "timezone.invalid": "muss der Name einer IANA-Zeitzone sein, etwa Europe/Berlin",
  "rrule.invalid": "ungültige RRULE: {detail}",
  "rrule.empty": "ungültige RRULE: die Regel ist leer; schreib eine, z. B. FREQ=DAILY",
  "rrule.tooLong": "ungültige RRULE: die Regel ist länger als {max} Zeichen",
  "rrule.prefix": "ungültige RRULE: schreib nur die Regel, ohne „RRULE:“ davor und ohne DTSTART-Zeile",
  "rrule.notAPart": "ungültige RRULE: „{value}“ ist kein Teil der Form NAME=WERT",
  "rrule.dtstart": "ungültige RRULE: DTSTART ist nicht erlaubt: die Regel beginnt am ersten Tag der Phase",
  "rrule.timeOfDay": "ungültige RRULE: {part} wird nicht unterstützt: die Uhrzeit legt „time“ der Einheit fest",
  "rrule.unknownPart":
    "ungültige RRULE: {part} ist kein unterstützter RRULE-Teil (erlaubt sind FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, WKST)",
  "rrule.duplicatePart": "ungültige RRULE: {part} kommt zweimal vor",
  "rrule.freqMissing": "ungültige RRULE: FREQ fehlt",
  "rrule.freqValue": "ungültige RRULE: FREQ muss DAILY, WEEKLY, MONTHLY oder YEARLY sein, nicht {value}",
  "rrule.intervalRange": "ungültige RRULE: INTERVAL muss eine ganze Zahl von {min} bis {max} sein, nicht {value}",
  "rrule.countAndUntil": "ungültige RRULE: COUNT und UNTIL gehen nicht zusammen",
  "rrule.countRange": "ungültige RRULE: COUNT muss eine ganze Zahl von {min} bis {max} sein, nicht {value}",
  "rrule.untilFormat":
    "ungültige RRULE: UNTIL muss die Form YYYYMMDD oder YYYYMMDDTHHMMSS haben, optional mit Z am Ende, nicht „{value}“",
  "rrule.untilDate": "ungültige RRULE: UNTIL ist kein gültiges Datum: „{value}“",
  "rrule.untilTime": "ungültige RRULE: UNTIL hat eine unmögliche Uhrzeit: „{value}“",
  "rrule.byDayFormat": "ungültige RRULE: BYDAY erwartet Wochentage wie MO,WE oder 1SA, nicht „{value}“",
  "rrule.byDayNumberFreq": "ungültige RRULE: BYDAY „{value}“ mit einer Zahl geht nur mit FREQ=MONTHLY oder YEARLY",
  "rrule.byDayNumberRange":
    "ungültige RRULE: BYDAY „{value}“: die Zahl muss zwischen {min} und {max} oder -{min} und -{max} liegen",
  "rrule.listFormat":
    "ungültige RRULE: {part} erwartet eine durch Kommas getrennte Liste ganzer Zahlen, nicht „{value}“",
  "rrule.listRange":
    "ungültige RRULE: die Werte von {part} müssen zwischen {min} und {max} (oder -{max} und -{min}) liegen, nicht {value}",
  "rrule.byMonthNegative": "ungültige RRULE: die Werte von BYMONTH müssen zwischen {min} und {max} liegen",
  "rrule.byDayMixed":
    "ungültige RRULE: BYDAY kann Wochentage mit und ohne Zahl nicht mischen (1MO,TU): schreib zwei Einheiten",
  "rrule.byMonthDayWeekly": "ungültige RRULE: BYMONTHDAY geht nicht mit FREQ=WEEKLY",
  "rrule.bySetPosAlone": "ungültige RRULE: BYSETPOS braucht einen weiteren BYxxx-Teil, aus dem es auswählt",
  "rrule.weekStart": "ungültige RRULE: WKST muss ein Wochentag wie MO sein, nicht {value}",
  "pace.format": "muss ein Tempo m:ss/km oder m:ss/mi sein, z. B. „5:15/km“",
  "pace.formatOrName":
    "muss ein Tempo m:ss/km oder m:ss/mi sein, z. B. „5:15/km“, oder der Name eines Tempos aus dem Plan, z. B. „5k“",
  "pace.unknownName": "nennt das Tempo „{pace}“, das in den „paces“ des Plans fehlt",
  "pace.missing":
    "braucht ein „pace“ (bei Läufen genügen auch die „paces“ des Plans), um die Dauer der Strecke zu berechnen",
  "race.time": "muss eine Zeit im Format h:mm:ss oder m:ss sein, z. B. 1:31:35 oder 19:57",
  "race.distanceMissing": "ein Wettkampf braucht „distanceKm“ oder „distanceMi“",
  "distance.both": "gib „distanceKm“ oder „distanceMi“ an, nicht beides",
  "activity.start":
    "muss eine Datums- und Uhrzeitangabe nach ISO 8601 mit Zeitzonenversatz sein, z. B. 2026-11-03T07:00:00+01:00",
  "activity.occurrenceId": "muss eine Einheiten-ID wie easy@2026-11-03 sein",
  "activity.startDay": "ist am {startDate}, nicht am {date}",
  "activity.duplicateId": "die Aktivitäts-ID „{id}“ kommt zweimal vor (zuerst bei [{first}])",
  "habit.repeatOrWhen": "gib genau eines an: „repeat“ (eine RRULE) oder „when“: „before-each-run“",
  "habit.timeBeforeRun": "eine Gewohnheit mit „before-each-run“ übernimmt die Uhrzeit jedes Laufs; lass „time“ weg",
  "habit.gPerKg":
    "„gPerKg“ ist ein Ziel für Eiweiß oder Kohlenhydrate: Nutze es mit dem Fokus lean-protein oder complex-carbs",
  "weeks.oneOff": "ist bei einer einmaligen Einheit („date“) ein einzelner Wert, nicht einer pro Woche",
  "weeks.count": "hat {entries} Einträge für {weeks} Wochen",
  "weeks.nullRpe": "ist null in einer Woche, in der die Einheit stattfindet",
  "phase.duplicateId": "die Phasen-ID „{id}“ kommt zweimal vor",
  "exception.unknownSession": "keine Einheit hat die ID „{sessionId}“",
  "exception.outsidePlan": "{date} liegt außerhalb des Plans ({start} bis {end})",
  "session.outsidePhase": "{date} liegt außerhalb der Phase ({start} bis {end})",
  "session.timing": "gib genau eines von „on“, „repeat“ oder „date“ an",
  "session.weekdayTwice": "nennt einen Wochentag doppelt",
  "session.minutesRequired": "ist erforderlich (oder Schritte, oder bei Läufen, Gehen und Wandern eine Strecke)",
  "session.priority": "nur Wettkämpfe haben eine Priorität",
  "session.exercisesOrFocus": "gib „exercises“ oder „focus“ an",
  "session.tooLong":
    "{from, select, steps {die Schritte ergeben {minutes} Minuten} minutes {dauert {minutes} Minuten{when, select, week { in Woche {week} der Phase} progression { in Woche {week} der Phase (mit dem Steigerungsfaktor {multiplier})} other {}}} other {die Strecke dauert in diesem Tempo {minutes} Minuten{when, select, week { in Woche {week} der Phase} progression { in Woche {week} der Phase (mit dem Steigerungsfaktor {multiplier})} other {}}}}; eine Einheit dauert höchstens {max} Minuten (einen Tag)",
  "timesPerWeek.needsOn": "braucht „on“ mit den möglichen Tagen",
  "timesPerWeek.tooMany":
    "verlangt {times, plural, one {#-mal} other {#-mal}} pro Woche, aber nur {days, plural, one {# Tag ist} other {# Tage sind}} möglich",
  "exercise.repsOrSeconds": "gib entweder „reps“ oder „seconds“ an (eines davon, nicht beides)",
  "exercise.otherPattern":
    "eine Übung namens „other“ braucht ein „pattern“ (knee-dominant, hip-hinge, calf-foot, trunk, plyometric oder upper)",
  "exercise.pattern": "„{name}“ ist eine Übung vom Typ „{pattern}“; lass „pattern“ weg oder nutze den Namen „other“",
  "step.length": "gib eines von „minutes“, „seconds“, „distanceKm“ oder „distanceMi“ an",
  "range.order": "muss mindestens so groß wie min sein",
  "limit.weeks": "die Phasen ergeben {weeks} Wochen; die Grenze ist {limit}",
  "limit.steps": "hat {count} Schritte; die Grenze ist {limit}",
  "limit.stepDepth": "Wiederholungen lassen sich höchstens {depth} Ebenen tief verschachteln",
  "limits.notObject":
    "muss ein Objekt mit Grenzwerten sein, nicht {received, select, number {{value}} string {der Text {value}} null {null} array {eine Liste} other {{received}}}",
  "limits.unknown": "ist kein Grenzwert (die Grenzwerte sind {limits})",
  "limits.value":
    "muss eine positive ganze Zahl sein (höchstens {max}), nicht {received, select, number {{value}} string {der Text {value}} null {null} array {eine Liste} other {{received}}}",

  "limit.occurrences": "der Plan ergibt mehr als {limit} Einheiten, die Obergrenze für die Berechnung eines Plans",
  "limit.weeksWithExceptions":
    "die Phasen und die Wochen, die {kinds, select, shift {Verschiebungen} pause {Pausen} rest {Ruhetage} shift+pause {Verschiebungen und Pausen} shift+rest {Verschiebungen und Ruhetage} pause+rest {Pausen und Ruhetage} other {Verschiebungen, Pausen und Ruhetage}} hinzufügen, ergeben {weeks} Wochen; die Grenze ist {limit}{raised, select, true {, die Wochen der Phasen (die Option maxWeeks hebt sie an)} other {}}",
  "limit.workoutSteps":
    "hat {count} Schritte, wenn die verschachtelten Wiederholungen ausgeschrieben sind; ein Training darf höchstens {limit} haben",
  "workout.kind":
    "{kind, select, mobility {eine Mobilitätseinheit} mental {eine Mentaleinheit} habit {eine Gewohnheit} other {eine Einheit {kind}}} hat kein Training: Gib einen Lauf, eine Alternativeinheit oder eine Krafteinheit an",
  "workout.now": "muss eine Datums- und Uhrzeitangabe zwischen 1990 und 2126 sein, mit Z oder einem Versatz",
  "workout.tolerance": "muss eine Zahl von 0 oder mehr sein",
  "options.notObject": "muss ein Objekt sein",
  "live.asOf": "muss ein gültiges Datum im Format JJJJ-MM-TT sein",
  "live.windowDays": "muss eine ganze Zahl von Tagen von 0 bis 14 sein",
  "live.bands": "muss { green: { min, max }, yellow: { min, max } } sein, mit yellow rund um green",
  "live.seed": "muss { ctl, atl } mit zwei endlichen Zahlen sein",
  "live.decay": "muss „exponential“ oder „ema“ sein",
  "live.ctlDays": "muss eine ganze Zahl von Tagen von 1 bis 365 sein",
  "live.atlDays": "muss eine ganze Zahl von Tagen von 1 bis 365 sein",
  "live.tsbDay": "muss „previous“ oder „same“ sein",
  "live.defaultRpe": "muss ein RPE von 0 bis 10 sein",
  "history.until": "muss ein gültiges Datum im Format JJJJ-MM-TT sein (der Starttag des Plans)",
  "history.days": "muss eine ganze Zahl von Tagen von 1 bis 3660 sein",
  "history.timezone": "muss der Name einer IANA-Zeitzone sein, etwa Europe/Berlin",

  "generate.wholeNumber": "muss eine ganze Zahl von {min} bis {max} sein",
  "generate.noBase": "Übergangs- und Vorbereitungsphase lassen keine Woche für die Grundlagenphase übrig",
  "generate.seed": "muss eine ganze Zahl sein",
  "generate.targetMinutes": "muss eine ganze Zahl von Minuten von {min} bis {max} sein",
  "generate.days":
    "hat {count, plural, one {# Tag} other {# Tage}} mit {minutes} Minuten oder mehr; ein Plan braucht {needed} für seine 3 Läufe pro Woche (weniger läuft keine Stufe): gib {more, plural, one {noch einen Tag} other {noch # Tage}} mit {minutes} Minuten oder mehr frei",
  "generate.inSeason":
    "ist {minutes}, unter den {min} Minuten, von denen ein Plan für {level, term, level} ausgeht: Schon seine Einheiten würden die Belastung gegenüber der Saison sprunghaft erhöhen; prüfe das Niveau oder die Minuten",
  "generate.seasonEnd":
    "ist {seasonEndDate}, nicht vor dem Planstart {startDate}: Ein Plan für die Saisonpause beginnt nach der Saison",

  "exception.adjustmentOutside": "{field} {date} liegt außerhalb des Plans ({start} bis {end})",
  "exception.endsBeforeStart": "endet am {to}, bevor sie beginnt ({from})",
  "exception.noneInRange": `vom {from} bis {to} ist keine Einheit geplant, also läuft ${ACTION} ins Leere`,
  "exception.noneFrom": `{one, select, true {die Einheit „{sessionId}“ ist ab dem {from} nicht geplant} other {ab dem {from} ist keine Einheit geplant}}, also läuft ${ACTION} ins Leere`,
  "exception.noneOn": `{one, select, true {die Einheit „{sessionId}“ ist am {date} nicht geplant} other {am {date} ist keine Einheit geplant}}, also läuft ${ACTION} ins Leere`,
  "exception.movesBefore":
    "verschiebt „{sessionId}“ vom {from} auf den {to}, vor den Beginn der Verschiebung ({start})",
  "exception.movesPastEnd": "verschiebt „{sessionId}“ vom {from} auf den {to}, über das Planende ({end}) hinaus",
  "exception.shiftZero": "verschiebt um 0 Tage, was nichts ändert",
  "exception.claimed": "exceptions[{claimedBy}] ändert „{sessionId}“ am {date} bereits",
  "exception.swapSelf": "tauscht den {date} mit sich selbst",
  "exception.swapNothing": "am {date} und am {with} ist keine Einheit geplant, also läuft dieser Tausch ins Leere",

  "config.level": "muss eines von {levels, list, or} sein",
  "config.ruleTaken": "die Regel-ID „{id}“ ist bereits vergeben",
  "config.unknownRule": "unbekannte Regel „{id}“",
  "config.severity": "der Schweregrad muss „off“, „info“, „warning“ oder „error“ sein",
  "config.optionsObject": "die Optionen müssen ein Objekt sein",
  "config.unknownOptions": "unbekannte Optionen: {keys, list}",
  "config.invalidOption": "ungültige Option ({code})",
  "rule.id": "„{id}“ ist keine Regel-ID in kebab-case (plugin/regel-name ist erlaubt)",
  "rule.fundamental": "muss eines von {fundamentals, list, or} sein",
  "rule.type": "muss problem oder coverage sein",
  "rule.severity": "muss info, warning oder error sein",
  "rule.messages": "muss mindestens eine Meldung festlegen",
  "rule.defaults": "passt nicht zum Optionsschema",
  "rule.localeMessage": "übersetzt die Meldungs-ID „{messageId}“, die meta.messages nicht festlegt",
};
