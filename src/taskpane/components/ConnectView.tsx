/**
 * Hubungkan (Connect): an analyst's own evaluation table, made to compute with the add-in. The user selects the
 * table; the view says what it recognised (connectModel.ts) and lets them change the columns and the framework;
 * then it writes a block of live SPBE.* formulas at a cell they pick, asking before it overwrites anything, and
 * records the mapping in names that Ringkasan and Rencana read (src/excel/connectTable.ts).
 */
import * as React from "react";
import {
  Button, Field, MessageBar, MessageBarBody,
  MessageBarTitle, Select, makeStyles, tokens,
} from "@fluentui/react-components";
import { FRAMEWORKS, formatHundredths, localIndexName, type Framework } from "../../core";
import type { BlockAnchor, TableSource } from "../../excel/connectTable";
import { listIndicators } from "../../units/messages";
import type { ConnectActions } from "../actions";
import { readConnection, type ConnectChoice, type FoundTable } from "../connectModel";
import { describeError } from "../errorText";
import { formatExact } from "../format";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { ErrorBar } from "./ErrorBar";
import { ConfirmDialog } from "./ConfirmDialog";
import { useNarrowSelectStyles } from "./TemplatePicker";
import { useAsyncAction } from "../useAsyncAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  button: { alignSelf: "flex-start" },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
});

export interface ConnectViewProps {
  readonly language: Language;
  readonly actions: ConnectActions;
}

/** A write either asks first (the block would overwrite `cells`) or is done at `address`. */
type WriteStep =
  | { readonly kind: "confirm"; readonly anchor: BlockAnchor; readonly cells: readonly string[] }
  | { readonly kind: "written"; readonly address: string };

/** At most this many row numbers are listed; the count says the rest. */
const LISTED_ROWS = 12;

export function ConnectView({ language, actions }: ConnectViewProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const read = useAsyncAction(() => actions.readTableSource());
  const [choice, setChoice] = React.useState<ConnectChoice>({});
  const source: TableSource | undefined = read.state.status === "done" ? read.state.result : undefined;

  const blockInput = (found: FoundTable) => ({ framework: found.framework, keyRange: found.keyRange, levelRange: found.levelRange, language });

  /** Without `confirmed`, checks the cells at the selection first; with it, writes over the cells the user agreed to. */
  const writing = useAsyncAction(async (found: FoundTable, tableSheet: string, confirmed?: Extract<WriteStep, { kind: "confirm" }>): Promise<WriteStep> => {
    let anchor = confirmed?.anchor;
    if (!anchor) {
      anchor = await actions.readSelectedCell();
      const occupied = await actions.occupiedBlockCells(blockInput(found), anchor);
      if (occupied.length > 0) return { kind: "confirm", anchor, cells: occupied };
    }
    return { kind: "written", address: await actions.writeConnection({ ...blockInput(found), tableSheet }, anchor, confirmed?.cells ?? []) };
  });
  const write = writing.state;
  const asking = write.status === "done" && write.result.kind === "confirm" ? write.result : undefined;
  const written = write.status === "done" && write.result.kind === "written" ? write.result : undefined;

  const reading = source ? readConnection(source, choice) : undefined;
  const connection = reading?.connection;

  function readTable() {
    writing.reset();
    setChoice({});
    void read.run();
  }

  const keyColumn = connection?.kind === "found" ? connection.keyColumn : choice.keyColumn;
  const levelColumn = connection?.kind === "found" ? connection.levelColumn : choice.levelColumn;
  const framework = connection?.kind === "found" ? connection.framework : choice.framework;

  return (
    <section className={styles.root} aria-labelledby="connect-heading">
      <h2 id="connect-heading" className={text.heading}>
        {s.connectHeading}
      </h2>
      <p className={text.note}>{s.connectIntro}</p>
      <Button className={styles.button} appearance="primary" onClick={readTable} disabled={read.running}>
        {s.connectRead}
      </Button>

      {read.state.status === "failed" && <ErrorBar title={s.connectReadFailedTitle}>{describeError(read.state.error, language).text}</ErrorBar>}
      {source?.truncated && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.connectTruncated(source.values.length, source.values[0]?.length ?? 0)}</MessageBarBody>
        </MessageBar>
      )}
      {connection?.kind === "empty" && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.connectEmpty}</MessageBarBody>
        </MessageBar>
      )}
      {connection?.kind === "unclear" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{s.connectUnclearTitle}</MessageBarTitle>
            {s.connectUnclear[connection.finding.kind]}
          </MessageBarBody>
        </MessageBar>
      )}
      {connection?.kind === "found" && <FoundFacts found={connection} language={language} />}

      {reading && connection?.kind !== "empty" && (
        <ColumnChoices
          language={language}
          columns={reading.columns}
          keyColumn={keyColumn}
          levelColumn={levelColumn}
          framework={framework}
          choice={choice}
          onChange={(next) => {
            setChoice(next);
            writing.reset();
          }}
        />
      )}

      {connection?.kind === "found" && (
        <>
          <p className={text.note}>{s.connectWriteIntro}</p>
          <Button className={styles.button} onClick={() => source && void writing.run(connection, source.sheet)} disabled={writing.running}>
            {s.connectWrite}
          </Button>
          <ConfirmDialog
            open={asking !== undefined}
            title={s.connectConfirmTitle}
            body={asking ? s.connectConfirmBody(asking.cells.join(", ")) : ""}
            confirmLabel={s.connectConfirm}
            cancelLabel={s.connectCancel}
            onConfirm={() => asking && source && void writing.run(connection, source.sheet, asking)}
            onCancel={writing.reset}
          />
        </>
      )}
      {written && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{s.connectWrittenTitle}</MessageBarTitle>
            {s.connectWritten(written.address)}
          </MessageBarBody>
        </MessageBar>
      )}
      {write.status === "failed" && <ErrorBar title={s.connectWriteFailedTitle}>{describeError(write.error, language).text}</ErrorBar>}
    </section>
  );
}

function FoundFacts({ found, language }: { readonly found: FoundTable; readonly language: Language }) {
  const styles = useStyles();
  const s = STRINGS[language];
  const name = localIndexName(found.framework, language);
  const rows = found.skippedRows.slice(0, LISTED_ROWS).join(", ") + (found.skippedRows.length > LISTED_ROWS ? ", …" : "");
  const complete = found.recognised === found.total && !found.problem;
  return (
    <>
      <MessageBar intent={complete ? "success" : "warning"}>
        <MessageBarBody>
          <MessageBarTitle>{s.connectFoundTitle(found.recognised, found.total)}</MessageBarTitle>
          {found.score
            ? s.connectIndex(formatHundredths(found.score.roundedHundredths, language), formatExact(found.score.index, language), found.score.bandExact.predikat)
            : ""}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.facts} aria-label={s.connectFoundTitle(found.recognised, found.total)}>
        <li>{s.connectFramework(name, found.framework.id, s.connectFrameworkFrom[found.frameworkFrom])}</li>
        <li>{s.connectColumns(found.keyRange, found.levelRange)}</li>
        {found.skippedRows.length > 0 && <li>{s.connectSkipped(found.skippedRows.length, rows)}</li>}
        {found.repeats.length > 0 && <li>{s.connectRepeats(listIndicators(found.repeats))}</li>}
        {found.blanks.length > 0 && <li>{s.connectBlanks(listIndicators(found.blanks))}</li>}
      </ul>
      {found.problem && <ErrorBar title={s.connectProblemTitle}>{found.problem.messageIn(language)}</ErrorBar>}
    </>
  );
}

interface ColumnChoicesProps {
  readonly language: Language;
  readonly columns: readonly { readonly column: number; readonly letter: string; readonly header?: string }[];
  readonly keyColumn?: number;
  readonly levelColumn?: number;
  readonly framework?: Framework;
  readonly choice: ConnectChoice;
  readonly onChange: (choice: ConnectChoice) => void;
}

/** The columns and framework in use, each changeable; "" means "as detected". */
function ColumnChoices({ language, columns, keyColumn, levelColumn, framework, choice, onChange }: ColumnChoicesProps) {
  const s = STRINGS[language];
  const narrow = useNarrowSelectStyles();
  const columnSelect = (label: string, value: number | undefined, chosen: number | undefined, set: (v: number | undefined) => ConnectChoice) => (
    <Field label={label}>
      <Select
        className={narrow.selectNarrow}
        select={{ className: narrow.selectControlNarrow }}
        value={chosen === undefined ? "" : String(chosen)}
        onChange={(_, d) => onChange(set(d.value === "" ? undefined : Number(d.value)))}
      >
        <option value="">
          {value === undefined ? s.connectDetected : `${s.connectColumnOption(columns[value]?.letter ?? "", columns[value]?.header)} ${s.connectDetected}`}
        </option>
        {columns.map((c) => (
          <option key={c.column} value={String(c.column)}>
            {s.connectColumnOption(c.letter, c.header)}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <>
      {columnSelect(s.connectKeyColumn, keyColumn, choice.keyColumn, (v) => ({ ...choice, keyColumn: v }))}
      {columnSelect(s.connectLevelColumn, levelColumn, choice.levelColumn, (v) => ({ ...choice, levelColumn: v }))}
      <Field label={s.connectFrameworkLabel}>
        <Select
          className={narrow.selectNarrow}
          select={{ className: narrow.selectControlNarrow }}
          value={choice.framework?.id ?? ""}
          onChange={(_, d) => onChange({ ...choice, framework: FRAMEWORKS.find((f) => f.id === d.value) })}
        >
          <option value="">{framework && !choice.framework ? `${framework.id} ${s.connectDetected}` : s.connectDetected}</option>
          {FRAMEWORKS.map((f) => (
            <option key={f.id} value={f.id}>
              {`${f.id} (${localIndexName(f, language)})`}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
