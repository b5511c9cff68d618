/**
 * A document opened from a search result (?hl=垃圾分类 in its address): every
 * occurrence of the query's terms is marked, the first is brought into view
 * and its paragraph put in the address, and a bar steps from match to match
 * (so do the keys N and Shift+N).
 */
const bar = document.querySelector<HTMLElement>('#hits');
const terms = (new URLSearchParams(location.search).get('hl') ?? '')
  .toLowerCase()
  .split(/\s+/)
  .filter((term) => term !== '');

/** Wraps each occurrence of the terms in the body's text (not in the ¶ and § links) in <mark>. */
function markTerms(body: HTMLElement): HTMLElement[] {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.pin') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    let rest = text;
    for (;;) {
      const lower = rest.data.toLowerCase();
      const found = terms
        .map((term) => ({ term, at: lower.indexOf(term) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      if (!found) break;
      const match = rest.splitText(found.at);
      rest = match.splitText(found.term.length);
      const mark = document.createElement('mark');
      mark.className = 'hit';
      match.replaceWith(mark);
      mark.append(match);
      marks.push(mark);
    }
  }
  return marks;
}

const body = document.querySelector<HTMLElement>('.body');
if (bar && body && terms.length > 0) {
  const marks = markTerms(body);
  const count = bar.querySelector<HTMLElement>('.hit-count')!;
  let at = 0;
  const show = (index: number) => {
    marks[at]?.classList.remove('current');
    at = (index + marks.length) % marks.length;
    const mark = marks[at]!;
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
    count.textContent = bar.dataset.count!.replace('{at}', String(at + 1)).replace('{total}', String(marks.length));
    const paragraph = mark.closest<HTMLElement>('[id^="p-"], [id^="s-"]');
    if (paragraph) {
      history.replaceState(history.state, '', `#${paragraph.id}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
  };
  if (marks.length > 0) {
    bar.hidden = false;
    show(0);
    // The keyboard starts at the bar, not at the match's paragraph (from where 下一处 was 80 Tabs away):
    // the count is focused, and read out, and the next Tab is 上一处.
    // After the load, when the browser has done with the address's fragment (which moves the keyboard's start to it).
    const focusBar = () => {
      count.tabIndex = -1;
      count.focus({ preventScroll: true });
    };
    if (document.readyState === 'complete') focusBar();
    else addEventListener('load', () => setTimeout(focusBar), { once: true });
  }
  // N and Shift+N, as in a pager (less, vim): the next match without reaching for the bar.
  document.addEventListener('keydown', (event) => {
    if (bar.hidden || event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    show(at + (event.shiftKey ? -1 : 1));
  });
  for (const button of bar.querySelectorAll<HTMLButtonElement>('button[data-step]')) {
    button.addEventListener('click', () => {
      const step = Number(button.dataset.step);
      if (step !== 0) return show(at + step);
      for (const mark of marks) mark.replaceWith(...mark.childNodes);
      bar.hidden = true;
    });
  }
}
