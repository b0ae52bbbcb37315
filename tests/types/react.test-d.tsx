/**
 * Compile-time tests of `care-feedback/react` (checked by `npm run typecheck`, part of `npm test`): what
 * must type-check does, and each `@ts-expect-error` line fails to type-check, or tsc reports it unused.
 */
import { CareFeedback, CareRating } from '../../src/react.js';

export function TypedComponents() {
  return (
    <>
      <CareRating
        surveyId="checkout"
        scale="nps"
        onCareRate={(event) => {
          const value: number = event.detail.value;
          // @ts-expect-error: RatingData has no such field
          void event.detail.nonsense;
          return value;
        }}
      />
      {/* @ts-expect-error: not a scale */}
      <CareRating scale="bogus" />
      <CareFeedback mode="popover" onCareComplete={(event) => event.detail.rating.value} onCareDismiss={(event) => event.detail.stage} />
    </>
  );
}

export function RawTags() {
  return (
    <>
      <care-rating survey-id="docs" scale="thumbs" oncare-rate={(event) => event.detail.value} />
      {/* @ts-expect-error: RatingData has no such field */}
      <care-rating oncare-rate={(event) => event.detail.nonsense} />
      {/* @ts-expect-error: not a scale */}
      <care-rating scale="bogus" />
      <care-feedback mode="tab" position="bottom-left" dismissible="false" oncare-complete={(event) => event.detail.comment?.text} />
      <care-comment maxlength={500} oncare-comment={(event) => event.detail.text} />
    </>
  );
}
