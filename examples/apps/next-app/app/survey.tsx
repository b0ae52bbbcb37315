'use client';
// The README's Next.js example. `care-feedback/react` renders the elements on the server with their props as
// attributes (declarative shadow DOM); in the browser each element waits until its component has set its props
// and listeners, so onCareShow runs on a full page load too.
import { useState } from 'react';
import { CareFeedback, CareRating, configure } from 'care-feedback/react';

// Where the events go: once, when this module loads in the browser, before any element can send (not in a
// useEffect, which runs after the first render). The test gives its collector as `?endpoint=`.
if (typeof window !== 'undefined') {
  configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined });
}

export function Survey() {
  const [rated, setRated] = useState('nothing yet');
  const [shown, setShown] = useState('not shown');
  return (
    <section>
      <CareFeedback id="card" surveyId="next-card" scale="thumbs" onCareShow={(event) => setShown(`shown ${event.detail.surveyId}`)} />
      <output id="shown">{shown}</output>
      <CareRating id="component" surveyId="next-app" scale="nps" onCareRate={(event) => setRated(`rated ${event.detail.value}`)} />
      <output id="rated">{rated}</output>
      <p id="below">Content below the survey</p>
    </section>
  );
}
