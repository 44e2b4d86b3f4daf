/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ConfirmDialog } from "../../src/taskpane/components/ConfirmDialog";

function Harness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = React.useState(false);
  return (
    <FluentProvider theme={webLightTheme}>
      <button onClick={() => setOpen(true)}>Tulis</button>
      <ConfirmDialog open={open} title="Tulis target?" body="3 sel" confirmLabel="Tulis" cancelLabel="Batal"
        onConfirm={() => { onConfirm(); setOpen(false); }} onCancel={() => setOpen(false)} />
    </FluentProvider>
  );
}

describe("ConfirmDialog", () => {
  it("opens on the safe button and gives the focus back to its opener, after cancel and after confirm", async () => {
    const confirm = jest.fn();
    render(<Harness onConfirm={confirm} />);
    const opener = screen.getByRole("button", { name: "Tulis" });
    for (const close of ["Batal", "Tulis"]) {
      opener.focus();
      fireEvent.click(opener);
      const dialog = await screen.findByRole("dialog", { name: "Tulis target?" });
      await waitFor(() => expect(document.activeElement?.textContent).toBe("Batal"));
      fireEvent.click(Array.from(dialog.querySelectorAll("button")).find((b) => b.textContent === close)!);
      await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
      await waitFor(() => expect(document.activeElement).toBe(opener));
    }
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});
