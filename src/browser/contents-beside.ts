/** On a wide screen the contents are open beside the text (src/styles/document.css); on a phone they stay a tap away. */
const contents = document.querySelector<HTMLDetailsElement>('.document .toc');
if (contents && matchMedia('(min-width: 75rem)').matches) contents.open = true;
