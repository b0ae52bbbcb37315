/** @jsxImportSource solid-js */
/**
 * Compile-time tests of `care-feedback/solid` (checked by `npm run typecheck`): the raw tags in Solid's JSX,
 * with `on:` and lower-case listeners typed; each `@ts-expect-error` line must fail to type-check.
 */
import '../../src/solid.js';

export function SolidTags() {
  return (
    <>
      <care-rating survey-id="docs" scale="thumbs" on:care-rate={(event) => event.detail.value} />
      <care-rating oncare-rate={(event) => event.detail.value} />
      {/* @ts-expect-error: RatingData has no such field */}
      <care-rating on:care-rate={(event) => event.detail.nonsense} />
      {/* @ts-expect-error: not a scale */}
      <care-rating scale="bogus" />
      <care-feedback mode="tab" on:care-show={(event) => event.detail.trigger} />
    </>
  );
}
