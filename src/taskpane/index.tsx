/** Placeholder task pane entry; replaced by the React task pane. */
const container = document.getElementById("container");
if (container) container.textContent = "SPBE";
