// The README's React example, as an app: the component with a typed event prop, and the raw tag.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CareRating, configure } from 'care-feedback/react';

// The test serves the app with `?endpoint=` pointing at its collector.
configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined });

function App() {
  const [rated, setRated] = useState('nothing yet');
  const [thumbs, setThumbs] = useState('nothing yet');
  return (
    <main>
      <CareRating id="component" surveyId="react-app" scale="nps" onCareRate={(event) => setRated(`rated ${event.detail.value}`)} />
      <output id="rated">{rated}</output>
      <care-rating id="raw" survey-id="react-raw" scale="thumbs" oncare-rate={(event) => setThumbs(`thumbs ${event.detail.value}`)} />
      <output id="thumbs">{thumbs}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
