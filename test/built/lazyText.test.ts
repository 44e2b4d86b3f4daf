/**
 * The pane starts with what its first screen needs, in one script (taskpane.js, also the shared runtime that
 * registers the custom functions). The heavy text stays out of it: the 59/2020 questionnaire and the Pemdi level
 * criteria (about 90 KB) are in the template-writer chunk, loaded when a template is generated or the self-test runs;
 * the views' words are in the views chunk, loaded on the first visit of a view after Ringkasan.
 * `npm test` builds dist/ first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { questionnaireOf } from "../../src/core/frameworks/questionnaires";
import { connectStrings } from "../../src/taskpane/strings/connect";
import { plannerStrings } from "../../src/taskpane/strings/planner";
import { summaryStrings } from "../../src/taskpane/strings/summary";
import { unitsStrings } from "../../src/taskpane/strings/units";

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

it("keeps the views' words out of taskpane.js, in views.js, and Ringkasan's in taskpane.js", () => {
  const pane = fs.readFileSync(path.join(dist, "taskpane.js"), "utf8");
  const views = fs.readFileSync(path.join(dist, "views.js"), "utf8");
  const probe = (text: string) => JSON.stringify(text.slice(0, 50)).slice(1, -1);
  for (const text of [unitsStrings.id.unitsIntro, plannerStrings.en.plannerIntro, connectStrings.id.connectIntro]) {
    expect([text.slice(0, 30), views.includes(probe(text)), pane.includes(probe(text))]).toEqual([text.slice(0, 30), true, false]);
  }
  expect(pane.includes(probe(summaryStrings.id.noTargets))).toBe(true);
});

it("is the shared runtime's one script: taskpane.html loads taskpane.js alone, which registers every custom function", () => {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const local = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]).filter((src) => !/^https?:/i.test(src));
  expect(local).toEqual(["taskpane.js"]);
  const pane = fs.readFileSync(path.join(dist, "taskpane.js"), "utf8");
  const ids = (JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: { id: string }[] }).functions.map((f) => f.id);
  expect(ids.length).toBeGreaterThan(10);
  expect(ids.filter((id) => !new RegExp(`CustomFunctions\\.associate\\(["']${id}["']`).test(pane))).toEqual([]);
});
