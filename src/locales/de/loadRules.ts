/** The German messages of the load rules, by rule id, then message id. */
import type { Locale } from "../../locale/types.js";
import { AT_WHEN } from "./phrases.js";

/** "Woche 3" / "den Wochen 1-3 und 5" (after "in"). */
const inWeeks = "{weekCount, plural, one {Woche {weeks, weeks}} other {den Wochen {weeks, weeks}}}";
/** A run's title with its minutes beside the distance it was given in. */
const spokenTitle =
  "„{title}“{spoken, select, minutes { (etwa {aboutMinutes} min)} range { (etwa {aboutMinutes}-{aboutMinutesMax} min)} open { (etwa {aboutMinutes} min oder mehr)} other {}}";
/** An amount of running in the run's own unit, by its prefix: `longest` or `target`. */
const amount = (prefix: string) =>
  `{unit, select, min {{${prefix}Minutes} min} other {{${prefix}Amount} {unit, term, unit} (etwa {${prefix}Minutes} min)}}`;
/** The week a week's running is compared with. */
const compared =
  "{compared, select, in-season {deine übliche Woche in der Saison} history {{weeksBefore, plural, one {die Woche vor dem Plan} other {die Woche # Wochen vor dem Plan}}, die umfangreichste der 3 Wochen davor} other {Woche {comparedWeek}, die umfangreichste der 3 Wochen davor}}";
const unitWord = "{unit, select, km {mehr Kilometer} other {mehr Laufminuten}}";
const acwr = "Das Verhältnis von akuter zu chronischer Belastung (ACWR)";
/** VO2max work inside Foster's window after a race (a warning, or a note for advanced and elite runners). */
const QUALITY_TOO_SOON =
  "Die Einheit „{sessionId}“ am {date, date} liegt am {day}. Tag nach dem Wettkampf über {raceKm} km am {raceDate, date}; Trainer verzichten {days, plural, one {am ersten Tag} other {in den ersten # Tagen}} nach einem Wettkampf auf Intervalle, Bergläufe, Fahrtspiel und Wettkämpfe (ein Tag pro Wettkampfmeile).";

export const loadRules: NonNullable<Locale["rules"]> = {
  "acwr-band": {
    danger: {
      message:
        "Am {date, date} (Woche {week}) erreicht das Verhältnis von akuter zu chronischer Belastung (ACWR) {acwr}, mehr als {danger}: eine Belastungsspitze.",
      hint: "Geh Woche {week} ruhiger an: Steigere die Belastung in den Wochen davor allmählicher.",
    },
    high: {
      message: `${acwr} steigt in ${inWeeks} über den Bereich {low}-{high} (bis {acwr} am {date, date}).`,
      hint: "Die Belastung steigt schnell; halte die nächsten Wochen gleichmäßig.",
    },
    low: {
      message: `${acwr} bleibt in ${inWeeks} unter dem Bereich {low}-{high} (ein Spitzenwert von nur {acwr} in Woche {worstWeek}).`,
      hint: "Die Belastung sinkt: In einer Entlastungswoche ist das in Ordnung, über längere Zeit aber verlierst du Form.",
    },
    unreported: {
      message: `${acwr} wird nicht berechnet: Dafür braucht es 28 Tage aus Trainingshistorie und Plan zusammen oder deine wöchentlichen Laufminuten in der Saison.`,
      hint: "Gib eine Trainingshistorie der Wochen vor dem Plan (28 Tage oder mehr) oder inSeasonWeeklyRunMinutes in den Athletendaten an, um es zu prüfen.",
    },
    unseeded: {
      message: `${acwr} wird erst ab Woche {week} berechnet: Dafür braucht es 28 Tage aus Trainingshistorie und Plan zusammen oder deine wöchentlichen Laufminuten in der Saison.`,
      hint: "Gib eine Trainingshistorie der Wochen vor dem Plan (28 Tage oder mehr) oder inSeasonWeeklyRunMinutes in den Athletendaten an, um auch die ersten Wochen zu prüfen.",
    },
  },
  "base-volume": {
    tooMuch: {
      message:
        "{weekCount, plural, one {Woche {weeks, weeks} kommt} other {Die Wochen {weeks, weeks} kommen}} auf bis zu {minutes} min Laufen, das {ratio}-Fache deiner üblichen Saisonwoche mit {inSeason} min; eine Grundlagenwoche sollte höchstens das {max}-Fache haben.",
      hint: "Halte Grundlagenwochen bei {limitMinutes} Laufminuten oder weniger und arbeite dich erst an deinen Umfang aus der Saison heran.",
    },
  },
  "deload-week": {
    noDeload: {
      message:
        "Woche {week} ist die {count}. Belastungswoche in Folge (Trainingshistorie eingerechnet); für {level, term, level} gehört spätestens nach {max, plural, one {# Belastungswoche} other {# Belastungswochen}} eine Entlastungswoche in den Plan.",
      hint: "Mach Woche {week} zur Entlastungswoche: etwa {target} Laufminuten oder weniger.",
    },
    longestInReduced: {
      message:
        "Woche {week} ist eine Entlastungswoche, enthält aber den längsten Lauf des Plans: „{sessionId}“ am {date, date}, bis zu {minutes} min (der längste Lauf der Belastungswochen: {longest} min).",
      hint: "Kürze den langen Lauf in Woche {week} auf etwa zwei Drittel und heb den längsten Lauf für eine Belastungswoche auf.",
    },
  },
  "long-run-share": {
    tooLong: {
      message: `„{title}“ ${AT_WHEN} macht {range, select, true {{lowPercent} bis } other {}}{share, number, percent} deiner Laufminuten der Woche aus; bei {many, select, true {{manyRuns, plural, one {# Lauf oder mehr} other {# oder mehr Läufen}}} other {{runs, plural, one {# Lauf} other {# Läufen}}}} pro Woche sollten es höchstens {max, number, percent} sein.`,
      hint: `Kürze den langen Lauf auf etwa ${amount("target")}, oder verlängere die anderen Läufe um lockere Minuten.`,
    },
    overCap: {
      message:
        "Der Lauf „{sessionId}“ am {date, date} dauert bis zu {minutes} min; Trainer begrenzen einen langen Lauf auf {max} min.",
      hint: "Kürze ihn auf {max} min oder weniger.",
    },
  },
  "race-readiness": {
    hardBefore: {
      message:
        "„{title}“ am {date, date} liegt {daysBefore, plural, one {# Tag} other {# Tage}} vor dem Wettkampf am {raceDate, date} ({race}); halte {windowDays, plural, one {den Tag} other {die # Tage}} vor einem Wettkampf frei von harten Einheiten und langen Läufen.",
      hint: "Verschiebe die Einheit auf {earliest, date} oder früher, oder mach daraus einen kurzen lockeren Dauerlauf.",
    },
    intervalsBefore: {
      message:
        "„{title}“ am {date, date} liegt {daysBefore, plural, one {# Tag} other {# Tage}} vor dem {priority}-Wettkampf am {raceDate, date} ({race}); halte {windowDays, plural, one {den Tag} other {die # Tage}} davor frei von Intervallen.",
      hint: "Verschiebe die Einheit auf {earliest, date} oder früher, oder mach daraus Steigerungsläufe oder einen kurzen Lauf im Schwellentempo.",
    },
  },
  "race-recovery": {
    tooSoon: {
      message:
        "„{title}“ am {date, date} liegt {daysAfter, plural, one {# Tag} other {# Tage}} nach dem Wettkampf am {raceDate, date} ({recent, select, true {Wettkampf über {distance} {unit, term, unit}} other {{race}}}); nach einem Wettkampf über {distance} {unit, term, unit} halte {recoveryDays, plural, one {# Tag} other {# Tage}} frei von harten Einheiten und langen Läufen.",
      hint: "Verschiebe die Einheit auf {ready, date} oder später, oder mach daraus einen kurzen lockeren Dauerlauf.",
    },
    qualityTooSoon: {
      message: QUALITY_TOO_SOON,
      hint: "Verschiebe die Einheit auf {ready, date} oder später; lockere Dauerläufe und Steigerungsläufe sind bis dahin in Ordnung.",
    },
    qualityTooSoonNote: {
      message: QUALITY_TOO_SOON,
      hint: "Wenn deine Beine den Wettkampf noch spüren, verschiebe die Einheit auf {ready, date} oder später.",
    },
    longAfterMarathon: {
      message:
        "Der Lauf „{sessionId}“ am {date, date} dauert bis zu {minutes} min, am {day}. Tag nach dem Marathon am {raceDate, date}; lauf in den ersten {firstDays} Tagen nach einem Marathon nicht länger als {max} min.",
      hint: "Kürze ihn auf {max} min oder weniger, oder geh stattdessen spazieren oder mach lockeres Alternativtraining.",
    },
  },
  "single-run-spike": {
    spike: {
      message: `${spokenTitle} am {date, date} ist {change, number, percent} länger als dein längster Lauf der 30 Tage davor mit ${amount("longest")}.`,
      hint: `Begrenze den Lauf auf ${amount("target")} oder weniger und verlängere ihn in den nächsten Wochen schrittweise.`,
    },
    unchecked: {
      message:
        "Die Läufe {days, plural, one {des ersten Tages} other {der ersten # Tage}} wurden nicht auf plötzliche Längensprünge geprüft: Ihre 30 Tage davor reichen vor den Planstart zurück, und keine Trainingshistorie deckt diese Zeit ab.",
      hint: "Gib eine Trainingshistorie mit dem längsten Lauf jedes Tages (oder jeder Woche) an, um sie zu prüfen.",
    },
    doubled: {
      message: `${spokenTitle} am {date, date} ist {change, number, percent} länger als dein längster Lauf der 30 Tage davor mit ${amount("longest")}: mehr als {errorLimit, number, percent} länger.`,
      hint: `Begrenze den Lauf auf ${amount("target")} oder weniger; arbeite dich über mehrere Wochen an diese Länge heran.`,
    },
  },
  "transition-first": {
    missing: {
      message:
        "Der Plan beginnt {days, plural, =0 {am Tag des Saisonendes} one {# Tag nach dem Saisonende} other {# Tage nach dem Saisonende}}, aber mit der {type, term, phase} statt mit einer Übergangsphase.",
      hint: "Beginne mit 1-4 Wochen Übergangsphase: weniger und überwiegend lockeres Training, damit du dich von der Saison erholst.",
    },
    tooLong: {
      message:
        "Die Übergangsphase „{phase}“ dauert {weeks} Wochen; mehr als {max, plural, one {# Woche} other {# Wochen}} mit reduziertem Training kosten Form.",
      hint: "Kürze sie auf {max, plural, one {# Woche} other {# Wochen}} oder weniger und beginne mit dem Grundlagenaufbau.",
    },
  },
  "transition-volume": {
    weekTooMuch: {
      message:
        "{weekCount, plural, one {Woche {weeks, weeks} der Übergangsphase kommt} other {Die Wochen {weeks, weeks} der Übergangsphase kommen}} auf bis zu {minutes} min Laufen, {share, number, percent} der {inSeason} min deiner üblichen Saisonwoche; in einer Übergangswoche sind höchstens {max, number, percent} sinnvoll.",
      hint: "Halte jede Übergangswoche bei {limitMinutes} Laufminuten oder weniger: mehr Ruhe, lockeres Alternativtraining, kürzere Läufe.",
    },
    firstDaysTooMuch: {
      message:
        "Die ersten {firstDays} Tage nach der Saison ({from, date} bis {to, date}) kommen auf {minutes} min Laufen, {share, number, percent} der {inSeason} min deiner üblichen Saisonwoche; bleib bei höchstens {max, number, percent}.",
      hint: "Lauf in diesen Tagen insgesamt {limitMinutes} min oder weniger; setz vor allem auf Ruhe und lockeres Alternativtraining.",
    },
    firstDaysHard: {
      message:
        "„{title}“ am {date, date} ist eine harte Einheit {daysAfter, plural, one {# Tag} other {# Tage}} nach dem Saisonende ({seasonEnd, date}); die ersten {firstDays} Tage sind zur Erholung da.",
      hint: "Mach daraus einen lockeren Dauerlauf oder Alternativtraining, oder verschiebe die Einheit auf {ready, date} oder später.",
    },
    firstDaysLong: {
      message:
        "„{title}“ am {date, date} liegt {daysAfter, plural, one {# Tag} other {# Tage}} nach dem Saisonende ({seasonEnd, date}); Läufe der ersten {firstDays} Tage bleiben bei höchstens {max} min.",
      hint: "Kürze den Lauf auf {max} min oder weniger, oder verschiebe ihn auf {ready, date} oder später.",
    },
    unchecked: {
      message:
        "Die Laufminuten der Übergangsphase wurden nicht mit der Saison verglichen: In den Athletendaten fehlt inSeasonWeeklyRunMinutes.",
      hint: "Ergänze inSeasonWeeklyRunMinutes in den Athletendaten (die Laufminuten einer typischen Woche in der Saison), um sie zu prüfen.",
    },
  },
  "weekly-monotony": {
    monotonous: {
      message:
        "{weekCount, plural, one {Woche {weeks, weeks} hat} other {Die Wochen {weeks, weeks} haben}} eine Trainingsmonotonie von {range, select, true {{monotonyLow} bis } other {}}{monotony} (Grenze {max}): Die Tage sind sich zu ähnlich.",
      hint: "Bring Abwechslung in die Tage: Mach einen Tag zum kompletten Ruhetag und wechsle härtere und leichtere Tage ab.",
    },
  },
  "weekly-volume-progression": {
    spike: {
      message: `Woche {week} hat {change, number, percent} ${unitWord} als ${compared} (von {before} auf {after}); mehr als {limit, number, percent} erhöht das Verletzungsrisiko.`,
      hint: "Verteile die Steigerung auf mehr Wochen: in Woche {week} etwa {target} {unit, select, km {km} other {Minuten}}.",
    },
    increase: {
      message: `Woche {week} hat {change, number, percent} ${unitWord} als ${compared} (von {before} auf {after}).`,
      hint: "Steigerungen um mehr als {limit, number, percent} pro Woche sind ab und zu in Ordnung; halte die meisten Wochen darunter.",
    },
    twoWeekSpike: {
      message: `Woche {week} hat {change, number, percent} ${unitWord} als Woche {from}, zwei Wochen davor (von {before} auf {after}); mehr als {limit, number, percent} in 2 Wochen erhöht das Verletzungsrisiko.`,
      hint: "Halte Woche {week} bei etwa {target} {unit, select, km {km} other {Minuten}}, oder plane eine Aufbauwoche mehr ein.",
    },
  },
  "quality-progression": {
    stagnant: {
      message:
        "Die Einheit „{sessionId}“ ({runType, term, runType}) ist von Woche {from} bis Woche {to} unverändert ({count} Grundlagenwochen in Folge); Trainer steigern eine Einheit spätestens nach {max, plural, one {# Woche} other {# Wochen}}.",
      hint: "Steigere immer nur eine Sache: eine Wiederholung mehr, ein paar Minuten mehr im Belastungsteil oder etwas mehr Tempo.",
    },
  },
  availability: {
    unavailable: {
      message: `„{title}“ ${AT_WHEN} fällt auf einen Tag, an dem {athlete} nicht trainieren kann.`,
      hint: "Leg die Einheit auf einen Tag, an dem {athlete} Zeit hat, oder lass sie mit einer Ausnahme ausfallen.",
    },
    tooLong: {
      message:
        "{weekCount, plural, one {Am {first, date} stehen} other {Jeden {first, weekday} in den Wochen {weeks, weeks} stehen bis zu}} {minutes} min Training auf dem Plan; {athlete} hat an diesem Tag nur {max} min Zeit.",
      hint: "Kürze oder verschiebe {over} min davon.",
    },
    skipped: {
      message: "Die Verfügbarkeit wurde nicht geprüft: Es wurden keine Athletendaten angegeben.",
      hint: "Gib die Athletendaten an (validatePlan(plan, { athlete }) oder --athlete in der CLI), um Tage und Minuten zu prüfen.",
    },
  },
  "steps-duration": {
    mismatch: {
      message:
        "Die Einheit „{sessionId}“ dauert {span, select, closed {{minutes}-{maxMinutes} min} open {{minutes} min oder mehr} other {{minutes} min}}, aber ihre Schritte ergeben {steps} min ({difference, number, percent} {direction, select, short {zu kurz} other {zu lang}}).",
      hint: "Bring Schritte und Minuten auf höchstens {tolerance, number, percent} Abweichung, oder lass die Minuten weg und die Schritte die Länge bestimmen.",
    },
  },
};
