/** @jsxImportSource preact */
/**
 * Compile-time tests of `care-feedback/preact` (checked by `npm run typecheck`): the raw tags in Preact's JSX,
 * with typed listener props; each `@ts-expect-error` line must fail to type-check.
 */
import '../../src/preact.js';

export function PreactTags() {
  return (
    <>
      <care-rating survey-id="docs" scale="thumbs" oncare-rate={(event) => event.detail.value} />
      {/* @ts-expect-error: RatingData has no such field */}
      <care-rating oncare-rate={(event) => event.detail.nonsense} />
      {/* @ts-expect-error: not a scale */}
      <care-rating scale="bogus" />
      <care-feedback mode="popover" oncare-show={(event) => event.detail.mode} oncare-complete={(event) => event.detail.comment?.text} />
      <care-comment maxlength={500} oncare-comment={(event) => event.detail.text} />
    </>
  );
}
