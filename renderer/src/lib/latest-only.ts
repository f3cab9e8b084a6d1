/**
 * Runs each `apply` once its `wait` settles (at once when there is nothing to wait for), unless a later
 * call came first: of several areas asked in a row, the last one asked is the one shown, whichever
 * code arrives first. A wait that fails applies all the same (what it loaded is asked again, and its
 * error shown, where it is used).
 */
export function latestOnly(): (wait: Promise<unknown> | null, apply: () => void) => void {
  let latest = 0;
  return (wait, apply) => {
    const call = ++latest;
    if (wait === null) {
      apply();
      return;
    }
    void wait
      .catch(() => undefined)
      .then(() => {
        if (call === latest) apply();
      });
  };
}
