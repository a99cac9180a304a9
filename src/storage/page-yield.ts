/**
 * Lets the page handle what waits (a key press, a paint) before the next piece of
 * a long job: listing 10,000 summaries in one task kept typing waiting for a second.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
