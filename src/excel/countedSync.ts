/**
 * `context.sync()` with a count: the operations that promise a constant number of syncs whatever the number of
 * rows (insertTemplate, writeMerge) return it, and the tests hold them to it.
 */
export interface CountedSync {
  sync(): Promise<void>;
  readonly count: number;
}

export function countedSync(context: Excel.RequestContext): CountedSync {
  let count = 0;
  return {
    async sync() {
      count++;
      await context.sync();
    },
    get count() {
      return count;
    },
  };
}
