/**
 * `spbe --help` and `spbe <command> --help`, in Indonesian and English, generated from the command table
 * (`commands/table`): the usage lines, the options and the examples cannot drift from what the parser accepts.
 */
import type { Language } from "../core";
import { COMMAND_TABLE, COMMANDS, placeholderOf, type CommandDecl, type CommandName, type OptionDecl } from "./commands/table";

const EXIT_CODES = {
  id: `Kode keluar: 0 berhasil; 1 data masukan tidak valid (berkas bukan kertas kerja, tingkat kosong atau tidak valid,
berkas tidak dapat dibaca/ditulis); 2 penggunaan salah (perintah/opsi, berkas tidak ada, berkas keluaran sudah ada);
3 galat internal.`,
  en: `Exit codes: 0 success; 1 invalid input data (not a template, blank or invalid levels, file cannot be
read/written); 2 usage (command/option, missing file, output file exists); 3 internal error.`,
};

const HEADINGS = {
  id: { usage: "Penggunaan:", common: "Opsi umum:", options: "Opsi:", examples: "Contoh:", ownTable: "(tabel sendiri)" },
  en: { usage: "Usage:", common: "Common options:", options: "Options:", examples: "Examples:", ownTable: "(own table)" },
};

const GENERAL = {
  id: {
    title: "spbe: Indeks SPBE (PermenPANRB 59/2020, 5/2018) dan Indeks Pemdi (PermenPANRB 8/2026) dari baris perintah.",
    common: `  --lang id|en     bahasa pesan (dan kertas kerja); bawaan: id
  -h, --help       bantuan; \`spbe <perintah> --help\` untuk satu perintah
  -v, --version    versi`,
    streams: "Hasil ke stdout; kemajuan dan pesan galat ke stderr.",
  },
  en: {
    title: "spbe: the SPBE Index (PermenPANRB 59/2020, 5/2018) and the Pemdi Index (PermenPANRB 8/2026) from the command line.",
    common: `  --lang id|en     language of messages (and of the template); default: id
  -h, --help       help; \`spbe <command> --help\` for one command
  -v, --version    version`,
    streams: "Results go to stdout; progress and error messages to stderr.",
  },
};

/** Usage lines wrap here, continuing under the first option. */
const LINE_WIDTH = 118;
/** Where the descriptions of options start; a longer flag puts its description on the next line. */
const DESCRIPTION_COLUMN = 29;

function flagOf(name: string, option: OptionDecl, language: Language): string {
  const placeholder = placeholderOf(option, language);
  const long = placeholder === undefined ? `--${name}` : `--${name} ${placeholder}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

function usageWord(name: string, option: OptionDecl, language: Language): string {
  const placeholder = placeholderOf(option, language);
  const word = placeholder === undefined ? `--${name}` : `--${name} ${placeholder}`;
  return option.required ? word : `[${word}]`;
}

/** Words on lines of at most LINE_WIDTH characters, the continuation lines indented under the first word after `head`. */
function wrapped(head: string, words: readonly string[]): string {
  const indent = " ".repeat(head.length + 1);
  const lines: string[] = [];
  let line = head;
  for (const word of words) {
    if (line.length + 1 + word.length > LINE_WIDTH && line.trim() !== head.trim()) {
      lines.push(line);
      line = indent + word;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * The usage lines: the arguments, the required options, the optional ones; the options that only read a
 * workbook of the analyst's own (group "ownTable") on a second line.
 */
function usageLines(name: CommandName, command: CommandDecl, language: Language): string {
  const head = command.arguments ? `spbe ${name} ${command.arguments}` : `spbe ${name}`;
  const entries = Object.entries(command.options);
  const ordered = [...entries.filter(([, o]) => o.required), ...entries.filter(([, o]) => !o.required)];
  const main = ordered.filter(([, o]) => o.group === undefined).map(([n, o]) => usageWord(n, o, language));
  const ownTable = ordered.filter(([, o]) => o.group === "ownTable").map(([n, o]) => usageWord(n, o, language));
  const lines = [wrapped(head, main)];
  if (ownTable.length > 0) lines.push(wrapped(head, [...ownTable, "...", `  ${HEADINGS[language].ownTable}`]));
  return lines.join("\n");
}

function optionLines(command: CommandDecl, language: Language): string {
  const rows = Object.entries(command.options).map(([name, option]) => ({ flag: `  ${flagOf(name, option, language)}`, text: option.describe[language] }));
  const column = DESCRIPTION_COLUMN;
  const pad = " ".repeat(column);
  return rows
    .map(({ flag, text }) => {
      const [first, ...rest] = text.split("\n");
      const lead = flag.length + 2 <= column ? flag.padEnd(column) + first : `${flag}\n${pad}${first}`;
      return [lead, ...rest.map((line) => pad + line)].join("\n");
    })
    .join("\n");
}

function commandHelp(name: CommandName, language: Language): string {
  const command = COMMAND_TABLE[name];
  const words = HEADINGS[language];
  return [
    usageLines(name, command, language),
    command.about[language],
    `${words.options}\n${optionLines(command, language)}`,
    `${words.examples}\n${command.examples[language].map((e) => `  ${e}`).join("\n")}`,
    `${EXIT_CODES[language]}\n`,
  ].join("\n\n");
}

function generalHelp(language: Language): string {
  const general = GENERAL[language];
  const examples = COMMANDS.map((name) => COMMAND_TABLE[name].overview);
  const column = Math.max(...examples.map((e) => e.example.length)) + 2;
  const usage = examples.map((e) => `  ${e.example.padEnd(column)}${e.summary[language]}`).join("\n");
  const words = HEADINGS[language];
  return `${general.title}\n\n${words.usage}\n${usage}\n\n${words.common}\n${general.common}\n\n${general.streams}\n${EXIT_CODES[language]}\n`;
}

export function helpText(language: Language, command?: CommandName): string {
  return command ? commandHelp(command, language) : generalHelp(language);
}
