/**
 * A table of the body in a box of its own that scrolls sideways, so a wide
 * table of figures never widens the page on a phone; the box is a named,
 * focusable region, so it scrolls from the keyboard too (WCAG 2.1.1). Its
 * rows get anchors (`#t-1-3`: table 1, row 3, counting the header row), so
 * a figure can be linked; tables get no ¶ number, which counts paragraphs.
 *
 *   <table><thead><tr>…</tr></thead><tbody><tr>…</tr></tbody></table>  (the first table)
 *   → <div class="table-box" id="t-1" role="region" tabindex="0" aria-label="表 1">
 *       <table><thead><tr id="t-1-1">…</tr></thead><tbody><tr id="t-1-2">…</tr></tbody></table>
 *     </div>
 */
import type { Element, ElementContent } from 'hast';
import { ui } from '../i18n/zh-CN.ts';

export function boxTable(table: Element, number: number): Element {
  let row = 0;
  const anchorRows = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'tr') node.properties.id = `t-${number}-${++row}`;
    else node.children.forEach(anchorRows);
  };
  table.children.forEach(anchorRows);
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['table-box'],
      id: `t-${number}`,
      role: 'region',
      tabIndex: 0,
      ariaLabel: ui.tableLabel(number),
    },
    children: [table],
  };
}
