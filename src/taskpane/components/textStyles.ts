/**
 * The pane's text styles, in one place, on Fluent's type ramp (tokens): the title, every view's heading and
 * subheading, body text, notes, the figures of a summary or plan and the two lines of a list item look alike
 * everywhere, and a change of size or colour is made here once. Views do not define their own font sizes for these.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTextStyles = makeStyles({
  /** The pane's name in its header. */
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightBold, margin: 0 },
  /** A view's heading (h2). */
  heading: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  /** A section's heading within a view (h3), as Fluent's Subtitle2. */
  subheading: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  /** Running text. */
  body: { margin: 0, fontSize: tokens.fontSizeBase300 },
  /** Running text in a dense list (the function reference). */
  small: { margin: 0, fontSize: tokens.fontSizeBase200 },
  /** An introduction or a note: smaller, secondary colour. */
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  /** A figure's label (dt) and value (dd): index, predikat, target. */
  figureLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  figureValue: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  figureValueLarge: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  /** A list item's first line (what it is) and second line (its detail). */
  item: { display: "block", fontSize: tokens.fontSizeBase200 },
  itemDetail: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});
