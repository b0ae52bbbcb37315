import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
import { CareRating as CareRatingElement } from '../components/rating/rating.component.js';
import { CareComment as CareCommentElement } from '../components/comment/comment.component.js';
import { CareFeedback as CareFeedbackElement } from '../components/feedback/feedback.component.js';
import type { CommentData, CompleteDetail, DismissedData, RatingData, ShownData } from '../types.js';

/** What a server gives a component: the element rendered from its attributes (`care-feedback/ssr`). */
export type ServerRender = (tagName: string, attributes: Record<string, string>) => { attributes: Record<string, string>; shadowHtml: string };

const ratingEvents = {
  onCareRate: 'care-rate' as EventName<CustomEvent<RatingData>>,
  onChange: 'change',
};
const commentEvents = { onCareComment: 'care-comment' as EventName<CustomEvent<CommentData>> };
const feedbackEvents = {
  onCareShow: 'care-show' as EventName<CustomEvent<ShownData>>,
  onCareRate: 'care-rate' as EventName<CustomEvent<RatingData>>,
  onCareComment: 'care-comment' as EventName<CustomEvent<CommentData>>,
  onCareDismiss: 'care-dismiss' as EventName<CustomEvent<DismissedData>>,
  onCareComplete: 'care-complete' as EventName<CustomEvent<CompleteDetail>>,
};

type PropertyOptions = { attribute?: boolean | string; state?: boolean };

/** Each prop that has an attribute, and that attribute's name (`surveyId` → `survey-id`), from Lit's declarations. */
function attributesOf(element: typeof LitElement): Map<string, string> {
  const names = new Map<string, string>();
  for (let type = element; type.properties; type = Object.getPrototypeOf(type)) {
    for (const [prop, { attribute, state }] of Object.entries(type.properties as Record<string, PropertyOptions>)) {
      if (!state && attribute !== false && !names.has(prop)) names.set(prop, typeof attribute === 'string' ? attribute : prop.toLowerCase());
    }
  }
  return names;
}

/**
 * One element as a React component (@lit/react in the browser: typed props, listeners it attaches itself).
 * On the server (`render` given) it writes the element with its props as attributes, its shadow root rendered
 * inside (a declarative `<template shadowrootmode>`, which the browser's parser takes away, so hydration finds
 * what the browser render has), and `defer-hydration`: the element waits until the component in the browser
 * has set its props and listeners, then the component removes the attribute (as @lit/react does).
 */
function careComponent<Element extends HTMLElement, Events extends Record<string, EventName | string>>(
  tagName: string, elementClass: new () => Element, events: Events, displayName: string, render?: ServerRender,
) {
  const LitComponent = createComponent({ tagName, elementClass, react: React, events, displayName });
  if (!render) return LitComponent;
  const attributeNames = attributesOf(elementClass as unknown as typeof LitElement);
  const ServerComponent = React.forwardRef<Element, Record<string, unknown>>((props, _ref) => {
    const attributes: Record<string, string> = {};
    const hostProps: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
      const attribute = attributeNames.get(name);
      if (name === 'children' || name in events) continue;
      if (attribute == null) hostProps[name === 'className' ? 'class' : name] = value;
      // `dismissible={false}` is written `dismissible="false"`; another false boolean is no attribute at all.
      else if (value === true) attributes[attribute] = '';
      else if (value != null && (value !== false || name === 'dismissible')) attributes[attribute] = String(value);
    }
    const rendered = render(tagName, attributes);
    return React.createElement(
      tagName,
      { ...hostProps, ...rendered.attributes, 'defer-hydration': '', suppressHydrationWarning: true },
      React.createElement('template', { shadowrootmode: 'open', dangerouslySetInnerHTML: { __html: rendered.shadowHtml } }),
      props.children as React.ReactNode,
    );
  });
  ServerComponent.displayName = displayName;
  return ServerComponent as unknown as typeof LitComponent;
}

/** The three components; `render` on the server only. */
export function careComponents(render?: ServerRender) {
  return {
    CareRating: careComponent('care-rating', CareRatingElement, ratingEvents, 'CareRating', render),
    CareComment: careComponent('care-comment', CareCommentElement, commentEvents, 'CareComment', render),
    CareFeedback: careComponent('care-feedback', CareFeedbackElement, feedbackEvents, 'CareFeedback', render),
  };
}
