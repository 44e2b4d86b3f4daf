/** The catalogue is assembled from one file per view (src/taskpane/strings/): each part says the same in both languages, and no key is in two parts (a later part would silently win). */
import { STRINGS, STRING_PARTS } from "../../src/taskpane/strings";

describe("strings catalogue", () => {
  it.each(STRING_PARTS.map((part, i) => [i, part] as const))("part %i has the same keys in Indonesian and English", (_i, part) => {
    expect(Object.keys(part.en)).toEqual(Object.keys(part.id));
  });

  it("has every key in exactly one part", () => {
    const keys = STRING_PARTS.flatMap((part) => Object.keys(part.id));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(STRINGS.id).sort()).toEqual([...keys].sort());
    expect(Object.keys(STRINGS.en).sort()).toEqual([...keys].sort());
  });
});
