/**
 * What jsdom lacks and Fluent v9 uses: ResizeObserver (MessageBar reflow). Imported first by each component test
 * (jest.config.js is shared, so no global setup file).
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof window !== "undefined" && g.ResizeObserver === undefined) {
  g.ResizeObserver = ResizeObserverStub;
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

export {};
