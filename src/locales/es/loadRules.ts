/** The Spanish messages of the load rules, by rule id, then message id. */
import type { Locale } from "../../locale/types.js";

/** "la semana 3" / "las semanas 1-3 y 5" (after "en"). */
const inWeeks = "{weekCount, plural, one {la semana} other {las semanas}} {weeks, weeks}";
/** "del sábado, 7 de noviembre de 2026," / "de cada martes de las semanas 1-3" (a full date closed by a comma). */
const ofWhen =
  "{weekCount, plural, one {del {first, date},} other {de cada {first, weekday} de las semanas {weeks, weeks}}}";
/** A run's title, quoted, with its minutes beside the distance it was given in. */
const spokenTitle =
  "«{title}»{spoken, select, minutes { (unos {aboutMinutes} min)} range { (unos {aboutMinutes}-{aboutMinutesMax} min)} open { ({aboutMinutes} min o más)} other {}}";
/** An amount of running in the run's own unit, by its prefix: `longest` or `target`. */
const amount = (prefix: string) =>
  `{unit, select, min {{${prefix}Minutes} min} other {{${prefix}Amount} {unit, term, unit} (unos {${prefix}Minutes} min)}}`;
/** The week a week's running is compared with. */
const compared =
  "{compared, select, in-season {tu semana habitual en temporada} history {{weeksBefore, plural, one {la semana anterior al plan} other {la semana situada # semanas antes del plan}}, la más alta de las 3 anteriores} other {la semana {comparedWeek}, la más alta de las 3 anteriores}}";
const unitWord = "{unit, select, km {de kilómetros} other {de minutos}}";
const acwr = "La ratio de carga aguda:crónica";
/** VO2max work inside Foster's window after a race (a warning, or a note for advanced and elite runners). */
const QUALITY_TOO_SOON =
  "La sesión «{sessionId}», el {date, date}, cae {day, plural, one {el día siguiente a} other {# días después de}} la carrera de {raceKm} km del {raceDate, date}; los entrenadores no programan series, cuestas, fartlek ni competiciones en {days, plural, one {el primer día} other {los primeros # días}} tras una carrera (un día por milla de competición).";

export const loadRules: NonNullable<Locale["rules"]> = {
  "acwr-band": {
    danger: {
      message:
        "El {date, date} (semana {week}), la ratio de carga aguda:crónica llega a {acwr}, por encima de {danger}: un pico de carga.",
      hint: "Llega a la semana {week} con más calma: sube la carga de forma más gradual en las semanas anteriores.",
    },
    high: {
      message: `${acwr} supera la franja {low}-{high} en ${inWeeks} (hasta {acwr} el {date, date}).`,
      hint: "La carga sube deprisa; mantén estables las próximas semanas.",
    },
    low: {
      message: `${acwr} se queda por debajo de la franja {low}-{high} en ${inWeeks} (un máximo de solo {acwr} en la semana {worstWeek}).`,
      hint: "La carga baja: está bien para una semana de descarga, pero los periodos largos hacen perder forma.",
    },
    unreported: {
      message: `${acwr} no se calcula: necesita 28 días entre historial de entrenamiento y plan, o tus minutos semanales de carrera en temporada.`,
      hint: "Pasa un historial de las semanas anteriores al plan (28 días o más) o el inSeasonWeeklyRunMinutes del atleta para revisarla.",
    },
    unseeded: {
      message: `${acwr} se calcula a partir de la semana {week}: necesita 28 días entre historial de entrenamiento y plan, o tus minutos semanales de carrera en temporada.`,
      hint: "Pasa un historial de las semanas anteriores al plan (28 días o más) o el inSeasonWeeklyRunMinutes del atleta para revisar también las primeras semanas.",
    },
  },
  "base-volume": {
    tooMuch: {
      message:
        "{weekCount, plural, one {La semana {weeks, weeks} llega} other {Las semanas {weeks, weeks} llegan}} hasta {minutes} min de carrera, {ratio} veces tu semana en temporada de {inSeason} min; una semana de base no pasa de {max} veces.",
      hint: "Deja las semanas de base en {limitMinutes} minutos de carrera o menos, y acércate primero a tu nivel de temporada.",
    },
  },
  "deload-week": {
    noDeload: {
      message:
        "La semana {week} suma {count} semanas de carga seguidas (historial incluido); para el nivel {level, term, level}, planifica una semana de descarga tras {max, plural, one {# semana de carga} other {# semanas de carga}} como máximo.",
      hint: "Haz de la semana {week} una semana de descarga: unos {target} minutos de carrera o menos.",
    },
    longestInReduced: {
      message:
        "La semana {week} es de descarga, pero tiene la tirada más larga del plan: «{sessionId}» del {date, date}, de hasta {minutes} min (la más larga de las semanas de carga: {longest} min).",
      hint: "Recorta la tirada larga de la semana {week} a unos dos tercios de su duración y guarda la más larga para una semana de carga.",
    },
  },
  "long-run-share": {
    tooLong: {
      message: `«{title}» ${ofWhen} supone {range, select, true {entre el {lowPercent} y el {share, number, percent}} other {el {share, number, percent}}} de tus minutos de carrera de la semana; con {many, select, true {{manyRuns, plural, one {# carrera o más} other {# o más carreras}}} other {{runs, plural, one {# carrera} other {# carreras}}}} por semana, no pases del {max, number, percent}.`,
      hint: `Acorta esta tirada a unos ${amount("target")}, o añade minutos suaves a las otras carreras.`,
    },
    overCap: {
      message:
        "La tirada «{sessionId}», el {date, date}, dura hasta {minutes} min; los entrenadores no alargan una tirada larga más allá de {max} min.",
      hint: "Acórtala a {max} min o menos.",
    },
  },
  "race-readiness": {
    hardBefore: {
      message:
        "«{title}», el {date, date}, cae {daysBefore, plural, one {# día} other {# días}} antes de la carrera del {raceDate, date} ({race}); no hagas sesiones duras ni tiradas largas {windowDays, plural, one {el día antes de una carrera} other {en los # días previos a una carrera}}.",
      hint: "Pasa esta sesión al {earliest, date} o antes, o conviértela en un rodaje suave corto.",
    },
    intervalsBefore: {
      message:
        "«{title}», el {date, date}, cae {daysBefore, plural, one {# día} other {# días}} antes de la carrera {priority} del {raceDate, date} ({race}); no hagas series {windowDays, plural, one {el día antes} other {en los # días previos}}.",
      hint: "Pasa esta sesión al {earliest, date} o antes, o cámbiala por progresivos o un rodaje corto a ritmo umbral.",
    },
  },
  "race-recovery": {
    tooSoon: {
      message:
        "«{title}», el {date, date}, cae {daysAfter, plural, one {# día} other {# días}} después de la carrera del {raceDate, date} ({recent, select, true {la carrera de {distance} {unit, term, unit}} other {{race}}}); tras {distance} {unit, term, unit} de competición, no hagas sesiones duras ni tiradas largas durante {recoveryDays, plural, one {# día} other {# días}}.",
      hint: "Pasa esta sesión al {ready, date} o más tarde, o conviértela en un rodaje suave corto.",
    },
    qualityTooSoon: {
      message: QUALITY_TOO_SOON,
      hint: "Pásala al {ready, date} o más tarde; hasta entonces, los rodajes suaves y los progresivos están bien.",
    },
    qualityTooSoonNote: {
      message: QUALITY_TOO_SOON,
      hint: "Pásala al {ready, date} o más tarde si aún notas la carrera en las piernas.",
    },
    longAfterMarathon: {
      message:
        "El rodaje «{sessionId}», el {date, date}, dura hasta {minutes} min {day, plural, one {el día siguiente al} other {# días después del}} maratón del {raceDate, date}; en los primeros {firstDays} días, que ningún rodaje pase de {max} min.",
      hint: "Acórtalo a {max} min o menos, o sal a caminar o haz entrenamiento cruzado suave en su lugar.",
    },
  },
  "single-run-spike": {
    spike: {
      message: `${spokenTitle}, el {date, date}, dura un {change, number, percent} más que tu carrera más larga de los 30 días anteriores: ${amount("longest")}.`,
      hint: `Limita esta carrera a ${amount("target")} o menos, y alárgala poco a poco en las próximas semanas.`,
    },
    unchecked: {
      message:
        "{days, plural, one {Las carreras del primer día no se han revisado} other {Las carreras de los primeros # días no se han revisado}} en busca de picos: sus 30 días previos caen antes del plan y ningún historial cubre ese periodo.",
      hint: "Pasa un historial de entrenamiento con la carrera más larga de cada día (o de cada semana) para revisarlas.",
    },
    doubled: {
      message: `${spokenTitle}, el {date, date}, dura un {change, number, percent} más que tu carrera más larga de los 30 días anteriores (${amount("longest")}): más de un {errorLimit, number, percent} por encima.`,
      hint: `Limita esta carrera a ${amount("target")} o menos; llega a esta duración de forma progresiva a lo largo de varias semanas.`,
    },
  },
  "transition-first": {
    missing: {
      message:
        "El plan empieza {days, plural, =0 {el mismo día en que acaba la temporada} one {# día después de acabar la temporada} other {# días después de acabar la temporada}}, pero abre con una fase de {type, term, phase}, no con una de transición.",
      hint: "Empieza con 1-4 semanas de transición: entrenamiento reducido y sobre todo suave para recuperarte de la temporada.",
    },
    tooLong: {
      message:
        "La fase de transición «{phase}» dura {weeks} semanas; más de {max, plural, one {# semana} other {# semanas}} de entrenamiento reducido hacen perder forma.",
      hint: "Acórtala a {max, plural, one {# semana} other {# semanas}} o menos y empieza a construir la base.",
    },
  },
  "transition-volume": {
    weekTooMuch: {
      message:
        "{weekCount, plural, one {La semana {weeks, weeks} de la transición suma} other {Las semanas {weeks, weeks} de la transición suman}} hasta {minutes} min de carrera, el {share, number, percent} de los {inSeason} min de tu semana en temporada; una semana de transición no pasa del {max, number, percent}.",
      hint: "Deja cada semana de transición en {limitMinutes} minutos de carrera o menos: más descanso, entrenamiento cruzado suave y carreras más cortas.",
    },
    firstDaysTooMuch: {
      message:
        "Los primeros {firstDays} días tras la temporada (del {from, date} al {to, date}) suman {minutes} min de carrera, el {share, number, percent} de los {inSeason} min de tu semana en temporada; no pases del {max, number, percent}.",
      hint: "Corre {limitMinutes} min o menos en esos días, y dedícalos sobre todo al descanso y al entrenamiento cruzado suave.",
    },
    firstDaysHard: {
      message:
        "«{title}», el {date, date}, es una sesión dura {daysAfter, plural, one {# día} other {# días}} después del final de la temporada ({seasonEnd, date}); los primeros {firstDays} días son para recuperarse.",
      hint: "Cámbiala por un rodaje suave o entrenamiento cruzado, o pásala al {ready, date} o más tarde.",
    },
    firstDaysLong: {
      message:
        "«{title}», el {date, date}, cae {daysAfter, plural, one {# día} other {# días}} después del final de la temporada ({seasonEnd, date}); en los primeros {firstDays} días, que ninguna carrera pase de {max} min.",
      hint: "Acorta esta carrera a {max} min o menos, o pásala al {ready, date} o más tarde.",
    },
    unchecked: {
      message:
        "El volumen de carrera de la transición no se ha comparado con la temporada: el atleta no indica su inSeasonWeeklyRunMinutes.",
      hint: "Añade al atleta su inSeasonWeeklyRunMinutes (los minutos de carrera de una semana típica en temporada) para revisarlo.",
    },
  },
  "weekly-monotony": {
    monotonous: {
      message:
        "{weekCount, plural, one {La semana {weeks, weeks} tiene} other {Las semanas {weeks, weeks} tienen}} una monotonía de entrenamiento de {range, select, true {{monotonyLow}-} other {}}{monotony} (límite {max}): los días se parecen demasiado.",
      hint: "Varía los días: haz de uno un día de descanso completo y alterna días más duros y más suaves.",
    },
  },
  "weekly-volume-progression": {
    spike: {
      message: `La semana {week} suma un {change, number, percent} más ${unitWord} que ${compared} (de {before} a {after}); subir más de un {limit, number, percent} aumenta el riesgo de lesión.`,
      hint: "Reparte la subida en más semanas: unos {target} {unit, select, km {km en} other {minutos en}} la semana {week}.",
    },
    increase: {
      message: `La semana {week} suma un {change, number, percent} más ${unitWord} que ${compared} (de {before} a {after}).`,
      hint: "Subir más de un {limit, number, percent} en una semana está bien de vez en cuando; mantén la mayoría de las semanas por debajo.",
    },
    twoWeekSpike: {
      message: `La semana {week} suma un {change, number, percent} más ${unitWord} que la semana {from}, dos semanas antes (de {before} a {after}); subir más de un {limit, number, percent} en 2 semanas aumenta el riesgo de lesión.`,
      hint: "Deja la semana {week} en torno a {target} {unit, select, km {km} other {minutos}}, o añade una semana más a la progresión.",
    },
  },
  "quality-progression": {
    stagnant: {
      message:
        "La sesión de {runType, term, runType} «{sessionId}» se repite igual de la semana {from} a la {to} ({count} semanas de base seguidas); los entrenadores hacen progresar un entrenamiento tras {max, plural, one {# semana} other {# semanas}} como mucho.",
      hint: "Haz progresar una sola cosa cada vez: añade una repetición, unos minutos de trabajo o un poco más de ritmo.",
    },
  },
  availability: {
    unavailable: {
      message: `«{title}» ${ofWhen} cae en un día en que {athlete} no puede entrenar.`,
      hint: "Pasa esta sesión a un día en que {athlete} esté disponible, o sáltala con una excepción.",
    },
    tooLong: {
      message:
        "{weekCount, plural, one {El {first, date}, hay} other {Cada {first, weekday} de las semanas {weeks, weeks} hay hasta}} {minutes} min de entrenamiento; {athlete} solo tiene {max} min ese día.",
      hint: "Acorta o mueve {over} min de ese día.",
    },
    skipped: {
      message: "No se ha revisado la disponibilidad: no se indicó ningún atleta.",
      hint: "Pasa el atleta (validatePlan(plan, { athlete }), o --athlete en la CLI) para revisar días y minutos.",
    },
  },
  "steps-duration": {
    mismatch: {
      message:
        "La sesión «{sessionId}» dura {span, select, closed {{minutes}-{maxMinutes} min} open {{minutes} min o más} other {{minutes} min}}, pero sus pasos suman {steps} min ({difference, number, percent} {direction, select, short {de menos} other {de más}}).",
      hint: "Haz que los pasos y los minutos coincidan con un margen del {tolerance, number, percent}, o quita los minutos y deja que los pasos marquen la duración.",
    },
  },
};
