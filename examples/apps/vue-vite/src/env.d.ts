// Registers the elements and types them in Vue templates (GlobalComponents).
import 'care-feedback/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
