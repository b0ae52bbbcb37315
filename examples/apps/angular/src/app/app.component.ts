import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { RatingData } from 'care-feedback';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <care-rating id="raw" survey-id="angular-app" scale="nps" (care-rate)="onRate($event.detail)"></care-rating>
    <output id="rated">{{ rated() }}</output>
  `,
})
export class AppComponent {
  readonly rated = signal('nothing yet');

  onRate(rating: RatingData): void {
    this.rated.set(`rated ${rating.value}`);
  }
}
