/** The Spanish labels of output around the messages (the CLI's text output), by label id. */
import type { Locale } from "../../locale/types.js";

export const labels: NonNullable<Locale["labels"]> = {
  "report.verdict":
    "Plan {planId}{inSource, select, true { en {source}} other {}}: {verdict} para el nivel {level, term, level} ({counts})",
  "report.ok": "BIEN",
  "report.notOk": "CON ERRORES",
  "report.week": "semana {week}",
  "report.weeks": "{count, plural, one {semana} other {semanas}} {weeks, weeks}",
  "report.fix": "Cómo arreglarlo: {hint}",
  "report.fundamentals": "Fundamentos:",
  "report.fundamentalOk": "bien",
  "report.fundamentalNotOk": "mal",
  "report.fundamental": "{name, term, fundamental}",
  "severity.error": "error",
  "severity.warning": "aviso",
  "severity.info": "info",
  counts:
    "{error, plural, one {# error} other {# errores}}, {warning, plural, one {# aviso} other {# avisos}}, {info} info",
  "validate.maxWarnings":
    "{count, plural, one {# aviso} other {# avisos}}, más de los {max} que permite --max-warnings.",
  "adjust.validation":
    "Validación: {error, plural, one {# error} other {# errores}}, {warning, plural, one {# aviso} other {# avisos}}.",
  "changes.added": "añadida",
  "changes.removed": "quitada",
  "changes.moved": "movida",
  "changes.changed": "cambiada",
  "changes.none": "No ha cambiado ninguna sesión.",
  "changes.counts":
    "{added, plural, one {# añadida} other {# añadidas}}, {removed, plural, one {# quitada} other {# quitadas}}, {moved, plural, one {# movida} other {# movidas}}, {changed, plural, one {# cambiada} other {# cambiadas}}, {unchanged, plural, one {# sin cambios} other {# sin cambios}}.",
  "input.invalid":
    "{what, select, athlete {El atleta de {file} no es válido:} activities {Las actividades de {file} no son válidas:} other {El plan de {file} no es válido:}}",
  "demo.header":
    "Plan de entretemporada para {who} (nivel {level, term, level}): {weeks} semanas, del {start} al {end}, {zone}",
  "overview.week": "Sem.",
  "overview.phase": "Fase",
  "overview.legend":
    "E rodaje suave, R rodaje de recuperación, L tirada larga, H cuestas, T ritmo umbral, I series, {fartlek, select, true {F fartlek, } other {}}S fuerza, X entrenamiento cruzado; los números son minutos{numbers, select, range { (30-45 un rango)} estimated { (~80 estimado a partir de un ritmo)} both { (30-45 un rango, ~80 estimado a partir de un ritmo)} other {}}{optional, select, true {; ? una sesión opcional} other {}}.",
  "overview.more":
    "Cada día incluye también movilidad; el entrenamiento mental y los hábitos están en la exportación al calendario.",
};
