/** A failure shown in a view: an error MessageBar with a title and the explanation below it. */
import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function ErrorBar({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
