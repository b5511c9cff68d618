/**
 * A long page offers a way back up once the reader is two screens down. On a
 * phone the button would sit on the text: it shows only while the reader
 * scrolls up (the wish to go back), and hides again as they read on down. On
 * a wide screen it sits in the margin, clear of the text, and stays.
 */
const up = document.querySelector<HTMLElement>('#to-top');
if (up) {
  const inMargin = matchMedia('(min-width: 60rem)');
  let lastY = scrollY;
  let goingUp = false;
  const update = () => {
    if (scrollY !== lastY) goingUp = scrollY < lastY;
    lastY = scrollY;
    up.hidden =
      scrollY < 2 * innerHeight ||
      document.querySelector('.cite.sheet') !== null ||
      (!inMargin.matches && !goingUp && document.activeElement !== up);
  };
  addEventListener('scroll', update, { passive: true });
  update();
}
