import type { DecisionRecord } from '../../domain/record/record';
import type { QuarantinedRow } from '../../storage/parse-row';
import type { RecordsContext } from './context';

/** How records read meanwhile are merged (library.ts's applySaved, passed in: library.ts loads this module). */
export type MergeRead = (ctx: RecordsContext, changed: readonly DecisionRecord[], quarantined: readonly QuarantinedRow[]) => void;

/** Records read per idle moment: a batch takes about 10 ms here (40 ms on a phone 4× slower), so a key pressed meanwhile never waits long behind one. */
const BATCH = 4;
/** Records added to the held ones per state change: few changes, each copying the map once. */
const COMMIT = 1000;
/** An idle moment shorter than this is left to the page. */
const ENOUGH_IDLE_MS = 8;
/** No batch starts until the user has pressed no key and clicked nowhere for this long: typing in the search box comes first. */
const QUIET_AFTER_INPUT_MS = 1000;

/** Tells how long ago the user last pressed a key or a pointer, from now until `stop`. */
function watchInput(): { sinceInput: () => number; stop: () => void } {
  let last = -Infinity;
  const note = () => (last = performance.now());
  const events = ['keydown', 'pointerdown'] as const;
  if (typeof addEventListener !== 'function') return { sinceInput: () => Infinity, stop: () => undefined };
  for (const event of events) addEventListener(event, note, { capture: true, passive: true });
  return { sinceInput: () => performance.now() - last, stop: () => events.forEach((event) => removeEventListener(event, note, { capture: true })) };
}

/** Resolves in an idle moment long enough for a batch, once the user has not typed or clicked for a while. */
function idle(sinceInput: () => number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const wait = (): void => {
      const quietIn = QUIET_AFTER_INPUT_MS - sinceInput();
      if (quietIn > 0) {
        setTimeout(wait, quietIn);
        return;
      }
      requestIdleCallback((deadline) => (deadline.timeRemaining() >= ENOUGH_IDLE_MS || deadline.didTimeout ? resolve() : wait()), { timeout: 2000 });
    };
    wait();
  });
}

/**
 * After the first screen (listed from summaries), reads every record whole in
 * small batches while the page is idle, so this tab holds the library in memory:
 * if storage goes away under the app (site data cleared), "Export every decision
 * held in this tab" still has them all. Records already held, and those saved or
 * changed meanwhile, are left as they are.
 */
export async function holdLibraryWhenIdle(ctx: RecordsContext, merge: MergeRead): Promise<void> {
  const { entries, records } = ctx.records.getState();
  const listed = new Map(entries.flatMap((e) => (e.origin.kind === 'browser' && !records.has(e.id) ? [[e.id, e.saveCount] as const] : [])));
  const ids = [...listed.keys()];
  let pending: DecisionRecord[] = [];
  const input = watchInput();
  for (let i = 0; i < ids.length; i += BATCH) {
    await idle(input.sinceInput);
    const store = ctx.connection;
    if (!store) break;
    const read = await store.getMany(ids.slice(i, i + BATCH));
    if (!read.ok) break;
    // As listed: held, its entry untouched. Changed since (or no longer parsing): merged like another tab's change.
    const changed = read.value.records.filter((r) => listed.get(r.id) !== r.saveCount);
    if (changed.length > 0 || read.value.quarantined.length > 0) merge(ctx, changed, read.value.quarantined);
    pending.push(...read.value.records.filter((r) => listed.get(r.id) === r.saveCount));
    if (pending.length >= COMMIT) pending = commit(ctx, pending);
  }
  input.stop();
  commit(ctx, pending);
}

/** Adds records to those held, one state change for many. */
function commit(ctx: RecordsContext, held: readonly DecisionRecord[]): DecisionRecord[] {
  if (held.length === 0) return [];
  const state = ctx.records.getState();
  const listed = new Set(state.entries.map((e) => e.id));
  const records = new Map(state.records);
  // Not one moved to the Trash meanwhile, nor one held already (saved here meanwhile).
  for (const record of held) if (listed.has(record.id) && !records.has(record.id)) records.set(record.id, record);
  ctx.records.setState({ records });
  return [];
}
