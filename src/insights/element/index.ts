/**
 * `care-feedback/insights/element`: `<care-insights src="/insights" survey="checkout-nps">`, the team's
 * dashboard (contract §12). Browser code for admin pages only: never part of the visitor's script tag. Chart.js is
 * bundled into this entry (dist/insights/element.js); Lit is shared with the page.
 */
import { CareInsights } from './insights.component.js';
import { defineElement } from '../../components/base/define.js';

export { CareInsights };
export { en as insightsEnglish, registerInsightsStrings, type InsightsStrings } from './strings.js';
export type * from '../summary/types.js';

defineElement('care-insights', CareInsights);

declare global {
  interface HTMLElementTagNameMap {
    'care-insights': CareInsights;
  }
}
