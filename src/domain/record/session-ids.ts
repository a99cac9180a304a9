import type { RawObject } from './format-step';

/** What an id in a session names. */
export type IdKind = 'session' | 'candidate' | 'requirement';
export type RenameId = (kind: IdKind, id: string) => string;

const isObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const at = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

/**
 * The session with every id field renamed, and nothing else: a name, a note or a
 * status that happens to equal an id stays as written. The one list of where a
 * session keeps ids (its own, each candidate's and requirement's, and every map
 * keyed by them); share links shorten ids with it and record format steps repair
 * them with it. Works on unchecked data: anything it does not understand is left
 * for the schema to refuse. `rename` must give distinct ids for distinct ids.
 */
export function renameSessionIds<T>(session: T, rename: RenameId): T {
  if (!isObject(session)) return session;
  const id = (kind: IdKind) => (value: unknown) => (typeof value === 'string' ? rename(kind, value) : value);
  const candidate = id('candidate');
  const requirement = id('requirement');
  const keyed = (kind: IdKind, inner: (value: unknown) => unknown = (v) => v) => (map: unknown) =>
    isObject(map) ? Object.fromEntries(Object.entries(map).map(([key, value]) => [rename(kind, key), inner(value)])) : map;
  const field = (value: unknown, key: string, change: (v: unknown) => unknown) => (isObject(value) && key in value ? { ...value, [key]: change(value[key]) } : value);
  const each = (change: (v: unknown) => unknown) => (list: unknown) => (Array.isArray(list) ? list.map(change) : list);
  const withId = (change: (v: unknown) => unknown) => (item: unknown) => field(item, 'id', change);

  let out: unknown = field(session, 'id', id('session'));
  out = field(out, 'framing', (framing) => field(field(framing, 'candidates', each(withId(candidate))), 'requirements', each(withId(requirement))));
  out = field(out, 'answers', (answers) => {
    let a: unknown = field(answers, 'maturity', (m) => field(m, 'candidates', keyed('candidate')));
    a = field(a, 'requirements', (r) => field(r, 'candidates', keyed('candidate', (fit) => field(fit, 'coverage', keyed('requirement')))));
    return field(a, 'gaps', (g) => field(g, 'candidates', keyed('candidate', (gaps) => field(gaps, 'gaps', keyed('requirement')))));
  });
  out = field(out, 'adopted', (adopted) => field(adopted, 'candidateId', candidate));
  out = field(out, 'followUps', (f) => field(f, 'unstableRequirements', each(requirement)));
  out = field(out, 'vendorScores', keyed('candidate'));
  out = field(out, 'costs', (costs) => field(costs, 'buy', each((scenario) => field(scenario, 'candidateId', candidate))));
  return out as T;
}

/** Ids used twice among a session's candidates and requirements (answers are keyed by them), with where the second use sits. */
export function sharedIds(session: unknown): { readonly path: readonly PropertyKey[]; readonly id: string }[] {
  const found: { path: PropertyKey[]; id: string }[] = [];
  const seen = new Set<unknown>();
  for (const list of ['candidates', 'requirements'] as const) {
    const items = at(at(session, 'framing'), list);
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      const id = at(item, 'id');
      if (typeof id === 'string' && seen.has(id)) found.push({ path: ['framing', list, i, 'id'], id });
      seen.add(id);
    });
  }
  return found;
}
