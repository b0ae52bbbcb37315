'use client';
// The README's Next.js example: the component attaches its listener itself, so it runs after hydration.
import { useEffect, useState } from 'react';
import { CareRating, configure } from 'care-feedback/react';

export function Survey() {
  const [rated, setRated] = useState('nothing yet');
  // The test serves the app with `?endpoint=` pointing at its collector.
  useEffect(() => configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined }), []);
  return (
    <section>
      <CareRating id="component" surveyId="next-app" scale="nps" onCareRate={(event) => setRated(`rated ${event.detail.value}`)} />
      <output id="rated">{rated}</output>
    </section>
  );
}
