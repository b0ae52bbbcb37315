/**
 * What a visitor sees of `<care-rating>`: the artwork, the star preview and the NPS layout, checked by
 * pixels and geometry in every engine, since the picture is the point.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/rating.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import { newEndpoint, resetConfig, settle } from './helpers.js';
import { press } from './browser.js';

const options = (el: CareRating) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
const filled = (el: CareRating) => options(el).map((o) => (o.classList.contains('filled') ? '★' : '☆')).join('');

/**
 * Paints an option's picture on a canvas, as the browser draws it (computed fill, stroke and flip), and
 * returns its pixels' alpha, so pictures can be compared as pictures.
 */
async function paint(option: HTMLElement, size = 48): Promise<Uint8ClampedArray> {
  const picture = option.querySelector('svg')!;
  const copy = picture.cloneNode(true) as SVGSVGElement;
  const shapes = [...picture.querySelectorAll<SVGGraphicsElement>('path, circle')];
  [...copy.querySelectorAll('path, circle')].forEach((shape, i) => {
    const style = getComputedStyle(shapes[i]);
    for (const property of ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin']) {
      shape.setAttribute(property, style.getPropertyValue(property));
    }
  });
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const image = new Image();
  image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  const flipped = getComputedStyle(picture).scale === '1 -1';
  if (flipped) context.setTransform(1, 0, 0, -1, 0, size);
  context.drawImage(image, 0, 0, size, size);
  const { data } = context.getImageData(0, 0, size, size);
  return data.filter((_, i) => i % 4 === 3);
}

const painted = (alpha: Uint8ClampedArray) => alpha.filter((a) => a > 0).length;
const difference = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.filter((value, i) => Math.abs(value - b[i]) > 64).length;

describe('<care-rating> artwork', () => {
  it('draws every picture as inline SVG: no text glyph, no font, no image request', async () => {
    const before = performance.getEntriesByType('resource').length;
    for (const scale of ['stars', 'emoji', 'thumbs']) {
      const el = await fixture<CareRating>(html`<care-rating scale=${scale}></care-rating>`);
      for (const option of options(el)) {
        expect(option.textContent!.trim(), `${scale}: no text to depend on a font`).to.equal('');
        const picture = option.querySelector('svg')!;
        expect(picture.getAttribute('aria-hidden'), 'decoration; the option has its name').to.equal('true');
        const { width, height } = picture.getBoundingClientRect();
        expect(Math.round(width)).to.equal(28);
        expect(Math.round(height)).to.equal(28);
        for (const path of picture.querySelectorAll('path')) {
          expect(path.getAttribute('d'), `${scale}: a path of commands and numbers only`).to.match(/^[MmLlHhVvCcSsQqTtAaZz\d\s.,-]+$/);
        }
        expect(painted(await paint(option)), `${scale} paints`).to.be.above(50);
      }
      expect(el.shadowRoot!.querySelector('img, image, [style*="url("]')).to.equal(null);
    }
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('stars are outlines, filled up to the choice, in --care-star-color', async () => {
    const el = await fixture<CareRating>(html`<care-rating scale="stars" value="2" style="--care-star-color: rgb(200, 100, 0)"></care-rating>`);
    expect(filled(el)).to.equal('★★☆☆☆');
    const [chosen, , empty] = options(el);
    expect(getComputedStyle(chosen.querySelector('path')!).fill).to.equal('rgb(200, 100, 0)');
    expect(getComputedStyle(empty.querySelector('path')!).fill).to.equal('none');
    const full = painted(await paint(chosen));
    const outline = painted(await paint(empty));
    expect(outline, 'an outline paints far less than a solid star').to.be.below(full * 0.7);
    expect(outline).to.be.above(50);
  });

  it('five faces, each different, from a frown to a smile; a 3-point scale shows the middle three', async () => {
    const five = await fixture<CareRating>(html`<care-rating scale="emoji"></care-rating>`);
    const pictures = await Promise.all(options(five).map((option) => paint(option)));
    for (let i = 0; i < pictures.length; i++) {
      for (let j = i + 1; j < pictures.length; j++) {
        expect(difference(pictures[i], pictures[j]), `face ${i + 1} and face ${j + 1} differ`).to.be.above(10);
      }
    }
    // How far the mouth's middle sits below its corners: negative for a frown, growing with satisfaction.
    const bend = (option: HTMLElement) => {
      const mouth = option.querySelector('path')!;
      const length = mouth.getTotalLength();
      const end = mouth.getPointAtLength(length);
      // The path draws the eyes first, then the mouth from its left corner to its right one.
      const middle = mouth.getPointAtLength(length - 4.5);
      return middle.y - end.y;
    };
    const bends = options(five).map(bend);
    expect([...bends].sort((a, b) => a - b), 'frown to smile').to.deep.equal(bends);
    expect(bends[0]).to.be.below(0);
    expect(bends[4]).to.be.above(0);
    const three = await fixture<CareRating>(html`<care-rating scale="emoji" range="3"></care-rating>`);
    const middleThree = await Promise.all(options(three).map((option) => paint(option)));
    middleThree.forEach((picture, i) => expect(difference(picture, pictures[i + 1])).to.equal(0));
  });

  it('thumbs down is thumbs up turned over', async () => {
    const el = await fixture<CareRating>(html`<care-rating scale="thumbs"></care-rating>`);
    const [down, up] = await Promise.all(options(el).map((option) => paint(option)));
    expect(difference(down, up), 'not the same picture').to.be.above(50);
    const size = 48;
    const upsideDown = up.map((_, i) => up[(size - 1 - Math.floor(i / size)) * size + (i % size)]);
    expect(difference(down, upsideDown), 'the same thumb, turned over').to.be.below(20);
  });

  it('colours follow the element: the chosen option draws in the accent contrast colour', async () => {
    const el = await fixture<CareRating>(html`<care-rating scale="emoji" value="3" style="--care-accent: rgb(0, 0, 120); --care-accent-contrast: rgb(250, 250, 0); --care-text: rgb(10, 20, 30)"></care-rating>`);
    const [first, , chosen] = options(el);
    expect(getComputedStyle(chosen.querySelector('circle')!).stroke).to.equal('rgb(250, 250, 0)');
    expect(getComputedStyle(first.querySelector('circle')!).stroke).to.equal('rgb(10, 20, 30)');
  });
});

describe('<care-rating> star preview', () => {
  afterEach(async () => {
    await resetMouse();
    resetConfig();
  });

  const centre = (element: Element): [number, number] => {
    const { left, top, width, height } = element.getBoundingClientRect();
    return [Math.round(left + width / 2), Math.round(top + height / 2)];
  };

  it('the pointer fills the stars up to the one under it; leaving restores the choice; nothing is sent', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareRating>(html`<care-rating scale="stars" value="2" endpoint=${endpoint}></care-rating>`);
    let rated = 0;
    el.addEventListener('care-rate', () => rated++);
    await sendMouse({ type: 'move', position: centre(options(el)[3]) });
    await el.updateComplete;
    expect(filled(el)).to.equal('★★★★☆');
    await sendMouse({ type: 'move', position: centre(options(el)[0]) });
    await el.updateComplete;
    expect(filled(el)).to.equal('★☆☆☆☆');
    const { bottom } = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [5, Math.round(bottom + 40)] });
    await el.updateComplete;
    expect(filled(el)).to.equal('★★☆☆☆');
    expect(el.value).to.equal(2);
    expect(rated).to.equal(0);
    expect(await settle(bucket)).to.have.length(0);
  });

  it('keyboard focus previews too: arrows move the preview, leaving the stars restores the choice', async () => {
    const wrapper = await fixture(html`<div><care-rating scale="stars" value="1"></care-rating><button>After</button></div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    el.focus();
    await el.updateComplete;
    expect(filled(el)).to.equal('★☆☆☆☆');
    await press('ArrowRight');
    await press('ArrowRight');
    await el.updateComplete;
    expect(filled(el)).to.equal('★★★☆☆');
    wrapper.querySelector('button')!.focus();
    await el.updateComplete;
    expect(filled(el)).to.equal('★☆☆☆☆');
    expect(el.value).to.equal(1);
  });

  it('a disabled rating previews nothing', async () => {
    const el = await fixture<CareRating>(html`<care-rating scale="stars" disabled></care-rating>`);
    await sendMouse({ type: 'move', position: centre(options(el)[4]) });
    await el.updateComplete;
    expect(filled(el)).to.equal('☆☆☆☆☆');
  });
});

describe('<care-rating> NPS layout', () => {
  /** The options' rows, top to bottom, as lists of values. */
  const rows = (el: CareRating) => {
    const byTop = new Map<number, string[]>();
    for (const option of options(el)) {
      const top = Math.round(option.getBoundingClientRect().top);
      byTop.set(top, [...(byTop.get(top) ?? []), option.textContent!.trim()]);
    }
    return [...byTop.entries()].sort(([a], [b]) => a - b).map(([, values]) => values.join(' '));
  };

  it('one row of 11 when the element is wide enough, two even rows (0–5 over 6–10) when not, from 320 px up', async () => {
    for (let width = 320; width <= 720; width += 20) {
      const wrapper = await fixture(html`<div style="width: ${width}px"><care-rating scale="nps"></care-rating></div>`);
      const el = wrapper.querySelector('care-rating')!;
      await el.updateComplete;
      const expected = width >= 524 ? ['0 1 2 3 4 5 6 7 8 9 10'] : ['0 1 2 3 4 5', '6 7 8 9 10'];
      expect(rows(el), `${width}px`).to.deep.equal(expected);
      for (const option of options(el)) {
        const { width: w, height: h } = option.getBoundingClientRect();
        expect(Math.min(w, h), `${width}px: a 44px target`).to.be.at.least(44);
      }
    }
  });

  it('keeps even rows when the visitor enlarges text (a root font of 20 px): the targets and the widths grow together', async () => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = '20px';
    try {
      for (const width of [400, 600, 660, 720]) {
        const wrapper = await fixture(html`<div style="width: ${width}px"><care-rating scale="nps"></care-rating></div>`);
        const el = wrapper.querySelector('care-rating')!;
        await el.updateComplete;
        const counts = rows(el).map((row) => row.split(' ').length);
        expect(counts, `${width}px`).to.deep.equal(width >= 655 ? [11] : [6, 5]);
      }
    } finally {
      root.style.fontSize = before;
    }
  });

  it('decides by its own width, not the viewport: a narrow column in a wide page gets two rows', async () => {
    expect(innerWidth).to.be.above(524);
    const wrapper = await fixture(html`<div style="display: flex; gap: 1rem">
      <main style="flex: 1"></main><aside style="width: 300px"><care-rating scale="nps"></care-rating></aside>
    </div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['0 1 2 3 4 5', '6 7 8 9 10']);
  });

  it('keeps the ends at the ends: 0 starts the first row and the low label, 10 ends the last row and the high label', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture(html`<div dir=${dir} style="width: 400px"><care-rating scale="nps"></care-rating></div>`);
      const el = wrapper.querySelector('care-rating')!;
      await el.updateComplete;
      const all = options(el);
      const zero = all[0].getBoundingClientRect();
      const ten = all[10].getBoundingClientRect();
      const [low, high] = [...el.shadowRoot!.querySelector('[part="labels"]')!.children].map((label) => label.getBoundingClientRect());
      const start = (box: DOMRect) => (dir === 'ltr' ? box.left : -box.right);
      const end = (box: DOMRect) => (dir === 'ltr' ? box.right : -box.left);
      const group = el.shadowRoot!.querySelector('[part="options"]')!.getBoundingClientRect();
      expect(Math.abs(start(zero) - start(group)), `${dir}: 0 at the start`).to.be.below(2);
      expect(Math.abs(end(ten) - end(group)), `${dir}: 10 at the end`).to.be.below(2);
      expect(Math.abs(start(low) - start(zero)), `${dir}: low label under 0`).to.be.below(2);
      expect(Math.abs(end(high) - end(ten)), `${dir}: high label under 10`).to.be.below(2);
    }
  });

  it('a narrower element than six targets (a slim sidebar) gets three even rows rather than overflowing', async () => {
    const wrapper = await fixture(html`<div style="width: 240px"><care-rating scale="nps"></care-rating></div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['0 1 2 3', '4 5 6 7', '8 9 10']);
    for (const option of options(el)) expect(option.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });
});
