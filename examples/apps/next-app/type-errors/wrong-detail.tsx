// Must not type-check: `nonsense` is not in RatingData.
import { CareRating } from 'care-feedback/react';

export const Wrong = () => <CareRating onCareRate={(event) => event.detail.nonsense} />;
