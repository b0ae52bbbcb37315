// Must not type-check: the test expects TS2339 for `nonsense` on RatingData, in both forms.
import { CareRating } from 'care-feedback/react';

export const Wrong = () => (
  <>
    <CareRating onCareRate={(event) => event.detail.nonsense} />
    <care-rating oncare-rate={(event) => event.detail.nonsense} />
  </>
);
