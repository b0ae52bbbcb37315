import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { press, type as typeKeys } from './browser.js';
import '../../src/comment.js';
import type { CommentData } from '../../src/comment.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import { newEndpoint, resetConfig, settle, waitForRequests } from './helpers.js';

const part = (el: CareComment, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textarea = (el: CareComment) => part(el, 'textarea') as HTMLTextAreaElement;

async function type(el: CareComment, text: string) {
  textarea(el).focus();
  await typeKeys(text);
  await el.updateComplete;
}

describe('<care-comment>', () => {
  afterEach(resetConfig);

  it('passes axe before and after submitting', async () => {
    const el = await fixture<CareComment>(html`<care-comment></care-comment>`);
    await expect(el).to.be.accessible();
    await type(el, 'Faster checkout');
    part(el, 'submit')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('labels the text box with the question', async () => {
    const el = await fixture<CareComment>(html`<care-comment></care-comment>`);
    const label = el.shadowRoot!.querySelector(`label[for="${textarea(el).id}"]`)!;
    expect(label.textContent).to.equal('What would improve your experience?');
  });

  it('counts the characters left as the visitor types, and the counter describes the box', async () => {
    const el = await fixture<CareComment>(html`<care-comment maxlength="20"></care-comment>`);
    expect(part(el, 'counter')!.textContent!.trim()).to.equal('20 characters left');
    await type(el, 'Hello');
    expect(part(el, 'counter')!.textContent!.trim()).to.equal('15 characters left');
    expect(textarea(el).getAttribute('aria-describedby')).to.equal(part(el, 'counter')!.id);
  });

  it('enforces maxlength', async () => {
    const el = await fixture<CareComment>(html`<care-comment maxlength="5"></care-comment>`);
    await type(el, 'abcdefgh');
    expect(textarea(el).value).to.equal('abcde');
    expect(part(el, 'counter')!.textContent!.trim()).to.equal('0 characters left');
  });

  it('sends the trimmed text and shows an announced thank-you with focus on it', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareComment>(
      html`<care-comment survey-id="checkout" response-id="r-1" endpoint=${endpoint}></care-comment>`
    );
    await type(el, '   Faster checkout please   ');
    setTimeout(() => part(el, 'submit')!.click());
    const event = await oneEvent(el, 'care-comment');
    const detail: CommentData = event.detail;
    expect(detail).to.deep.include({
      text: 'Faster checkout please', surveyId: 'checkout', responseId: 'r-1', question: 'What would improve your experience?',
    });
    await el.updateComplete;
    await el.updateComplete;
    const thanks = part(el, 'thanks')!;
    expect(thanks.getAttribute('role')).to.equal('status');
    expect(thanks.textContent!.trim()).to.equal('Thank you for your feedback!');
    expect(el.shadowRoot!.activeElement).to.equal(thanks);
    expect(textarea(el)).to.equal(null);
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.type).to.equal('care.feedback.comment.v1');
    expect(request.body.data).to.deep.equal(detail);
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('cannot send empty or blank text', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareComment>(html`<care-comment endpoint=${endpoint}></care-comment>`);
    let fired = 0;
    el.addEventListener('care-comment', () => fired++);
    expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
    part(el, 'submit')!.click();
    await type(el, '    ');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(textarea(el)).to.exist;
    expect(await settle(bucket)).to.have.length(0);
  });

  it('submits with Ctrl+Enter', async () => {
    const el = await fixture<CareComment>(html`<care-comment></care-comment>`);
    await type(el, 'Dark mode');
    const submitted = oneEvent(el, 'care-comment');
    await press('Enter', 'Control');
    const event = await submitted;
    expect(event.detail.text).to.equal('Dark mode');
  });

  it('does not send a comment whose care-comment was cancelled', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareComment>(html`<care-comment endpoint=${endpoint}></care-comment>`);
    el.addEventListener('care-comment', (e) => e.preventDefault());
    await type(el, 'Keep this to ourselves');
    part(el, 'submit')!.click();
    expect(await settle(bucket)).to.have.length(0);
  });

  it('replaces every visible string through attributes', async () => {
    const el = await fixture<CareComment>(html`<care-comment
      question="Anything else?" placeholder="Type here" submit-label="Submit" counter-label="{count} left"
      thanks-message="Merci!" maxlength="10"
    ></care-comment>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Anything else?');
    expect(textarea(el).placeholder).to.equal('Type here');
    expect(part(el, 'submit')!.textContent!.trim()).to.equal('Submit');
    expect(part(el, 'counter')!.textContent!.trim()).to.equal('10 left');
    await type(el, 'ok');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(part(el, 'thanks')!.textContent!.trim()).to.equal('Merci!');
  });
});
