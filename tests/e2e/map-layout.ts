import type { Locator } from '@playwright/test';

/**
 * Nodes outside the canvas, node text overflowing its box, statuses cut, React Flow's credit over a
 * node (it covered "Find another vendor" at 1366): what a room would see as broken.
 */
export async function layoutProblems(scope: Locator): Promise<string[]> {
  return scope.locator('.react-flow__node').evaluateAll((nodes) => {
    const flow = nodes[0]?.closest('.react-flow');
    const canvas = flow?.getBoundingClientRect();
    const credit = flow?.querySelector('.react-flow__attribution')?.getBoundingClientRect();
    return nodes.flatMap((node) => {
      const box = node.getBoundingClientRect();
      const body = node.querySelector<HTMLElement>('.map-node__body');
      const name = node.getAttribute('data-id') ?? '?';
      const problems: string[] = [];
      if (!canvas || box.left < canvas.left - 1 || box.right > canvas.right + 1 || box.top < canvas.top - 1 || box.bottom > canvas.bottom + 1) problems.push(`${name} outside the canvas`);
      if (body && (body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1)) problems.push(`${name} text overflows`);
      if (credit && credit.left < box.right && box.left < credit.right && credit.top < box.bottom && box.top < credit.bottom) problems.push(`the credit over ${name}`);
      for (const status of node.querySelectorAll<HTMLElement>('.map-node__status')) {
        if (status.scrollWidth > status.clientWidth + 1) problems.push(`${name} status cut`);
      }
      return problems;
    });
  });
}
