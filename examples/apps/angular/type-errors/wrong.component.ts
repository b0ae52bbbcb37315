// Must not compile under strictTemplates: `nonsense` is not in RatingData.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'care-feedback';

@Component({
  selector: 'app-wrong',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<care-rating (care-rate)="onValue($event.detail.nonsense)"></care-rating>`,
})
export class WrongComponent {
  onValue(value: number): void {
    void value;
  }
}
