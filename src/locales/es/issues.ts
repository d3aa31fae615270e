/** The Spanish messages of input issues (parse errors) and of the errors around them, by message id. */
import type { Locale } from "../../locale/types.js";

/** The exception named by its action: "this pause", "this trip". */
const ACTION =
  "{action, select, pause {esta pausa} travel {este viaje} skip {este salto} move {este cambio de día} shift {este desplazamiento} other {esta excepción}}";

export const issues: NonNullable<Locale["issues"]> = {
  "error.summary": "{summary} ({count, plural, one {# problema} other {# problemas}}):",
  "error.more": "... y {count} más",
  truncated: "{count, plural, one {# problema más sin listar} other {# problemas más sin listar}}",

  "summary.invalidPlan": "Plan no válido",
  "summary.invalidAthlete": "Atleta no válido",
  "summary.invalidActivities": "Actividades no válidas",
  "summary.invalidLimits": "Límites no válidos",
  "summary.invalidOptions": "Opciones no válidas",
  "summary.invalidCustomRules": "Reglas propias no válidas",
  "summary.invalidRulesConfig": "Configuración de reglas no válida",
  "summary.invalidRule": "Regla {id} no válida",
  "summary.planTooLarge": "Plan demasiado grande",
  "summary.planTooLong": "Plan demasiado largo",
  "summary.exceptions": "Excepciones del plan que no coinciden con ninguna sesión",
  "summary.workoutTooLong": "Entrenamiento demasiado largo",
  "summary.notAWorkout": "No es un entrenamiento",
  "summary.invalidGenerateOptions": "Opciones de generatePlan no válidas",
  "summary.noPlanForAthlete": "Ningún plan para este atleta podría cumplir lo que promete generatePlan",
  "summary.invalidLiveOptions": "Opciones de {of} no válidas",
  "summary.invalidHistoryOptions": "Opciones del historial no válidas",

  invalid_type:
    "{received, select, undefined {es obligatorio} other {debe ser {expected, select, int {un número entero} number {un número} string {un texto} boolean {true o false} object {un objeto} array {una lista} other {{expected}}}, no {received, select, null {null} array {una lista} object {un objeto} value {{value}} string {un texto} number {un número} boolean {un booleano} other {{received}}}}}",
  too_small:
    "{origin, select, string {debe tener al menos {minimum, plural, one {# carácter} other {# caracteres}}} array {debe tener al menos {minimum, plural, one {# elemento} other {# elementos}}} other {debe ser {inclusive, select, false {mayor que} other {como mínimo}} {minimum}}}",
  too_big:
    "{origin, select, string {debe tener como máximo {maximum, plural, one {# carácter} other {# caracteres}}} array {debe tener como máximo {maximum, plural, one {# elemento} other {# elementos}}} other {debe ser {inclusive, select, false {menor que} other {como máximo}} {maximum}}}",
  invalid_value:
    "{required, select, true {es obligatorio (uno de {values, list, or}{more, plural, =0 {} other {, ...}})} other {{count, plural, one {debe ser {values}} other {debe ser uno de {values, list, or}{more, plural, =0 {} other {, ...}}}}}}",
  invalid_union: "no coincide con ninguna forma permitida",
  unrecognized_keys: "no es un campo conocido",
  invalid_format: "no es válido",
  invalid: "no es válido",

  "id.empty": "no debe estar vacío",
  "id.pattern": "solo puede llevar letras, dígitos y . _ : - y debe empezar por una letra o un dígito",
  "id.duplicate": "el id «{id}» se usa dos veces; los ids de sesiones y hábitos deben ser únicos en un plan",
  "date.notReal": "debe ser una fecha real escrita AAAA-MM-DD, entre 1900 y 2200",
  "date.format": "debe ser una fecha real escrita AAAA-MM-DD",
  "time.format": "debe ser una hora escrita HH:mm (reloj de 24 horas), p. ej. 07:00",
  "timezone.invalid": "debe ser el nombre de una zona horaria IANA, como Europe/Madrid",
  "rrule.invalid": "RRULE no válida: {detail}",
  "rrule.empty": "RRULE no válida: la regla está vacía; escribe una, p. ej. FREQ=DAILY",
  "rrule.tooLong": "RRULE no válida: la regla tiene más de {max} caracteres",
  "rrule.prefix": 'RRULE no válida: escribe solo la regla, sin el prefijo "RRULE:" ni una línea DTSTART',
  "rrule.notAPart": "RRULE no válida: «{value}» no es una parte NOMBRE=VALOR",
  "rrule.dtstart": "RRULE no válida: DTSTART no está permitido: la regla empieza el primer día de la fase",
  "rrule.timeOfDay": 'RRULE no válida: {part} no se admite: la hora del día la marca el "time" de la sesión',
  "rrule.unknownPart":
    "RRULE no válida: {part} no es una parte de RRULE admitida (usa FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, WKST)",
  "rrule.duplicatePart": "RRULE no válida: {part} aparece dos veces",
  "rrule.freqMissing": "RRULE no válida: falta FREQ",
  "rrule.freqValue": "RRULE no válida: FREQ debe ser DAILY, WEEKLY, MONTHLY o YEARLY, no {value}",
  "rrule.intervalRange": "RRULE no válida: INTERVAL debe ser un número entero de {min} a {max}, no {value}",
  "rrule.countAndUntil": "RRULE no válida: COUNT y UNTIL no pueden ir juntos",
  "rrule.countRange": "RRULE no válida: COUNT debe ser un número entero de {min} a {max}, no {value}",
  "rrule.untilFormat":
    "RRULE no válida: UNTIL se escribe AAAAMMDD o AAAAMMDDTHHMMSS, con una Z opcional al final, no «{value}»",
  "rrule.untilDate": "RRULE no válida: UNTIL no es una fecha real: «{value}»",
  "rrule.untilTime": "RRULE no válida: UNTIL lleva una hora imposible: «{value}»",
  "rrule.byDayFormat": "RRULE no válida: BYDAY lleva días de la semana como MO,WE o 1SA, no «{value}»",
  "rrule.byDayNumberFreq":
    "RRULE no válida: BYDAY «{value}» lleva un número, y eso solo vale con FREQ=MONTHLY o YEARLY",
  "rrule.byDayNumberRange": "RRULE no válida: BYDAY «{value}»: el número debe ir de {min} a {max} o de -{min} a -{max}",
  "rrule.listFormat": "RRULE no válida: {part} lleva una lista de números enteros separados por comas, no «{value}»",
  "rrule.listRange":
    "RRULE no válida: los valores de {part} deben estar entre {min} y {max} (o entre -{max} y -{min}), no {value}",
  "rrule.byMonthNegative": "RRULE no válida: los valores de BYMONTH van de {min} a {max}",
  "rrule.byDayMixed":
    "RRULE no válida: BYDAY no puede mezclar días con número y días sin número (1MO,TU): escribe dos sesiones",
  "rrule.byMonthDayWeekly": "RRULE no válida: BYMONTHDAY no se puede usar con FREQ=WEEKLY",
  "rrule.bySetPosAlone": "RRULE no válida: BYSETPOS necesita otra parte BYxxx de la que elegir",
  "rrule.weekStart": "RRULE no válida: WKST debe ser un día de la semana como MO, no {value}",
  "pace.format": 'debe ser un ritmo m:ss/km o m:ss/mi, p. ej. "5:15/km"',
  "pace.formatOrName":
    'debe ser un ritmo m:ss/km o m:ss/mi, p. ej. "5:15/km", o el nombre de uno de los ritmos del plan, p. ej. "5k"',
  "pace.unknownName": 'nombra el ritmo «{pace}», que falta en los "paces" del plan',
  "pace.missing": 'necesita un "pace" para calcular cuánto dura su distancia (en carrera, o los "paces" del plan)',
  "race.time": 'debe ser un tiempo "h:mm:ss" o "m:ss", p. ej. "1:31:35" o "19:57"',
  "race.distanceMissing": 'una carrera necesita "distanceKm" o "distanceMi"',
  "distance.both": 'indica "distanceKm" o "distanceMi", no los dos',
  "activity.start": "debe ser una fecha y hora ISO-8601 con su desfase, p. ej. 2026-11-03T07:00:00+01:00",
  "activity.occurrenceId": "debe ser un id de sesión como easy@2026-11-03",
  "activity.startDay": "es del {startDate}, no del día {date}",
  "activity.duplicateId": "el id de actividad «{id}» se usa dos veces (la primera en [{first}])",
  "habit.repeatOrWhen": 'indica "repeat" (una RRULE) o "when": "before-each-run", exactamente uno de los dos',
  "habit.timeBeforeRun": 'un hábito "before-each-run" toma la hora de cada rodaje; quita "time"',
  "habit.gPerKg": '"gPerKg" es un objetivo de proteína o de hidratos: úsalo con el foco lean-protein o complex-carbs',
  "weeks.oneOff": 'es un solo valor en una sesión puntual ("date"), no uno por semana',
  "weeks.count": "tiene {entries} valores para {weeks} semanas",
  "weeks.nullRpe": "es null en una semana en la que hay sesión",
  "phase.duplicateId": "el id de fase «{id}» se usa dos veces",
  "exception.unknownSession": "ninguna sesión tiene el id «{sessionId}»",
  "exception.outsidePlan": "{date} queda fuera del plan ({start} a {end})",
  "session.outsidePhase": "{date} queda fuera de su fase ({start} a {end})",
  "session.timing": 'indica exactamente uno de "on", "repeat" o "date"',
  "session.weekdayTwice": "repite un día de la semana",
  "session.minutesRequired":
    "es obligatorio (o, en su lugar, los pasos o, en carrera, caminata y senderismo, una distancia)",
  "session.priority": "solo las carreras llevan prioridad",
  "session.exercisesOrFocus": 'indica "exercises" o "focus"',
  "session.tooLong":
    "{from, select, steps {sus pasos suman {minutes} minutos} minutes {dura {minutes} minutos{when, select, week { en la semana {week} de su fase} progression { en la semana {week} de su fase (tras la progresión x{multiplier})} other {}}} other {su distancia lleva {minutes} minutos a su ritmo{when, select, week { en la semana {week} de su fase} progression { en la semana {week} de su fase (tras la progresión x{multiplier})} other {}}}}; una sesión dura como máximo {max} minutos (un día)",
  "timesPerWeek.needsOn": 'necesita "on" con sus días posibles',
  "timesPerWeek.tooMany":
    "pide {times, plural, one {# vez} other {# veces}} por semana con {days, plural, one {# día posible} other {# días posibles}}",
  "exercise.repsOrSeconds": 'indica "reps" o "seconds" (uno de los dos, no ambos)',
  "exercise.otherPattern":
    'un ejercicio llamado "other" necesita un "pattern" (knee-dominant, hip-hinge, calf-foot, trunk, plyometric o upper)',
  "exercise.pattern": '«{name}» es un ejercicio de patrón {pattern}; quita "pattern" o usa el nombre "other"',
  "step.length": 'indica uno de "minutes", "seconds", "distanceKm", "distanceMi"',
  "range.order": "debe ser como mínimo min",
  "limit.weeks": "las fases suman {weeks} semanas; el límite es {limit}",
  "limit.steps": "tiene {count} pasos; el límite es {limit}",
  "limit.stepDepth": "las repeticiones se anidan como máximo {depth} niveles",
  "limits.notObject":
    "debe ser un objeto de límites, no {received, select, number {{value}} string {el texto {value}} null {null} array {una lista} other {{received}}}",
  "limits.unknown": "no es un límite (los límites son {limits})",
  "limits.value":
    "debe ser un número entero positivo (como máximo {max}), no {received, select, number {{value}} string {el texto {value}} null {null} array {una lista} other {{received}}}",

  "limit.occurrences": "el plan da más de {limit} sesiones, el límite de una expansión",
  "limit.weeksWithExceptions":
    "las fases y las semanas que añaden {kinds, select, shift {los desplazamientos} pause {las pausas} rest {los días de descanso} shift+pause {los desplazamientos y las pausas} shift+rest {los desplazamientos y los días de descanso} pause+rest {las pausas y los días de descanso} other {los desplazamientos, las pausas y los días de descanso}} suman {weeks} semanas; el límite es {limit}{raised, select, true {, las semanas de sus fases (la opción maxWeeks lo sube)} other {}}",
  "limit.workoutSteps":
    "tiene {count} pasos al desplegar las repeticiones anidadas; un entrenamiento admite como máximo {limit}",
  "exception.adjustmentOutside": "{field} {date} queda fuera del plan ({start} a {end})",
  "exception.endsBeforeStart": "termina el {to}, antes de su inicio ({from})",
  "exception.noneInRange": `no hay ninguna sesión del {from} al {to}, así que ${ACTION} no coincide con nada`,
  "exception.noneFrom": `{one, select, true {la sesión «{sessionId}» no está planificada} other {no hay ninguna sesión planificada}} a partir del {from}, así que ${ACTION} no coincide con nada`,
  "exception.noneOn": `{one, select, true {la sesión «{sessionId}» no está planificada} other {no hay ninguna sesión planificada}} el {date}, así que ${ACTION} no coincide con nada`,
  "exception.movesBefore":
    "mueve «{sessionId}» del {from} al {to}, antes del {start}, el día en que empieza el desplazamiento",
  "exception.movesPastEnd": "mueve «{sessionId}» del {from} al {to}, después del final del plan ({end})",
  "exception.shiftZero": "desplaza 0 días, lo que no cambia nada",
  "exception.claimed": "exceptions[{claimedBy}] ya cambia «{sessionId}» el {date}",
  "exception.swapSelf": "intercambia el {date} consigo mismo",
  "exception.swapNothing":
    "no hay ninguna sesión el {date} ni el {with}, así que este intercambio no coincide con nada",
  "workout.kind":
    "{kind, select, mobility {una sesión de movilidad} mental {una sesión de entrenamiento mental} habit {un hábito} other {una sesión {kind}}} no tiene entrenamiento: indica una sesión de carrera, de entrenamiento cruzado o de fuerza",
  "workout.now": "debe ser una fecha y hora entre 1990 y 2126, con Z o un desfase",
  "workout.tolerance": "debe ser un número de 0 o más",
  "options.notObject": "debe ser un objeto",
  "live.asOf": "debe ser una fecha real escrita AAAA-MM-DD",
  "live.windowDays": "debe ser un número entero de días de 0 a 14",
  "live.bands": "debe ser { green: { min, max }, yellow: { min, max } } con yellow alrededor de green",
  "live.seed": "debe ser { ctl, atl } con dos números finitos",
  "live.decay": 'debe ser "exponential" o "ema"',
  "live.ctlDays": "debe ser un número entero de días de 1 a 365",
  "live.atlDays": "debe ser un número entero de días de 1 a 365",
  "live.tsbDay": 'debe ser "previous" o "same"',
  "live.defaultRpe": "debe ser un RPE de 0 a 10",
  "history.until": "debe ser una fecha real escrita AAAA-MM-DD (el día que empieza el plan)",
  "history.days": "debe ser un número entero de días de 1 a 3660",
  "history.timezone": "debe ser el nombre de una zona horaria IANA, como Europe/Madrid",

  "generate.wholeNumber": "debe ser un número entero de {min} a {max}",
  "generate.noBase": "la transición y la pretemporada no dejan ninguna semana para la fase base",
  "generate.seed": "debe ser un número entero",
  "generate.targetMinutes": "debe ser un número entero de minutos de {min} a {max}",
  "generate.days":
    "tiene {count, plural, one {# día} other {# días}} con {minutes} minutos o más; un plan necesita {needed} para sus 3 rodajes semanales (el mínimo de cualquier nivel): libera {more, plural, one {# día más} other {# días más}} de {minutes} minutos o más",
  "generate.inSeason":
    "es {minutes}, por debajo de los {min} minutos de los que parte un plan de nivel {level, term, level}: solo sus sesiones dispararían la carga frente a la temporada; revisa el nivel o los minutos",
  "generate.seasonEnd":
    "es {seasonEndDate}, no anterior al inicio del plan {startDate}: un plan de fuera de temporada empieza después de la temporada",

  "config.level": "debe ser uno de {levels, list, or}",
  "config.ruleTaken": "el id de regla «{id}» ya está en uso",
  "config.unknownRule": "regla desconocida «{id}»",
  "config.severity": 'la severidad debe ser "off", "info", "warning" o "error"',
  "config.optionsObject": "las opciones deben ser un objeto",
  "config.unknownOptions": "opciones desconocidas: {keys, list}",
  "config.invalidOption": "opción no válida ({code})",
  "rule.id": "«{id}» no es un id de regla en kebab-case (se admite plugin/nombre-de-regla)",
  "rule.fundamental": "debe ser uno de {fundamentals, list, or}",
  "rule.type": "debe ser problem o coverage",
  "rule.severity": "debe ser info, warning o error",
  "rule.messages": "debe definir al menos un mensaje",
  "rule.defaults": "no cumple el esquema de opciones",
  "rule.localeMessage": "traduce el id de mensaje «{messageId}», que meta.messages no define",
};
