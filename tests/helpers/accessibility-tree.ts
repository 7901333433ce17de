import { a11ySnapshot } from '@web/test-runner-commands';
import { UNSUPPORTED } from './media.js';

/** One node of the browser's accessibility tree, as Puppeteer reports it. */
export interface AccessibleNode {
  role: string;
  name?: string;
  description?: string;
  checked?: boolean | 'mixed';
  /** A heading's level. */
  level?: number;
  /** 'true' (or the kind of error) on a field the page marked invalid. */
  invalid?: string;
  children?: AccessibleNode[];
}

/**
 * The page's accessibility tree as the browser computed it: names and descriptions as a screen reader gets them, not
 * as a test guesses them from attributes. Only Chromium's driver (CDP) can read it; Firefox over WebDriver BiDi and
 * WebKit over WebDriver cannot, and there the calling test is skipped with that reason, never passed.
 */
export async function accessibilityTreeOrSkip(test: Mocha.Context): Promise<AccessibleNode[]> {
  let root: AccessibleNode;
  try {
    root = (await a11ySnapshot({})) as unknown as AccessibleNode;
  } catch (error) {
    if (!UNSUPPORTED.test(String(error))) throw error;
    test.skip();
  }
  const nodes: AccessibleNode[] = [];
  const walk = (node: AccessibleNode) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk(root!);
  return nodes;
}
