import * as z from 'zod/mini';

/*
 * Bounds on what the cost model accepts. They keep every figure it computes finite
 * and exact in integer minor units: a price of 10^15 or a growth of 1,000% a month
 * gets a message at its field instead of an Infinity on a screen or in a file.
 */

/** The largest starting volume (and the top of the break-even search, docs/domain.md#cost-model). */
export const MAX_VOLUME = 1e12;
/** Monthly growth between −50% and +50%: beyond that, three years of it is not a plan. */
export const MIN_GROWTH = -0.5;
export const MAX_GROWTH = 0.5;
/** A fixed amount (fee, capex, engineer-month, exit cost), in minor units: 10 billion in a currency with cents. */
export const MAX_AMOUNT = 1e12;
/** A price per request, per 1,000 tokens or per seat, in minor units. */
export const MAX_UNIT_PRICE = 1e8;
export const MAX_WEEKS = 10_000;
export const MAX_ENGINEERS = 1_000;
export const MONTHS = 36;

const finite = (what: string) => z.refine(Number.isFinite, { error: `${capital(what)} must be a number` });
/** Empty gets "Enter …"; anything else that is not a finite number gets "… must be a number". */
export const num = (what: string) =>
  z.number({ error: (issue) => (issue.input === undefined || issue.input === null ? `Enter ${what}` : `${capital(what)} must be a number`) });

/** A non-negative number up to `max`, with messages that name the field (`tooBig` made when needed, if a function). */
export const bounded = (what: string, max: number, tooBig: string | (() => string)) =>
  num(what).check(finite(what), z.gte(0, { error: `${capital(what)} cannot be negative` }), z.lte(max, { error: tooBig }));

/** A fixed amount of money in whole minor units (cents). */
export const amount = (what: string) =>
  bounded(what, MAX_AMOUNT, `${capital(what)} is too large`).check(
    z.int({ error: `${capital(what)} must be whole cents` }),
  );

export const unitPrice = (what: string) => bounded(what, MAX_UNIT_PRICE, `${capital(what)} is over a million: a typo?`);

// The message is made when needed: formatting a number at load costs every start (the command line tool's too) ~20 ms of locale set-up.
export const weeks = (what: string) => bounded(what, MAX_WEEKS, () => `${capital(what)} is over ${MAX_WEEKS.toLocaleString('en')} weeks`);

export const engineers = (what: string) => bounded(what, MAX_ENGINEERS, `${capital(what)} is over ${MAX_ENGINEERS} engineers`);

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
