import { createContext } from 'react';
import type { NodeId } from '../../domain/answers';

/**
 * How an answered node takes the wizard back to it. Passed by context so the
 * nodes React Flow renders stay plain data, built by the pure `buildFlow`.
 */
export const GoToContext = createContext<(node: NodeId) => void>(() => undefined);
