import { css } from '../base/theme.js';

export const feedbackStyles = css`
  .card {
    position: relative;
    padding: 1rem;
    color: var(--_text);
    box-shadow: var(--care-shadow, none);
    max-inline-size: var(--care-max-width, 36rem);
  }
  :host(:not([open]):not([mode='tab'])),
  :host(:not([open])) .card {
    display: none;
  }
  /* Popover and tab are fixed to a corner, out of the page's flow: appearing never moves the page. Their layer
     is in the browser's top layer (the Popover API), so no z-index, transform, filter or overflow of the page
     hides or moves it; where that API is missing it is fixed with a high z-index. The corners are logical, so
     a right-to-left page mirrors them: "bottom-right" is the bottom end corner. The host itself has no box. */
  :host([mode='popover']),
  :host([mode='tab']) {
    display: contents;
  }
  :host([mode='popover']) .layer,
  :host([mode='tab']) .layer {
    --_offset: var(--care-offset, 1rem);
    --_offset-block: var(--_offset);
    --_align: end;
    position: fixed;
    z-index: var(--care-z-index, 99999);
    inset-block: auto var(--_offset-block);
    inset-inline: auto var(--_offset);
    margin: env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left);
    /* Not the browser's popover look (a border, padding, a background, a scroll box that would clip the shadow),
       nor its fit-content height, which WebKit stretches to the viewport. */
    block-size: auto;
    padding: 0;
    border: 0;
    background: none;
    overflow: visible;
    display: grid;
    gap: 0.5rem;
    justify-items: var(--_align);
  }
  /* The browser's own rule hides a popover that is not shown; ours above must not undo it. */
  [popover]:not(:popover-open) {
    display: none;
  }
  :host([mode='tab']) .layer {
    --_offset-block: 0px;
  }
  :host([position^='top']) .layer {
    inset-block: var(--_offset-block) auto;
  }
  :host([position$='left']) .layer {
    --_align: start;
    inset-inline: var(--_offset) auto;
  }
  /* On a phone the card spans the screen's width, so every scale fits (NPS in two rows of 44 px targets). */
  @media (width < 30rem) {
    :host([mode]) .layer {
      --_offset: 0px;
    }
  }
  /* Room beside the first line for the close button in the corner, and below it before the options start.
     Both are bold (the question is already, from the shared sheet; this repeats it for the thanks). */
  care-rating::part(question),
  .thanks {
    padding-inline-end: 2rem;
    min-block-size: 2rem;
    font-weight: 600;
  }
  /* The card of a popover or tab (only they have the region role). */
  [role='region'] {
    inline-size: min(var(--care-max-width, 24rem), 100vw - 2 * var(--_offset));
    max-block-size: 80vh;
    overflow: auto;
    box-shadow: var(--care-shadow, 0 0.5rem 2rem #0004);
  }
  /* Below the card at the bottom edge, above it at the top edge; the tab order stays launcher first. */
  .tab {
    order: 1;
    padding-inline: 1rem;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  :host([position^='top']) .tab {
    order: 0;
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  @keyframes enter {
    from {
      opacity: 0;
      translate: 0 1rem;
    }
  }
  /* The entrance moves only for visitors who have not asked for reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    [role='region'] {
      animation: enter 0.2s;
    }
  }
  .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    border-color: transparent;
    background: none;
    font-size: 1.5rem;
    line-height: 1;
  }
  care-comment {
    margin-block-start: 1rem;
  }
  /* The live region (the card's only status role): heard, not seen. */
  [role='status'] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
