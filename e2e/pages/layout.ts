import type { Locator } from '@playwright/test';

/**
 * Latin words drawn on more than one line inside the matched elements: a
 * column too narrow for its word breaks it ("Overdu/e", issue 14). Wrapping at
 * a space never splits a word, so any word here is a layout fault.
 */
export function brokenWords(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[A-Za-z]{3,}/g)) {
          const range = element.ownerDocument.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

