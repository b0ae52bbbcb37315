// React 18: the components, whose event props are listeners the component attaches (React 18 itself passes
// no listener to a custom element).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CareFeedback, CareRating, configure } from 'care-feedback/react';

// The test serves the app with `?endpoint=` pointing at its collector.
configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined });

function App() {
  const [rated, setRated] = useState('nothing yet');
  const [shown, setShown] = useState('not shown');
  return (
    <main>
      <CareRating id="component" surveyId="react18-app" scale="stars" onCareRate={(event) => setRated(`rated ${event.detail.value}`)} />
      <output id="rated">{rated}</output>
      <CareFeedback surveyId="react18-card" scale="thumbs" onCareShow={(event) => setShown(`shown ${event.detail.mode}`)} />
      <output id="shown">{shown}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
