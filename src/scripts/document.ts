/**
 * A document page's small enhancements, all optional: a pinpoint link (¶, §)
 * also copies its address; the citation panel gets today's date as the
 * citation date, cites the paragraph in the address, and copies on request.
 */
import { CITATION_FORMATS, type Citable } from '../lib/citations.ts';

const panel = document.querySelector<HTMLElement>('#cite');
const status = document.querySelector<HTMLElement>('#cite-status');
// The page gives the few words this script says, so it need not load the whole string catalogue.
const says = {
  linkCopied: panel?.dataset.linkCopied ?? '',
  citationCopied: panel?.dataset.citationCopied ?? '',
  copyFailed: panel?.dataset.copyFailed ?? '',
};

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function announce(message: string): void {
  if (status) status.textContent = message;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The document as cited now: today's date, and the paragraph in the address if one is chosen. */
function currentCitable(): Citable | undefined {
  if (!panel?.dataset.citable) return undefined;
  const base = JSON.parse(panel.dataset.citable) as Citable;
  return { ...base, accessed: today(), url: `${base.url}${location.hash}` };
}

function renderCitations(): void {
  const citable = currentCitable();
  if (!citable) return;
  for (const format of CITATION_FORMATS) {
    const pre = panel!.querySelector<HTMLElement>(`pre[data-format="${format.key}"]`);
    if (pre) pre.textContent = format.format(citable);
  }
}

for (const pin of document.querySelectorAll<HTMLAnchorElement>('a.pin')) {
  pin.addEventListener('click', async () => {
    const address = new URL(pin.getAttribute('href')!, location.href).href;
    if (await copy(address)) announce(says.linkCopied);
  });
}

for (const button of panel?.querySelectorAll<HTMLButtonElement>('button[data-copy]') ?? []) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const format = CITATION_FORMATS.find(({ key }) => key === button.dataset.copy);
    const citable = currentCitable();
    if (!format || !citable) return;
    announce((await copy(format.format(citable))) ? says.citationCopied : says.copyFailed);
  });
}

renderCitations();
window.addEventListener('hashchange', renderCitations);
