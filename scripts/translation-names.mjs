/**
 * The translation keys that the script tag and its language packs (dist/locales/) write with short names: the
 * minifier renames them in the script tag (rollup.config.mjs) and writes the names it chose to NAMES_FILE, and
 * scripts/build-locales.mjs renames the packs' keys with the same names, so a pack fetched beside the script tag
 * reads as it always did. The npm entries (dist/translations/, dist/languages/) keep the readable keys: they are
 * `registerTranslation()`'s public shape, which the script tag does not expose.
 *
 * Only keys that no other object, element property or DOM API of the bundle uses are listed: renaming is by
 * name, everywhere in the bundle (rollup.config.mjs fails the build when a listed name is also written in a
 * string or a template's property binding, as an element property's `.name=${…}` is). So `placeholder` (an element property, hence an attribute), `stars` and
 * `emoji` (scale names, read as keys by a string), and the everyday words `submit`, `close`, `thanks`, `feedback`
 * (DOM methods and properties that a later change might call) keep their names.
 */
export const SHORT_TRANSLATION_KEYS = [
  '$code',
  'npsQuestion',
  'satisfactionQuestion',
  'thumbsQuestion',
  'npsLow',
  'npsHigh',
  'satisfactionLow',
  'satisfactionHigh',
  'pointOf',
  'thumbsDown',
  'thumbsUp',
  'commentQuestion',
  'mainReason',
  'charactersLeft',
  'appeared',
];

/** The keys as one regular expression for terser's `mangle.properties.regex` (whole names only). */
export const shortTranslationKey = new RegExp(`^(?:${SHORT_TRANSLATION_KEYS.map((key) => key.replace('$', '\\$')).join('|')})$`);

/** Where the script tag's build leaves the names terser chose (excluded from the package: `!dist/script-tag.*`). */
export const NAMES_FILE = 'dist/script-tag.translation-names.json';
