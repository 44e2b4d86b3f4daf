/** How a command reports progress: a catalogue message, which `main.ts` prints on stderr in the user's language. */
import type { CliMessageCode, CliMessageParams } from "../messages";

export type Progress = (code: CliMessageCode, params: CliMessageParams) => void;
