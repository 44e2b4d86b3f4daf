/** The recording fake itself: it must fail loudly where real Excel would, so that tests using it mean something. */
import { createFakeExcel, FakeExcelNotImplemented } from "../fakes/fakeExcel";

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function withContext(f: (context: Any) => Promise<void> | void, options = {}) {
  const fake = createFakeExcel(options);
  await fake.Excel.run(async (context) => {
    await f(context as Any);
  });
  return fake;
}

describe("the fake Excel API", () => {
  it.each<[string, (context: Any) => void]>([
    ["a misspelt property write", (c) => { c.workbook.worksheets.add("S").getRange("A1").numberFormats = [["0"]]; }],
    ["a misspelt method", (c) => c.workbook.worksheets.add("S").getRangeByIndex(0, 0, 1, 1)],
    ["an unimplemented member", (c) => c.workbook.tables],
    ["a write to a read-only property", (c) => { c.workbook.worksheets.add("S").getRange("A1").format = {}; }],
  ])("throws FakeExcelNotImplemented for %s", async (_, f) => {
    await expect(withContext(f)).rejects.toBeInstanceOf(FakeExcelNotImplemented);
  });

  it("refuses to read loaded items before a sync", async () => {
    await expect(withContext((c) => {
      c.workbook.worksheets.load("items/name");
      return c.workbook.worksheets.items;
    })).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("refuses a block whose size differs from its range", async () => {
    await expect(withContext((c) => {
      c.workbook.worksheets.add("S").getRange("A1:B2").formulas = [["=1", 2]];
    })).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a sheet name that exists, ignoring case", async () => {
    await expect(withContext((c) => c.workbook.worksheets.add("DATA"), { sheets: [{ name: "Data" }] })).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("refuses writes to a sheet after it was protected", async () => {
    await expect(withContext((c) => {
      const ws = c.workbook.worksheets.add("S");
      ws.protection.protect();
      ws.getRange("A1").formulas = [["x"]];
    })).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("counts the implicit sync of commands still queued when the batch ends", async () => {
    const fake = await withContext((c) => {
      c.workbook.worksheets.add("S").getRange("A1").values = [[1]];
    });
    expect(fake.workbook.syncs).toBe(1);
  });
});
