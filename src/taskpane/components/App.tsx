/**
 * The task pane: a header with the language switch, then either the explanation for a page opened outside Excel,
 * or the views (Ringkasan, Template, Hubungkan, Rencana, Unit/OPD, Fungsi). A view is mounted on its first visit
 * (its code loaded then) and stays mounted while hidden, so switching views or language never loses what the user typed. The workbook's templates are read once here (TemplatesProvider) for
 * all the views that show them.
 */
import * as React from "react";
import { Button, FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { loadLanguage, saveLanguage, type Language } from "../language";
import { STRINGS } from "../strings";
import type { PaneActions } from "../actions";
import type { RawTemplate } from "../../excel/readTemplates";
import { SummaryView } from "./SummaryView";
import { NoHost } from "./NoHost";
import { TemplatesProvider } from "../templatesContext";
import { useTextStyles } from "./textStyles";

const useStyles = makeStyles({
  // On a div inside the provider, not on the provider: FluentProvider gives its className to the portals it mounts
  // (applyStylesToPortals), so a min-height there made every dialog's container a full-height grey layer.
  surface: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    // The pane is 320-350px wide by default; this keeps lines readable when the user widens it.
    maxWidth: "720px",
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  // One row that scrolls sideways when the pane is narrower than the tabs (320 px): wrapped, they took three rows
  // at 320 px. Every tab stays in the row, reachable by pointer, scrolling and the arrow keys (the focused tab
  // scrolls into view); the selected one is scrolled into view when it changes.
  tabs: {
    flexWrap: "nowrap",
    overflowX: "auto",
    scrollbarWidth: "thin",
    whiteSpace: "nowrap",
    // Keeps the focus outline of the first and last tab inside the scroller.
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
  },
});

/**
 * The views after Ringkasan load with their code on first visit (one chunk, "views"): the pane starts with what its
 * first screen shows, and a view once opened stays mounted, so what the user typed there is kept.
 */
const views = () => import(/* webpackChunkName: "views" */ "./views");
const TemplateForm = React.lazy(async () => ({ default: (await views()).TemplateForm }));
const ConnectView = React.lazy(async () => ({ default: (await views()).ConnectView }));
const PlannerView = React.lazy(async () => ({ default: (await views()).PlannerView }));
const UnitsView = React.lazy(async () => ({ default: (await views()).UnitsView }));
const FunctionsView = React.lazy(async () => ({ default: (await views()).FunctionsView }));
const DiagnosticsView = React.lazy(async () => ({ default: (await views()).DiagnosticsView }));

export type ViewId = "summary" | "template" | "connect" | "functions" | "planner" | "units" | "diagnostics";

export interface AppProps {
  /** The workbook operations; absent when the page runs outside Excel. */
  readonly actions?: PaneActions;
  readonly initialLanguage?: Language;
  readonly initialView?: ViewId;
  /** The workbook's templates when the pane's start already read them (index.tsx): the first render shows them. */
  readonly initialTemplates?: readonly RawTemplate[];
}

export function App({ actions, initialLanguage, initialView = "summary", initialTemplates }: AppProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const [language, setLanguage] = React.useState<Language>(() => initialLanguage ?? loadLanguage());
  const [view, setShownView] = React.useState<ViewId>(initialView);
  // Views are mounted on their first visit and then kept (hidden when another is shown).
  const [visited, setVisited] = React.useState<ReadonlySet<ViewId>>(() => new Set([initialView]));
  const setView = (next: ViewId) => {
    setVisited((before) => (before.has(next) ? before : new Set([...before, next])));
    setShownView(next);
  };
  const tabList = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const selected = tabList.current?.querySelector<HTMLElement>(`#tab-${view}`);
    // jsdom has no scrollIntoView; a real webview does.
    selected?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [view]);
  const lazyView = (id: ViewId, content: React.ReactNode) =>
    visited.has(id) ? <React.Suspense fallback={<Spinner size="tiny" label={s.loadingView} />}>{content}</React.Suspense> : null;
  const s = STRINGS[language];

  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const switchLanguage = () => {
    const next: Language = language === "id" ? "en" : "id";
    saveLanguage(next);
    setLanguage(next);
  };

  const tabs: { id: ViewId; label: string }[] = [
    { id: "summary", label: s.tabSummary },
    { id: "template", label: s.tabTemplate },
    { id: "connect", label: s.tabConnect },
    { id: "planner", label: s.tabPlanner },
    { id: "units", label: s.tabUnits },
    { id: "functions", label: s.tabFunctions },
  ];

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.surface}>
        <div className={styles.page}>
          <header className={styles.header}>
            <div>
              <h1 className={text.title}>{s.appTitle}</h1>
              <p className={text.note}>{s.appSubtitle}</p>
            </div>
            <Button appearance="secondary" size="small" lang={s.switchLanguageLang} onClick={switchLanguage}>
              {s.switchLanguage}
            </Button>
          </header>
          {!actions ? (
            <main>
              <NoHost language={language} />
            </main>
          ) : (
            <>
              <nav aria-label={s.tabsLabel}>
                <TabList ref={tabList} className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as ViewId)} size="small">
                  {tabs.map((v) => (
                    <Tab key={v.id} id={`tab-${v.id}`} value={v.id} aria-controls={`panel-${v.id}`}>
                      {v.label}
                    </Tab>
                  ))}
                </TabList>
              </nav>
              <main>
                <TemplatesProvider readTemplates={actions.readTemplates} subscribeToChanges={actions.subscribeToChanges} initial={initialTemplates}>
                  <div role="tabpanel" id="panel-summary" aria-labelledby="tab-summary" hidden={view !== "summary"}>
                    <SummaryView language={language} insertLeaderReport={actions.insertLeaderReport} />
                  </div>
                  <div role="tabpanel" id="panel-template" aria-labelledby="tab-template" hidden={view !== "template"}>
                    {lazyView("template", <TemplateForm language={language} insertTemplate={actions.insertTemplate} />)}
                  </div>
                  <div role="tabpanel" id="panel-connect" aria-labelledby="tab-connect" hidden={view !== "connect"}>
                    {lazyView("connect", <ConnectView language={language} actions={actions.connect} />)}
                  </div>
                  <div role="tabpanel" id="panel-planner" aria-labelledby="tab-planner" hidden={view !== "planner"}>
                    {lazyView("planner", <PlannerView language={language} writeTargets={actions.writeTargets} />)}
                  </div>
                  <div role="tabpanel" id="panel-units" aria-labelledby="tab-units" hidden={view !== "units"}>
                    {lazyView("units", (
                      <UnitsView
                        language={language}
                        readMergeSources={actions.readMergeSources}
                        writeMerge={actions.writeMerge}
                        createUnitWorkbook={actions.createUnitWorkbook}
                      />
                    ))}
                  </div>
                  <div role="tabpanel" id="panel-functions" aria-labelledby="tab-functions" hidden={view !== "functions"}>
                    {lazyView("functions", <FunctionsView language={language} insertFormula={actions.insertFormula} readFormulaLocale={actions.readFormulaLocale} />)}
                  </div>
                  {actions.runSelfTest && (
                    <div role="region" aria-label={s.selfTestHeading} hidden={view !== "diagnostics"}>
                      {lazyView("diagnostics", <DiagnosticsView language={language} runSelfTest={actions.runSelfTest} onBack={() => setView("summary")} />)}
                    </div>
                  )}
                </TemplatesProvider>
              </main>
              {actions.runSelfTest && view !== "diagnostics" && (
                // Out of the analyst's way: a plain link under the views, for whoever confirms the add-in on a platform.
                <footer>
                  <Button appearance="transparent" size="small" onClick={() => setView("diagnostics")}>
                    {s.selfTestOpen}
                  </Button>
                </footer>
              )}
            </>
          )}
        </div>
      </div>
    </FluentProvider>
  );
}
