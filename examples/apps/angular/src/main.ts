// Registers the elements once (they type `(care-rate)` through HTMLElementEventMap under strictTemplates).
import { configure } from 'care-feedback';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';

// The test serves the app with `?endpoint=` pointing at its collector.
configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined });
bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
