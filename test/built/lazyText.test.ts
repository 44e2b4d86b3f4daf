/**
 * The pane starts without the heavy text: the 59/2020 questionnaire and the Pemdi level criteria (about 90 KB) are
 * in the template-writer chunk, loaded when a template is generated or the self-test runs, not in taskpane.js.
 * `npm test` builds dist/ first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { questionnaireOf } from "../../src/core/frameworks/questionnaires";

const dist = path.resolve(__dirname, "../../dist");

it("keeps the questionnaire and the criteria out of taskpane.js, in template-writer.js", () => {
  const pane = fs.readFileSync(path.join(dist, "taskpane.js"), "utf8");
  const writer = fs.readFileSync(path.join(dist, "template-writer.js"), "utf8");
  for (const id of ["59/2020", "8/2026"] as const) {
    // A long criterion is a string no other part of the pane could hold.
    const text = questionnaireOf(id)!.flatMap((q) => Object.values(q).filter((v): v is string => typeof v === "string")).sort((a, b) => b.length - a.length)[0];
    const probe = JSON.stringify(text.slice(0, 60)).slice(1, -1);
    expect([id, writer.includes(probe)]).toEqual([id, true]);
    expect([id, pane.includes(probe)]).toEqual([id, false]);
  }
});
