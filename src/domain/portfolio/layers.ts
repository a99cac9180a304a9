import * as z from 'zod/mini';

/** Where a component sits in the organisation's stack (docs/domain.md#portfolio). */
export const LAYERS = ['utility', 'component', 'harness', 'product', 'other'] as const;
export const LayerSchema = z.enum(LAYERS, { error: 'Choose the layer the component belongs to' });
export type Layer = z.infer<typeof LayerSchema>;

export const LAYER_NAMES: Record<Layer, string> = {
  utility: 'Utility',
  component: 'Component',
  harness: 'Harness',
  product: 'Product',
  other: 'Other',
};

/** One line each, for the framing's choice. */
export const LAYER_HINTS: Record<Layer, string> = {
  utility: 'What everyone buys: foundation models, code completion, standard integrations',
  component: 'The bricks: workflow engines, message buses, retrieval libraries, validation frameworks',
  harness: 'Your own integration around bought models: specifications, validation gates, context assembly, tool scoping, enforced workflows',
  product: 'What your customers use',
  other: 'None of these',
};
