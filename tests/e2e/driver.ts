import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * A small driver so wizard specs read like what a team does in the room:
 * `await w.start(); await w.frame({...}); await w.answer('No'); await w.next();`.
 * It finds everything by role and label, as a user would.
 */

export type Bucket = 'Must-have' | 'Should-have' | 'Nice-to-have';
export type Coverage = 'Covered' | 'Partly covered' | 'Not covered';
export type MaturityCheck =
  | 'In production use for two years or more'
  | 'Customers at your scale or larger'
  | 'A public SLA'
  | 'A track record with the failures you care about, confirmed by references';

export const ALL_CHECKS: readonly MaturityCheck[] = [
  'In production use for two years or more',
  'Customers at your scale or larger',
  'A public SLA',
  'A track record with the failures you care about, confirmed by references',
];

export interface FramingInput {
  componentName?: string;
  description?: string;
  /** Raw text, as typed: "12", "0.5", "ten". */
  engineers?: string;
  systemsMaintained?: string;
  spareEngineers?: string;
  candidates?: readonly { name: string; vendor?: string }[];
  requirements?: readonly { name: string; bucket?: Bucket }[];
  date?: string;
}

/** A team that can spare a fifth of an engineer: node 5's suggestion is "Yes". */
export const ROOMY_TEAM = { engineers: '12', systemsMaintained: '3', spareEngineers: '1' } as const;
/** A small, busy team: node 5's suggestion is "No". */
export const STRETCHED_TEAM = { engineers: '4', systemsMaintained: '5', spareEngineers: '0.1' } as const;

export const DESCRIPTION =
  'Stores 40 million product embeddings with their metadata, answers hybrid search queries for the shop in under 80 ms at p95 with 99.9% availability; search, recommendations and the support bot depend on it.';

export class WizardDriver {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Opens the app and starts a new decision. */
  async start(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('button', { name: 'New decision' }).click();
    await this.expectStep('Frame the decision');
  }

  /** Fills the framing form; does not press Next. */
  async fill(input: FramingInput): Promise<void> {
    const { page } = this;
    if (input.componentName !== undefined) await page.getByLabel('Component name').fill(input.componentName);
    await page.getByLabel('What it does in your system').fill(input.description ?? DESCRIPTION);
    if (input.engineers !== undefined) await page.getByLabel('Engineers on the team').fill(input.engineers);
    if (input.systemsMaintained !== undefined) await page.getByLabel('Production systems they already maintain').fill(input.systemsMaintained);
    if (input.spareEngineers !== undefined) await page.getByLabel('Spare engineer capacity').fill(input.spareEngineers);
    for (const [i, c] of (input.candidates ?? []).entries()) {
      await page.getByRole('button', { name: 'Add candidate' }).click();
      await page.getByLabel(`Candidate ${i + 1} name`).fill(c.name);
      if (c.vendor) await page.getByLabel(`Vendor of candidate ${i + 1}`).fill(c.vendor);
    }
    for (const [i, r] of (input.requirements ?? []).entries()) {
      await page.getByRole('button', { name: 'Add requirement' }).click();
      await page.getByLabel(`Requirement ${i + 1}`, { exact: true }).fill(r.name);
      if (r.bucket) await this.pickBucket(i + 1, r.bucket);
    }
    await page.getByLabel('Date', { exact: true }).fill(input.date ?? '2026-11-23');
  }

  /** A requirement's bucket: one click in its segmented choice. */
  async pickBucket(requirement: number, bucket: Bucket): Promise<void> {
    await this.page.getByRole('radiogroup', { name: `Bucket for requirement ${requirement}` }).getByRole('radio', { name: bucket }).check();
  }

  /** Fills the framing and goes on to node 1. */
  async frame(input: FramingInput): Promise<void> {
    await this.fill(input);
    await this.next();
    await this.expectStep('Is this component a core differentiator for your product?');
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back', exact: true }).click();
  }

  /** Node 1 or 5: the decision-wide Yes / No. */
  async answer(choice: 'Yes' | 'No'): Promise<void> {
    await this.page.getByRole('radio', { name: choice, exact: true }).check();
  }

  async rationale(text: string): Promise<void> {
    await this.page.getByLabel(/^Rationale/).fill(text);
  }

  async overrideReason(text: string, candidate?: string): Promise<void> {
    const scope = candidate ? this.candidate(candidate) : this.page;
    await scope.getByLabel('Why go against the suggestion?').fill(text);
  }

  /** The card for one candidate on the current node: its heading is the name, then the vendor if any ("Candidate 1" is not "Candidate 12"). */
  candidate(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('region', { name: new RegExp(`^${escaped}( · .*)?$`) });
  }

  /** Node 2: ticks the given checks for a candidate (the others stay unticked). */
  async checkMaturity(candidate: string, checks: readonly MaturityCheck[] = ALL_CHECKS): Promise<void> {
    const card = this.candidate(candidate);
    for (const check of ALL_CHECKS) {
      await card.getByRole('checkbox', { name: check }).setChecked(checks.includes(check));
    }
  }

  /** Node 2: the team's call on a candidate, whatever the suggestion. */
  async judgeMature(candidate: string, choice: 'Yes' | 'No'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: `Is ${candidate} mature?` }).getByRole('radio', { name: choice, exact: true }).check();
  }

  /** Node 3: one cell of the coverage grid. */
  async cover(requirement: string, candidate: string, coverage: Coverage): Promise<void> {
    await this.page.getByLabel(`${requirement} for ${candidate}`).selectOption({ label: coverage });
  }

  /** Node 4: classifies one gap of a candidate. */
  async classifyGap(candidate: string, requirement: string, kind: 'Core' | 'Edge case' | 'Not a gap', breadth?: 'Narrow' | 'Broad'): Promise<void> {
    const card = this.candidate(candidate);
    await card.getByRole('radiogroup', { name: `Gap: ${requirement}` }).getByRole('radio', { name: kind, exact: true }).check();
    if (breadth) {
      await card.getByRole('radiogroup', { name: `How broad is the ${requirement} gap?` }).getByRole('radio', { name: breadth }).check();
    }
  }

  /** The step list's button for a step, e.g. "Framing" or "2. Mature option?". */
  stepButton(label: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: label });
  }

  /** Asserts the current step by its heading, and that focus has moved to it. */
  async expectStep(heading: string | RegExp): Promise<void> {
    await expect(this.heading()).toHaveText(heading);
    await expect(this.heading()).toBeFocused();
  }

  async expectOutcome(name: string): Promise<void> {
    await this.expectStep(name);
  }
}

export const QUESTIONS = {
  differentiator: 'Is this component a core differentiator for your product?',
  maturity: 'Does a mature commercial option exist?',
  requirements: 'Does it meet at least 80% of your requirements?',
  gaps: 'Are the gaps core or edge cases?',
  maintenance: 'Can you maintain it for the long term?',
} as const;
