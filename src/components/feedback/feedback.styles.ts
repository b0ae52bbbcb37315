import { css } from 'lit';

export const feedbackStyles = css`
  :host {
    display: block;
  }
  :host(:not([open])) {
    display: none;
  }
  .card {
    position: relative;
    padding: 1rem;
    padding-inline-end: 3.5rem;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--care-shadow, none);
    max-inline-size: var(--care-max-width, 36rem);
  }
  .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    inline-size: var(--_target);
    block-size: var(--_target);
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    font-size: 1.5rem;
    line-height: 1;
  }
  .close:hover {
    background: color-mix(in srgb, var(--_text) 10%, transparent);
  }
  care-comment {
    margin-block-start: 1rem;
  }
  .thanks {
    font-weight: 600;
  }
  .thanks:focus {
    outline: none;
  }
  .thanks:focus-visible {
    outline: 3px solid var(--_focus-ring);
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
