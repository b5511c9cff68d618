/**
 * The citation panel (src/components/CitePanel.astro) at work: today's date
 * as the citation date; the place in the address (#p-…, #s-…) cited in each
 * style, in the templates citeproc-js rendered at build time
 * (src/shared/pinpoint-citation.ts): 第4段 as GB/T 7714's 引文页码, the
 * paragraph or section in APA's in-text citation, the address with its
 * anchor; a tap on ¶ or § opens the panel over the page as a sheet citing
 * that place; copy buttons copy and say so. The clipboard is written only
 * by a copy button.
 */
import { type CitationTemplates, fillCitation, type Pinpoint, pinpointMark } from '../shared/pinpoint-citation.ts';

const panel = document.querySelector<HTMLElement>('#cite');

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The paragraph or section an anchor of the page stands in, if any. */
function pinpointAt(hash: string): Pinpoint | null {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  const pin = target?.closest('.pinpoint')?.querySelector<HTMLElement>('a.pin');
  if (!pin) return null;
  const paragraph = Number(pin.dataset.paragraph);
  if (paragraph) return { paragraph };
  const heading = pin.previousElementSibling;
  return heading ? { section: heading.textContent ?? '' } : null;
}

if (panel?.dataset.cite) {
  const says = panel.dataset;
  const base = JSON.parse(says.cite!) as { url: string; title: string; templates: CitationTemplates };
  const status = panel.querySelector<HTMLElement>('#cite-status')!;
  const heading = panel.querySelector<HTMLElement>('#cite-heading')!;
  const close = panel.querySelector<HTMLButtonElement>('.cite-close')!;
  const wholeDocument = heading.textContent;
  let opener: HTMLElement | null = null;

  /** Every text the panel shows or copies, for the place now in the address. */
  const citations = () => {
    const at = pinpointAt(location.hash);
    const { templates } = base;
    const url = `${base.url}${at ? location.hash : ''}`;
    // The place as GB/T 7714 gives 引文页码 (第4段, or the section's heading), and as APA's locator.
    const place =
      at === null ? '' : 'paragraph' in at ? says.paragraphNote!.replace('{n}', String(at.paragraph)) : at.section;
    const fill = (template: string) => fillCitation(template, { url, accessed: today(), at: place });
    return {
      at,
      texts: {
        gbt7714: fill(at ? templates.gbt7714At : templates.gbt7714),
        apa: fill(templates.apa),
        chicago: fill(templates.chicago),
        'in-text':
          at === null
            ? templates.inText
            : 'paragraph' in at
              ? fillCitation(templates.inTextParagraph, { at: String(at.paragraph) })
              : fillCitation(templates.inTextSection, { at: at.section }),
        link: url,
      } as Record<string, string>,
    };
  };

  const render = () => {
    const { at, texts } = citations();
    for (const [key, text] of Object.entries(texts)) {
      const shown = panel.querySelector<HTMLElement>(`[data-format="${key}"]`);
      if (shown && key !== 'link') shown.textContent = text;
    }
    const link = panel.querySelector<HTMLAnchorElement>('a[data-format="link"]')!;
    link.href = texts.link!;
    link.textContent = at ? `${base.title} ${pinpointMark(at)}` : base.title;
    const note = panel.querySelector<HTMLElement>('[data-note="gbt7714"]')!;
    note.textContent = at && 'paragraph' in at ? says.paragraphNote!.replace('{n}', String(at.paragraph)) : '';
    if (panel.classList.contains('sheet') && at)
      heading.textContent =
        'paragraph' in at ? says.citeParagraph!.replace('{n}', String(at.paragraph)) : says.citeSection!;
  };

  /**
   * The place cited stays in sight above the sheet: near the end of the text the page cannot scroll it up
   * far enough, so the page gets room below it for as long as the sheet is open.
   */
  const keepInSight = (place: HTMLElement) => {
    document.body.style.paddingBottom = `${panel.offsetHeight}px`;
    const sheetTop = panel.getBoundingClientRect().top;
    const box = place.getBoundingClientRect();
    const margin = 16;
    if (box.bottom + margin > sheetTop) window.scrollBy(0, Math.min(box.bottom + margin - sheetTop, box.top - margin));
  };

  const closeSheet = () => {
    document.body.style.paddingBottom = '';
    panel.classList.remove('sheet');
    close.hidden = true;
    heading.textContent = wholeDocument;
    opener?.focus();
  };

  for (const pin of document.querySelectorAll<HTMLAnchorElement>('a.pin')) {
    // The link still goes to its place (the address is what gets cited); the sheet opens beside it.
    pin.addEventListener('click', () => {
      opener = pin;
      panel.classList.add('sheet');
      close.hidden = false;
      status.textContent = '';
      resetCopyButtons();
      requestAnimationFrame(() => {
        render();
        heading.focus({ preventScroll: true });
        const place = pin.closest<HTMLElement>('.pinpoint');
        if (place) keepInSight(place);
      });
    });
  }
  close.addEventListener('click', closeSheet);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.classList.contains('sheet')) closeSheet();
  });

  const copyButtons = [...panel.querySelectorAll<HTMLButtonElement>('button[data-copy]')];
  const resetCopyButtons = () => {
    for (const button of copyButtons) {
      button.textContent = says.copyLabel!;
      button.classList.remove('copied');
    }
  };

  for (const button of copyButtons) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = citations().texts[button.dataset.copy!] ?? '';
      let copied = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        copied = false;
      }
      status.textContent = !copied
        ? says.copyFailed!
        : button.dataset.copy === 'link'
          ? says.linkCopied!
          : says.citationCopied!;
      // The button the reader just pressed says so too: the status line may be out of their sight.
      resetCopyButtons();
      if (copied) {
        button.textContent = says.copiedLabel!;
        button.classList.add('copied');
      }
    });
  }

  render();
  window.addEventListener('hashchange', () => {
    render();
    resetCopyButtons();
  });
}
