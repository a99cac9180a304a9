/**
 * Public figures offered as editable starting points (docs/domain.md#cost-model), each shown as an
 * example to replace with the team's own — never used behind the user's back.
 * Amounts in US cents.
 */
export interface ExampleFigure {
  readonly id: 'gpu-rent' | 'gpu-purchase' | 'electricity' | 'pue' | 'utilisation' | 'engineer';
  readonly label: string;
  /** What the figure is, in words, with the range public price lists show. */
  readonly range: string;
  readonly value: number;
}

const HOURS_PER_MONTH = (365.25 * 24) / 12;

export const EXAMPLE_FIGURES: readonly ExampleFigure[] = [
  { id: 'gpu-rent', label: 'GPU rent (H100 class), a month', range: 'about $2–4 an hour on public clouds; $3 an hour shown', value: Math.round(300 * HOURS_PER_MONTH) },
  { id: 'gpu-purchase', label: 'GPU purchase (H100 class)', range: 'about $25,000–35,000 a card', value: 3_000_000 },
  { id: 'electricity', label: 'Electricity per kWh', range: 'about $0.10–0.15', value: 12 },
  { id: 'pue', label: 'Power usage effectiveness', range: 'about 1.4–1.6 for a typical data centre', value: 1.5 },
  { id: 'utilisation', label: 'GPU utilisation', range: 'about 70% sustained', value: 0.7 },
  { id: 'engineer', label: 'Loaded engineer, a month', range: 'about $150 an hour fully loaded, 40 hours a week', value: Math.round((15_000 * 40 * 52) / 12) },
];

export function exampleFigure(id: ExampleFigure['id']): number {
  const figure = EXAMPLE_FIGURES.find((f) => f.id === id);
  if (!figure) throw new Error(`No example figure ${id}`);
  return figure.value;
}
