/** The Spanish messages of the recovery rules, by rule id, then message id. */
import type { Locale } from "../../locale/types.js";

// "En la semana 3" / "En las semanas 1-4 y 6": where a weekly finding is.
const EN_SEMANAS = "En {weekCount, plural, one {la semana} other {las semanas}} {weeks, weeks}";
const LA_SEMANA = "{weekCount, plural, one {La semana {weeks, weeks} tiene} other {Las semanas {weeks, weeks} tienen}}";
// A streak or a pair named by its dates, or by its weekdays when it repeats week after week.
const FIRST = "el {single, select, true {{firstDate, date}} other {{firstDate, weekday}}}";
const SECOND = "el {single, select, true {{secondDate, date}} other {{secondDate, weekday}}}";
const STREAK = `{single, select, true {{count} días seguidos corriendo {spanWeeks, plural, =1 {en la semana {firstWeek}} other {de la semana {firstWeek} a la {lastWeek}}}, del {fromDate, date} al {toDate, date}} other {${LA_SEMANA} {count} días seguidos corriendo (de {fromDate, weekday} a {toDate, weekday})}}; para el nivel {level, term, level}, no corras más de {max, plural, one {# día} other {# días}} seguidos.`;
const ADVISED = `${EN_SEMANAS} {runFree, plural, =0 {no hay ningún día sin correr} one {solo hay # día sin correr} other {solo hay # días sin correr}}; los entrenadores aconsejan al menos {min} a la semana para {group, select, masters {los corredores veteranos} youth {los corredores jóvenes} other {un corredor de nivel {group, term, level}}}.`;
const REST = `${EN_SEMANAS} {runFree, plural, =0 {no hay ningún día sin correr} one {solo hay # día sin correr} other {solo hay # días sin correr}}; un corredor de nivel {level, term, level} necesita al menos {min} a la semana.`;

export const recoveryRules: NonNullable<Locale["rules"]> = {
  "active-recovery-easy": {
    tooHard: {
      message:
        "El rodaje de recuperación «{sessionId}» está planificado a RPE {rpe}; para que sea recuperación, no debe pasar de RPE {max}.",
      hint: "Bájalo a RPE {max} (un ritmo al que puedas conversar) o márcalo como rodaje suave.",
    },
  },
  "active-recovery-weekly": {
    tooFew: {
      message: `${EN_SEMANAS} {countsDiffer, select, true {hay menos de {min, plural, one {# sesión de recuperación activa} other {# sesiones de recuperación activa}}} other {{count, plural, =0 {no hay ninguna sesión de recuperación activa} one {solo hay # sesión de recuperación activa} other {solo hay # sesiones de recuperación activa}}}}; planifica al menos {min} por semana.`,
      hint: "Añade cada semana un paseo, un rato de natación o de bici suave (RPE 3 o menos) en un día sin correr.",
    },
  },
  "hard-sessions-per-week": {
    tooMany: {
      message: `${EN_SEMANAS} hay {count, plural, one {# sesión intensa} other {# sesiones intensas}}; el límite para el nivel {level, term, level} es {max}{where, select, transition { en una fase de transición} easyBase { en las primeras {easyBaseWeeks} semanas de base} base { en la fase de base} other {}}.`,
      hint: "Convierte {excess, plural, one {una de ellas en una sesión suave} other {# de ellas en sesiones suaves}} (RPE 4 o menos), o repártelas en las semanas siguientes.",
    },
  },
  "intensity-distribution": {
    tooLittleEasy: {
      message: `{weekCount, plural, one {La semana {weeks, weeks} solo tiene} other {Las semanas {weeks, weeks} solo tienen}} {easyRange, select, true {entre un {easy, number, percent} y un {easyHigh, number, percent}} other {un {easy, number, percent}}} de minutos suaves (sobre los minutos aeróbicos, con calentamientos, recuperaciones y vueltas a la calma incluidos); apunta a un mínimo del {min, number, percent}.`,
      hint: "Haz unos {minutes} minutos más a ritmo suave (RPE 4 o menos) en la semana {worstWeek}, o acorta las sesiones intensas.",
    },
  },
  "max-consecutive-run-days": {
    tooMany: {
      message: STREAK,
      hint: "Por ejemplo, deja el {freeDate, weekday} sin correr: es el rodaje más fácil de quitar.",
    },
    tooManyKeyDays: {
      message: STREAK,
      hint: "Cada uno de estos días tiene una tirada larga, una competición o una sesión intensa: mueve una de ellas para romper la racha.",
    },
  },
  "mobility-daily": {
    tooFew: {
      message: `${EN_SEMANAS} {countRange, select, true {solo haces movilidad {count}-{countMax} de los 7 días} other {{count, plural, =0 {no haces movilidad ningún día} other {solo haces movilidad # de los 7 días}}}}; apunta a {min, plural, one {# día} other {# días}}.`,
      hint: "Añade 10 minutos de estiramientos o rodillo de espuma cada día, por ejemplo después de cada rodaje y en los días de descanso.",
    },
  },
  "no-back-to-back-hard": {
    backToBack: {
      message: `${LA_SEMANA} sesiones intensas en días seguidos: ${FIRST} y ${SECOND}.`,
      hint: "Deja un día suave entre dos días intensos: haz suave «{title, list, or}» del {changeDate, weekday}, o muévelo.",
    },
    withLongRun: {
      message: `${LA_SEMANA} dos sesiones clave en días seguidos: «{firstTitle, list, or}» ${FIRST} y luego «{secondTitle, list, or}» ${SECOND}.`,
      hint: "Deja un día suave entre un entrenamiento de calidad y la tirada larga: quita «{title, list, or}» del {changeDate, weekday}, o hazlo suave.",
    },
    races: {
      message: `${LA_SEMANA} competiciones en días seguidos: ${FIRST} y ${SECOND}.`,
      hint: "Compite a fondo en la que importa y corre la otra como rodaje suave, o muévela.",
    },
  },
  "rest-day-weekly": {
    tooFew: {
      message: REST,
      hint: "Dedica {days, list, weekdayWithArticle} al descanso o al entrenamiento cruzado.",
    },
    tooFewKeyDays: {
      message: REST,
      hint: "Todos los días de carrera tienen una tirada larga, una competición o una sesión intensa: quita un rodaje o muévelo a otra semana.",
    },
    tooFewAdvised: {
      message: ADVISED,
      hint: "Dedica {days, list, weekdayWithArticle} al descanso o al entrenamiento cruzado.",
    },
    tooFewKeyDaysAdvised: {
      message: ADVISED,
      hint: "Todos los días de carrera tienen una tirada larga, una competición o una sesión intensa: quita un rodaje o muévelo a otra semana.",
    },
  },
  "sleep-hours": {
    tooShort: {
      message:
        "El objetivo de sueño de {hours} h ({source, select, habit {hábito «{habitId}»} other {lo que sueles dormir, ya que el plan no fija ningún objetivo}}) está por debajo de las {min} h.",
      hint: "Intenta dormir al menos {min} horas cada noche.",
    },
    missing: {
      message: "El plan no tiene ningún objetivo de sueño.",
      hint: "Añade un hábito de sueño de al menos {min} horas por noche: acuéstate a la misma hora cada día y deja las pantallas la última media hora.",
    },
  },
};
