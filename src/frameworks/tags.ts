import type { FeedbackPosition } from '../components/feedback/feedback.component.js';
import type { CareEventMap } from '../events.js';
import type { FeedbackMode, FeedbackTrigger, RatingScale } from '../types.js';

/**
 * The three tags as markup writes them — attribute names and the values they take — and the events each
 * fires, for the framework typings (React JSX, Vue templates, Svelte markup). A number attribute may be
 * written as a number or as its text.
 */
type Numeric<N extends number = number> = N | `${N}`;

/** What every tag takes. */
interface CommonAttributes {
  'survey-id'?: string;
  endpoint?: string;
  'response-id'?: string;
}

/** The rating's texts and shape, which `<care-feedback>` passes on to its rating. */
interface ScaleAttributes {
  scale?: RatingScale;
  range?: Numeric<3 | 5 | 7 | 10>;
  question?: string;
  'low-label'?: string;
  'high-label'?: string;
}

/** The comment box's texts, which `<care-feedback>` passes on to its box. */
interface BoxAttributes {
  placeholder?: string;
  'submit-label'?: string;
  'counter-label'?: string;
  'thanks-message'?: string;
  maxlength?: Numeric;
  /** Reasons to pick, `Label` or `key=Label`, separated by `|` (`\|` a literal `|`). */
  reasons?: string;
  'reasons-question'?: string;
}

export interface CareRatingAttributes extends CommonAttributes, ScaleAttributes {
  value?: Numeric;
  name?: string;
  disabled?: boolean;
}

export interface CareCommentAttributes extends CommonAttributes, BoxAttributes {
  question?: string;
}

export interface CareFeedbackAttributes extends CommonAttributes, ScaleAttributes, BoxAttributes {
  'followup-question'?: string;
  'followup-question-positive'?: string;
  'reasons-negative'?: string;
  'reasons-positive'?: string;
  'close-label'?: string;
  'tab-label'?: string;
  mode?: FeedbackMode;
  position?: FeedbackPosition;
  dismissible?: boolean | 'false';
  trigger?: FeedbackTrigger;
  delay?: Numeric;
  'scroll-depth'?: Numeric;
  'trigger-event'?: string;
  sample?: Numeric;
  'cooldown-days'?: Numeric;
  'dismiss-cooldown-days'?: Numeric;
  priority?: Numeric;
  open?: boolean;
}

export type CareRatingEvents = Pick<CareEventMap, 'care-rate'> & { change: Event };
export type CareCommentEvents = Pick<CareEventMap, 'care-comment'>;
export type CareFeedbackEvents = CareEventMap;

/** `care-rate` → `oncare-rate`: how React 19 and Svelte 5 name a listener prop for an event. */
export type ListenerProps<Events> = { [E in keyof Events & string as `on${E}`]?: (event: Events[E]) => void };

/** `low-label` → `lowLabel`: how Vue names a prop for an attribute. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The attributes as Vue props (camelCase), and a typed `onCareRate` prop per event, which `@care-rate` binds. */
export type VueProps<Attributes, Events> = { [K in keyof Attributes & string as CamelCase<K>]?: Attributes[K] } & {
  [E in keyof Events & string as `on${Capitalize<CamelCase<E>>}`]?: (event: Events[E]) => void;
};
