// Must not type-check with React 18: a raw tag's `oncare-rate` is dropped by React 18, so it is not typed
// (TS7006: its parameter is an implicit any), and a component's detail is still checked (TS2339).
import { CareRating } from 'care-feedback/react';

export const Wrong = () => (
  <>
    <care-rating oncare-rate={(event) => event.detail.value} />
    <CareRating onCareRate={(event) => event.detail.nonsense} />
  </>
);
