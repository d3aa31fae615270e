// TypeDoc plugin for the API reference (typedoc.json): the index page already shows the project's name as its title,
// so the README's own first heading ("# offseason") is left out there instead of repeating it.
import { Converter } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const first = context.project.readme?.[0];
    if (first?.kind === "text") first.text = first.text.replace(/^# [^\n]*\n+/, "");
  });
}
