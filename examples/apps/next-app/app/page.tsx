// A server component, rendered for each request: the survey inside it is rendered on the server too, and
// hydrates in the browser.
import { Survey } from './survey';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Thanks for your order</h1>
      <Survey />
    </main>
  );
}
