/**
 * The catalogues are assembled from one file per view (src/taskpane/strings/): each part says the same in both
 * languages, and no key is in two parts (a later part would silently win). The start-up catalogue holds exactly the
 * frame's, Ringkasan's and the no-host page's parts; the views' catalogue holds every part.
 */
import { STRINGS, START_STRING_PARTS } from "../../src/taskpane/strings";
import { STRING_PARTS, VIEW_STRINGS } from "../../src/taskpane/strings/views";

describe("strings catalogue", () => {
  it.each(STRING_PARTS.map((part, i) => [i, part] as const))("part %i has the same keys in Indonesian and English", (_i, part) => {
    expect(Object.keys(part.en)).toEqual(Object.keys(part.id));
  });

  it("has every key in exactly one part", () => {
    const keys = STRING_PARTS.flatMap((part) => Object.keys(part.id));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(VIEW_STRINGS.id).sort()).toEqual([...keys].sort());
    expect(Object.keys(VIEW_STRINGS.en).sort()).toEqual([...keys].sort());
  });

  it("starts with the frame's, Ringkasan's and the no-host page's words only", () => {
    const startKeys = START_STRING_PARTS.flatMap((part) => Object.keys(part.id));
    expect(Object.keys(STRINGS.id).sort()).toEqual([...startKeys].sort());
    expect(Object.keys(STRINGS.en).sort()).toEqual([...startKeys].sort());
    expect(startKeys.length).toBeLessThan(Object.keys(VIEW_STRINGS.id).length);
  });
});
