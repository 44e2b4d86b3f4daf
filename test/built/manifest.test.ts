/**
 * @jest-environment jsdom
 *
 * Offline check of manifest.xml by rule (office-addin-manifest's validator needs a Microsoft web service):
 * schema order, ids, lengths, https, shared runtime, namespace, Indonesian overrides, and every URL served by dist/.
 */
import fs from "fs";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest, PRODUCTION_ID } = require("../../scripts/production-manifest.js") as {
  productionManifest: (xml: string, baseUrl: string, devOrigin: string) => string;
  PRODUCTION_ID: string;
};

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";
/** A Diskominfo's own server, with a path and a trailing slash, as an administrator may write it. */
const BASE_URL = "https://spbe.contoh.go.id/addin/";

/** The manifest parsed, with the lookups the rules use. */
function parse(text: string) {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  const one = (tag: string) => {
    const found = all(tag);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const resources = new Map(
    ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) => all(tag).filter((e) => e.getAttribute("id")).map((e) => [e.getAttribute("id")!, e] as const)),
  );
  const valueOf = (resid: string) => resources.get(resid)?.getAttribute("DefaultValue");
  return { doc, all, one, resources, valueOf };
}

const MANIFESTS: [string, string, string][] = [
  ["manifest.xml (development)", xml, DEV_ORIGIN],
  ["the manifest of a deployment (SPBE_BASE_URL)", productionManifest(xml, BASE_URL, DEV_ORIGIN), "https://spbe.contoh.go.id/addin"],
];

describe.each(MANIFESTS)("%s", (_label, text, origin) => {
  const { doc, all, one, resources, valueOf } = parse(text);

  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  it("lists OfficeApp's children in schema order", () => {
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
    const children = Array.from(doc.documentElement.children).map((e) => e.localName);
    expect(children).toEqual(order.filter((name) => children.includes(name)));
    expect(children.slice(0, 5)).toEqual(order.slice(0, 5));
  });

  it("has a GUID id and an n.n.n.n version", () => {
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("resolves every resid, each at most 32 characters", () => {
    const residUsers = Array.from(doc.querySelectorAll("[resid]"));
    expect(residUsers.length).toBeGreaterThan(10);
    for (const el of residUsers) {
      const resid = el.getAttribute("resid")!;
      expect([resid, resources.has(resid)]).toEqual([resid, true]);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it("keeps short strings within 125 characters and long strings within 250, overrides included", () => {
    const check = (group: string, max: number) => {
      for (const s of Array.from(doc.getElementsByTagName(group)[0].getElementsByTagName("bt:String"))) {
        for (const v of [s.getAttribute("DefaultValue")!, ...Array.from(s.getElementsByTagName("bt:Override")).map((o) => o.getAttribute("Value")!)]) {
          expect([s.getAttribute("id"), v.length <= max]).toEqual([s.getAttribute("id"), true]);
        }
      }
    };
    check("bt:ShortStrings", 125);
    check("bt:LongStrings", 250);
  });

  it("uses https for every URL", () => {
    // Resource definitions carry DefaultValue; the bt:Image elements inside <Icon> only refer to them by resid.
    const urls = [...all("bt:Url"), ...all("bt:Image")].map((e) => e.getAttribute("DefaultValue")).filter((v): v is string => v !== null);
    urls.push(...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].flatMap((t) => all(t).map((e) => e.getAttribute("DefaultValue")).filter((v): v is string => !!v)));
    urls.push(...all("bt:Override").map((e) => e.getAttribute("Value")!).filter((v) => v.includes("://")));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("points every URL at a file the build serves", () => {
    const urls = new Set(
      Array.from(doc.querySelectorAll("[DefaultValue],[Value]"))
        .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
        .filter((v): v is string => !!v && v.includes("://")),
    );
    expect(urls.size).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(`${origin}/`)).toBe(true);
      const file = path.join(root, "dist", url.slice(origin.length));
      expect([url, fs.existsSync(file)]).toEqual([url, true]);
    }
  });

  it("declares the shared runtime, ExcelApi 1.9 and the CustomFunctionsRuntime the built metadata needs", () => {
    const sets = new Map(all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    // CustomFunctions.Error with a message needs 1.2; Invocation.parameterAddresses (requiresParameterAddresses) 1.3.
    const built = JSON.parse(fs.readFileSync(path.join(root, "dist/functions.json"), "utf8")) as { functions: { options?: { requiresParameterAddresses?: boolean } }[] };
    const needed = built.functions.some((f) => f.options?.requiresParameterAddresses) ? "1.3" : "1.2";
    expect(sets.get("CustomFunctionsRuntime")).toBe(needed);
    // insertTemplate uses pageLayout and suspendScreenUpdatingUntilNextSync.
    expect(sets.get("ExcelApi")).toBe("1.9");
  });

  it("runs the functions, the page and the function file in one long-lived runtime", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const resid = runtime.getAttribute("resid");
    expect(one("Page").getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(resid);
    expect(one("FunctionFile").getAttribute("resid")).toBe(resid);
    expect(doc.querySelector('Action[*|type="ShowTaskpane"] SourceLocation, Action SourceLocation')?.getAttribute("resid")).toBe(resid);
  });

  it("uses the SPBE namespace and the Indonesian functions metadata for id-ID", () => {
    expect(valueOf(one("Namespace").getAttribute("resid")!)).toBe("SPBE");
    const metadataResid = one("Metadata").getElementsByTagName("SourceLocation")[0].getAttribute("resid")!;
    expect(valueOf(metadataResid)).toMatch(/\/functions\.json$/);
    const override = resources.get(metadataResid)!.getElementsByTagName("bt:Override")[0];
    expect([override.getAttribute("Locale"), override.getAttribute("Value")]).toEqual(["id-ID", `${origin}/functions-id.json`]);
  });

  it("gives the display strings an Indonesian override", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const element = Array.from(doc.documentElement.children).find((e) => e.localName === tag)!;
      expect(element.getElementsByTagName("Override")[0].getAttribute("Locale")).toBe("id-ID");
    }
    for (const id of ["GetStarted.Title", "TaskpaneButton.Label", "GetStarted.Description", "TaskpaneButton.Tooltip"]) {
      expect(resources.get(id)!.getElementsByTagName("bt:Override")[0].getAttribute("Locale")).toBe("id-ID");
    }
  });
});

describe("the self-test's required sets", () => {
  it("are the manifest's requirement sets, so a report names what the manifest demands", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { REPORTED_SETS } = require("../../src/excel/selfTest") as { REPORTED_SETS: { name: string; version: string; required: boolean }[] };
    const declared = parse(xml).all("Set").map((e) => `${e.getAttribute("Name")} ${e.getAttribute("MinVersion")}`).sort();
    expect(REPORTED_SETS.filter((x) => x.required).map((x) => `${x.name} ${x.version}`).sort()).toEqual(declared);
  });
});

describe("the manifest of a deployment", () => {
  it("has its own Id, a help page as SupportUrl, and no AppDomain for its own origin", () => {
    const dev = parse(xml);
    const prod = parse(productionManifest(xml, BASE_URL, DEV_ORIGIN));
    expect(prod.one("Id").textContent).toBe(PRODUCTION_ID);
    expect(dev.one("Id").textContent).not.toBe(PRODUCTION_ID);
    expect(prod.one("SupportUrl").getAttribute("DefaultValue")).toBe("https://spbe.contoh.go.id/addin/help.html");
    expect(dev.one("SupportUrl").getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/help.html`);
    expect(prod.all("AppDomain")).toHaveLength(0);
    expect(dev.all("AppDomain")).toHaveLength(0);
  });

  it.each([
    ["http://spbe.contoh.go.id", /must use https/],
    ["spbe.contoh.go.id", /is not a URL/],
    ["https://spbe.contoh.go.id/?v=1", /without query/],
  ])("refuses the base URL %s, saying why", (base, message) => {
    expect(() => productionManifest(xml, base, DEV_ORIGIN)).toThrow(message);
  });

  it("is what the build writes when given a base URL", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configs = await (require("../../webpack.config.js") as (env: object, argv: object) => Promise<{ name: string; plugins: unknown[] }[]>)({ only: "web", baseUrl: BASE_URL }, { mode: "production" });
    const copy = configs[0].plugins.find((p) => (p as object).constructor.name === "CopyPlugin") as { patterns: { from: string; transform?: (c: Buffer) => string }[] };
    const manifest = copy.patterns.find((p) => p.from === "manifest.xml")!;
    expect(manifest.transform!(Buffer.from(xml))).toBe(productionManifest(xml, BASE_URL, DEV_ORIGIN));
  });
});
