/** The views after Ringkasan, in one chunk that App loads on the first visit of any of them. */
export { TemplateForm } from "./TemplateForm";
export { ConnectView } from "./ConnectView";
export { PlannerView } from "./PlannerView";
export { UnitsView } from "./UnitsView";
export { FunctionsView } from "./FunctionsView";
export { DiagnosticsView } from "./DiagnosticsView";
