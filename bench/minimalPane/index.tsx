/**
 * The yardstick of the task pane's size and first render (bench/taskpane.bench.js): a minimal React + Fluent UI v9
 * task pane, with the versions and the build of the real one, and the components the issue names (Button, Field,
 * Dropdown, Table). Like the real pane, it renders once office.js is ready.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  Button, Dropdown, Field, FluentProvider, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, webLightTheme,
} from "@fluentui/react-components";

const FRAMEWORKS = ["59/2020", "8/2026", "5/2018"];
const ROWS = [["Indeks", "4,75"], ["Predikat", "Memuaskan"]];

function Pane() {
  const [framework, setFramework] = React.useState(FRAMEWORKS[0]);
  return (
    <FluentProvider theme={webLightTheme}>
      <Field label="Kerangka">
        <Dropdown value={framework} selectedOptions={[framework]} onOptionSelect={(_, data) => setFramework(data.optionValue ?? framework)}>
          {FRAMEWORKS.map((f) => <Option key={f} value={f}>{f}</Option>)}
        </Dropdown>
      </Field>
      <Table aria-label="Ringkasan">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Nama</TableHeaderCell>
            <TableHeaderCell>Nilai</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ROWS.map(([name, value]) => (
            <TableRow key={name}>
              <TableCell>{name}</TableCell>
              <TableCell data-testid={name === "Indeks" ? "index-rounded" : undefined}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button appearance="primary">Muat ulang</Button>
    </FluentProvider>
  );
}

void Office.onReady(() => createRoot(document.getElementById("container")!).render(<Pane />));
