// A server component: the page is rendered on the server, the survey inside it hydrates in the browser.
import { Survey } from './survey';

export default function Page() {
  return (
    <main>
      <h1>Thanks for your order</h1>
      <Survey />
    </main>
  );
}
