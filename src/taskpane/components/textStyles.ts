/**
 * The pane's text styles, in one place: every view's heading, subheading and explanatory note look alike, and a
 * change of size or colour is made here once.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTextStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subheading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  /** An introduction or a note: smaller, secondary colour. */
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});
