/** The Spanish messages of the practice rules (strength, cross-training, mental, nutrition), by rule id, then message id. */
import type { Locale } from "../../locale/types.js";

// "En la semana 3" / "En las semanas 1-4 y 6": where a weekly finding is.
const EN_SEMANAS = "{weekCount, plural, one {En la semana} other {En las semanas}} {weeks, weeks}";
const EN_SEMANAS_MID = "en {weekCount, plural, one {la semana} other {las semanas}} {weeks, weeks}";
// A strength session named by its date, or by its weekday when it repeats week after week.
const WHEN =
  "{weekCount, plural, =1 {del {first, date},} other {de cada {first, weekday} de las semanas {weeks, weeks}}}";
const SHARE =
  "{shareRange, select, true {entre el {share, number, percent} y el {shareHigh, number, percent}} other {el {share, number, percent}}}";

export const practiceRules: NonNullable<Locale["rules"]> = {
  "strength-exercise-mix": {
    missing: {
      message:
        "Al trabajo de fuerza de {weekCount, plural, one {la semana} other {las semanas}} {weeks, weeks} le faltan ejercicios de {missing, list, pattern}.",
      hint: "Añade {missing, list, patternExample}.",
    },
  },
  "strength-frequency": {
    tooFew: {
      message: `${EN_SEMANAS} {count, plural, =0 {no hay ninguna sesión de fuerza} one {solo hay # sesión de fuerza} other {solo hay # sesiones de fuerza}}; para el nivel {level, term, level}, planifica al menos {min} por semana.`,
      hint: "Añade una sesión de 30 minutos de sentadillas, zancadas, planchas y elevaciones de talones en un día sin sesión intensa de carrera.",
    },
  },
  "strength-spacing": {
    dayBefore: {
      message: `La fuerza de piernas ${WHEN} cae justo el día antes de «{run}», {weekCount, plural, =1 {el {nextDate, date}} other {el {nextDate, weekday}}}.`,
      hint: "Pasa la sesión de fuerza a después de «{run}», o a un día que no vaya seguido de una sesión intensa o una tirada larga.",
    },
    sameDay: {
      message: `La fuerza de piernas de las {time} ${WHEN} va antes de «{run}», a las {runTime}.`,
      hint: "Haz la fuerza después de correr, o muévela a otro día que no sea el {first, weekday}.",
    },
    beforeARace: {
      message:
        "La sesión de fuerza de piernas «{sessionId}», el {date, date}, cae {days, plural, one {# día} other {# días}} antes de la carrera A del {raceDate, date}; nada de fuerza pesada ni de piernas {window, plural, one {el día previo} other {en los # días previos}} a una carrera A.",
      hint: "Pásala al {latest, date} o antes, o conviértela en trabajo de tren superior y core.",
    },
  },
  "strength-progression": {
    unchanged: {
      message:
        "Tu trabajo de fuerza se repite igual de la semana {from} a la {to} ({count} semanas de base seguidas): más de {max, plural, one {# semana} other {# semanas}} sin cambiar series, repeticiones ni carga.",
      hint: "Sube la carga cuando las repeticiones objetivo te resulten fáciles, o pasa a series más pesadas de 3-6 repeticiones.",
    },
    noHeavy: {
      message:
        "El plan dura {planWeeks} semanas y tu fuerza nunca llega a ser pesada (ninguna serie de {heavyReps} repeticiones o menos).",
      hint: "Tras 3-6 semanas de adaptación, planifica 2-4 series de 3-6 repeticiones de sentadillas, peso muerto o subidas al cajón con carga.",
    },
  },
  "cross-training-share": {
    tooLittle: {
      message: `El entrenamiento cruzado es ${SHARE} de los minutos aeróbicos ${EN_SEMANAS_MID}, por debajo del {min, number, percent}.`,
      hint: "Cambia parte de un rodaje suave por un rato de natación o de bici.",
    },
    tooMuch: {
      message: `El entrenamiento cruzado es ${SHARE} de los minutos aeróbicos ${EN_SEMANAS_MID}, por encima del {max, number, percent}.`,
      hint: "Mantén una parte, pero que correr sea lo principal de tu entrenamiento aeróbico.",
    },
  },
  "cross-training-weekly": {
    tooFew: {
      message: `${EN_SEMANAS} {count, plural, =0 {no hay ninguna sesión de entrenamiento cruzado} one {solo hay # sesión de entrenamiento cruzado} other {solo hay # sesiones de entrenamiento cruzado}}; planifica al menos {min} por semana.`,
      hint: "Añade a cada una de esas semanas un rato de natación o de bici, por ejemplo en un día sin correr.",
    },
  },
  "mental-skills-weekly": {
    tooFew: {
      message: `${EN_SEMANAS} {count, plural, =0 {no hay ninguna sesión de entrenamiento mental} one {solo hay # sesión de entrenamiento mental} other {solo hay # sesiones de entrenamiento mental}}; planifica al menos {min} por semana.`,
      hint: "Añade 10-15 minutos de visualización (imagínate llegando a meta con un buen cambio de ritmo final) o de atención plena.",
    },
  },
  "support-network": {
    missing: {
      message:
        "Sin red de apoyo: no has indicado ningún contacto de apoyo y el plan no incluye ninguna charla con tu red de apoyo.",
      hint: "Indica un entrenador, un club o un amigo con quien puedas hablar de tu entrenamiento, o añade una charla semanal con tu red de apoyo.",
    },
  },
  "balanced-diet": {
    missing: {
      message: "Los hábitos de nutrición del plan no incluyen {missing, list, nutrition}.",
      hint: "Añade un hábito diario de nutrición para cada uno: {missing, list, nutritionExample}.{youth, select, true { Un corredor que aún está creciendo necesita comer lo suficiente para su entrenamiento: más, no menos.} other {}}",
    },
  },
  "carb-target": {
    outOfRange: {
      message:
        "El hábito «{habitId}» fija {value} g/kg de hidratos de carbono al día; para {hours} h de entrenamiento al día, la recomendación es de {min}-{max} g/kg.",
      hint: "Pon gPerKg entre {min} y {max}.",
    },
  },
  "mindful-eating": {
    missing: {
      message: "No hay ningún hábito para controlar las raciones o comer despacio.",
      hint: "Añade un hábito diario de comer despacio y darte cuenta de cuándo estás saciado: sírvete una ración normal y para antes de sentirte lleno del todo.",
    },
  },
  "pre-run-hydration": {
    missing: {
      message: "Ningún hábito de hidratación cubre las tiradas largas y las sesiones intensas del plan.",
      hint: "Antes de las tiradas largas, las sesiones intensas y los rodajes con calor, bebe unos 6 ml por kg de peso al menos 4 horas antes y, después, según la sed; los rodajes suaves cortos no necesitan nada especial. Después de una competición, rehidrátate durante las horas siguientes.",
    },
    uncovered: {
      message:
        "{count, plural, one {# sesión clave no tiene} other {# sesiones clave no tienen}} hábito de hidratación; la primera es el {date, date}.",
      hint: "Haz que el hábito de hidratación se aplique antes de cada rodaje, o al menos antes de cada tirada larga y cada sesión intensa.",
    },
    volume: {
      message: "El hábito «{habitId}» fija {value} ml/kg; la recomendación es de {min}-{max} ml/kg.",
      hint: "Pon mlPerKg entre {min} y {max}.",
    },
    timing: {
      message: "Con el hábito «{habitId}» bebes {value} h antes de correr; hazlo al menos {min} h antes.",
      hint: "Pon hoursBefore en {min} o más, para que al cuerpo le dé tiempo a eliminar lo que no necesita.",
    },
  },
  "protein-target": {
    outOfRange: {
      message: "El hábito «{habitId}» fija {value} g/kg de proteína al día; un deportista necesita {min}-{max} g/kg.",
      hint: "Pon gPerKg entre {min} y {max}.",
    },
  },
};
