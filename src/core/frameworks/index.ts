/** The registry of frameworks: one place that lists them, newest first. */
import { PEMDI_8_2026 } from "./pemdi-8-2026";
import { SPBE_59_2020 } from "./spbe-59-2020";
import { SPBE_5_2018 } from "./spbe-5-2018";
import type { Framework, FrameworkId } from "./types";

export type { Aspect, Band, Domain, Framework, FrameworkId, Indicator, LevelScale, SourceStatus } from "./types";
export { PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018 };

export const FRAMEWORKS: readonly Framework[] = [PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018];

export const FRAMEWORK_IDS: readonly FrameworkId[] = FRAMEWORKS.map((f) => f.id);

export function getFramework(id: FrameworkId): Framework {
  const found = FRAMEWORKS.find((f) => f.id === id);
  if (!found) throw new Error(`Unknown framework id ${id}`);
  return found;
}
