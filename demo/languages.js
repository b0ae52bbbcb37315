// The languages page: `?lang=<code>` sets the page language before the script tag runs, and the picker
// changes it live (with `dir`), as a site's own language switcher would. DOM APIs only: Trusted Types.

const LANGUAGES = [
  'en', 'ar', 'cs', 'da', 'de', 'el', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'nb',
  'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
];
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he']);

function usePageLanguage(code) {
  document.documentElement.lang = code;
  document.documentElement.dir = RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr';
}

const asked = new URLSearchParams(location.search).get('lang');
usePageLanguage(LANGUAGES.includes(asked) ? asked : 'en');

const picker = document.getElementById('language');
for (const code of LANGUAGES) {
  // Each language named in itself, and in English for those who do not read it.
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  picker.append(new Option(own === english ? own : `${own} — ${english}`, code));
}
picker.value = document.documentElement.lang;
picker.addEventListener('change', () => {
  usePageLanguage(picker.value);
  history.replaceState(null, '', `?lang=${picker.value}`);
});
