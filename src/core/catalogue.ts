/**
 * The one machinery of user-facing messages, for every layer: a catalogue maps a code to its sentence in each
 * language, built from the facts of the problem (params); an error of a layer carries a code and its facts, and
 * says itself in the user's language with `messageIn`. Each layer keeps its own catalogue of its own words (the
 * core: input values; src/template: the workbook contract; src/units: unit files; src/cli: the command line),
 * and a surface adds the hints only it knows (the functions' "use SPBE.ASPECT", the CLI's "see --help").
 */
import type { Language } from "./messages";

/** One message in one language. */
export type Phrase<P> = (params: P, language: Language) => string;

/** Every code of a layer with its sentence in both languages. */
export type Catalogue<C extends string, P> = Readonly<Record<C, Readonly<Record<Language, Phrase<P>>>>>;

/** A message of a catalogue in one language. */
export function phrase<C extends string, P>(catalogue: Catalogue<C, P>, code: C, params: P, language: Language): string {
  return catalogue[code][language](params, language);
}

/** Anything that can say itself in either language: every error of the layers below. */
export interface Said {
  messageIn(language: Language): string;
}

/**
 * The base of every error a user reads: its layer's catalogue, a code and the facts. `message` is the English
 * sentence, for logs and stack traces. The catalogue is kept out of the error's own enumerable properties, so
 * that comparing or printing an error shows its code and facts only.
 */
export abstract class CataloguedError<C extends string, P> extends Error implements Said {
  readonly code: C;
  readonly params: P;
  private declare readonly catalogue: Catalogue<C, P>;

  protected constructor(catalogue: Catalogue<C, P>, code: C, params: P, options?: { cause?: unknown }) {
    super(phrase(catalogue, code, params, "en"), options);
    Object.defineProperty(this, "catalogue", { value: catalogue, enumerable: false });
    this.code = code;
    this.params = params;
  }

  /** The message in the user's language. */
  messageIn(language: Language): string {
    return phrase(this.catalogue, this.code, this.params, language);
  }
}
