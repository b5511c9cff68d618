/** A long page offers a way back up once the reader is two screens down. */
const up = document.querySelector<HTMLElement>('#to-top');
if (up) {
  const update = () => {
    up.hidden = scrollY < 2 * innerHeight || document.querySelector('.cite.sheet') !== null;
  };
  addEventListener('scroll', update, { passive: true });
  update();
}
